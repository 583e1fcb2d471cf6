// A second tap to confirm something that cannot be taken back (letting someone's name go, forgetting
// them, letting a phone go): the first tap arms one thing, by its key; only a second tap on that
// same thing within CONFIRM_WINDOW_MS confirms it. The wait running out disarms — so a tired tap a
// minute later does nothing, even on a phone that slept and held its timers (the clock is asked at
// the tap too). A tap on anything else arms that instead, or, with `otherKeyDisarms`, only disarms:
// an arm never moves to another row, and a slip onto the next row confirms nothing.
import { css, type ReactiveControllerHost } from 'lit';
import { TimeoutController } from './timeout-controller.ts';

export const CONFIRM_WINDOW_MS = 4_000;

export interface ConfirmArmOptions {
  /** A tap on another key while one is armed only disarms (it arms nothing). */
  otherKeyDisarms?: boolean;
}

/** The armed button: red, so the second tap is plainly the one that does it. */
export const armedButtonStyles = css`
  button.confirm {
    background: var(--hb-error);
    border-color: var(--hb-error);
    color: var(--hb-card);
    font-weight: 600;
  }
`;

export class ConfirmArm {
  private armed?: { key: string; at: number };
  private readonly timeout: TimeoutController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ConfirmArmOptions = {},
  ) {
    this.timeout = new TimeoutController(host);
  }

  /** The key waiting for its second tap, if any. */
  get armedKey(): string | undefined {
    return this.armed?.key;
  }

  isArmed(key: string): boolean {
    return this.armed?.key === key;
  }

  /**
   * A tap on `key`: true when it confirms (the second tap on the armed key, in time). Otherwise
   * false, and it arms `key` alone — or, with `otherKeyDisarms` and another key armed, disarms.
   */
  tap(key: string): boolean {
    const armed = this.armed;
    if (armed && armed.key !== key && this.options.otherKeyDisarms) {
      this.disarm();
      return false;
    }
    // The timer may not have run (a phone asleep holds its timers): the clock says too late.
    if (armed?.key === key && Date.now() - armed.at < CONFIRM_WINDOW_MS) {
      this.disarm();
      return true;
    }
    this.armed = { key, at: Date.now() };
    this.timeout.start(CONFIRM_WINDOW_MS, () => this.disarm());
    this.host.requestUpdate();
    return false;
  }

  disarm(): void {
    this.armed = undefined;
    this.timeout.stop();
    this.host.requestUpdate();
  }
}
