// A second tap to confirm something that cannot be taken back (letting someone's name go, forgetting
// them): the first tap arms one thing, by its key; only a second tap on that same thing within
// CONFIRM_WINDOW_MS confirms it. A tap on anything else, or the wait running out, disarms — so an
// arm never moves to another row, and a tired tap a minute later does nothing.
import type { ReactiveControllerHost } from 'lit';
import { TimeoutController } from './timeout-controller.ts';

export const CONFIRM_WINDOW_MS = 4_000;

export class ConfirmArm {
  private armedKey?: string;
  private readonly timeout: TimeoutController;

  constructor(private readonly host: ReactiveControllerHost) {
    this.timeout = new TimeoutController(host);
  }

  isArmed(key: string): boolean {
    return this.armedKey === key;
  }

  /**
   * A tap on `key`: true when it confirms (the second tap on the armed key, in time); otherwise it
   * arms `key` alone and false.
   */
  tap(key: string): boolean {
    if (this.armedKey === key) {
      this.disarm();
      return true;
    }
    this.armedKey = key;
    this.timeout.start(CONFIRM_WINDOW_MS, () => this.disarm());
    this.host.requestUpdate();
    return false;
  }

  disarm(): void {
    this.armedKey = undefined;
    this.timeout.stop();
    this.host.requestUpdate();
  }
}
