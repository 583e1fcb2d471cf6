// Re-renders an element at the turn of each minute, for what changes with time alone: the
// clock, which group is on now, announcements that expire, who is on shift.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class MinuteController implements ReactiveController {
  /** The time of the last tick, for the host to render with. */
  now = Date.now();
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.schedule();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    // Aim just past the minute, so the clock never shows the old minute for a moment.
    const wait = 60_000 - (Date.now() % 60_000) + 50;
    this.timer = setTimeout(() => {
      this.now = Date.now();
      this.host.requestUpdate();
      this.schedule();
    }, wait);
  }
}
