// One timeout that belongs to an element: starting it again replaces the one waiting, and it is
// dropped when the element leaves the page, so nothing fires for a part that is gone (the wall's
// undo offer, the quick-add panel closing itself, announcements turning their page, the night
// view coming back after a tap).
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class TimeoutController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Whether a timeout is waiting to run. */
  get waiting(): boolean {
    return this.timer !== undefined;
  }

  /** Runs `then` in `ms`, in place of any that was waiting. */
  start(ms: number, then: () => void): void {
    this.stop();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      then();
    }, ms);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }
}
