// The base of the parts that say how the screen's link to the server stands (the status line,
// the wall's offline band): they re-render when the connection changes, and at each minute,
// since how long the board has been offline grows with the clock alone.
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { ConnectionController } from './connection-controller.ts';
import type { House } from './house.ts';
import { MinuteController } from './minute-controller.ts';

export abstract class ConnectionView extends LitElement {
  @property({ attribute: false }) connection?: House;

  constructor() {
    super();
    new ConnectionController(this, () => this.connection);
    new MinuteController(this);
  }
}
