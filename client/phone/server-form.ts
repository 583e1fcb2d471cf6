// The base of the phone's forms whose answer comes from the server rather than the board (the
// name, a kiosk's pairing code, the staff code): the button rests while the server thinks, and a
// refusal shows as the server's own sentence under the field it is about.
import { LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { sentenceFor } from '../../ui/api.ts';
import { controls, houseColors } from '../../ui/theme.ts';
import { editorStyles } from './editor-form.ts';
import type { Problems } from './fields.ts';

export abstract class ServerForm extends LitElement {
  static override styles = [houseColors, controls, editorStyles];

  @state() protected problems: Problems = {};
  @state() protected busy = false;

  /** Runs `request`; once it has gone through the problems clear, else `field` says why not. */
  protected async send(field: string, request: () => Promise<void>): Promise<void> {
    this.busy = true;
    try {
      await request();
      this.problems = {};
    } catch (error) {
      this.problems = { [field]: sentenceFor(error) };
    } finally {
      this.busy = false;
    }
  }
}
