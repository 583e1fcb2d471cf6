// The base of the item parts both screens show (a chore, a group, an announcement, who is on
// shift): an item that cannot be drawn shows a problem card in its place, never a blank, so one
// bad record never blanks the wall or a phone.
import { LitElement } from 'lit';
import { drawSafely } from './problem-card.ts';

export abstract class ItemPart extends LitElement {
  /** What the item is, for the console when it cannot be drawn: "a chore". */
  protected abstract readonly what: string;
  protected abstract renderItem(): unknown;

  override render() {
    return drawSafely(() => this.renderItem(), this.what);
  }
}
