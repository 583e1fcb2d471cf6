// Re-renders an element at the turn of each minute, for what changes with time alone: the
// clock, which group is on now, announcements that expire, who is on shift. The minute is the
// server's (ui/server-clock.ts): when the screen learns its own clock was off, it renders again.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { serverClock, serverNow } from './server-clock.ts';

export class MinuteController implements ReactiveController {
  /** The time of the last tick, for the host to render with. */
  now = serverNow();
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  private readonly onClockMoved = () => {
    clearTimeout(this.timer);
    this.tick();
  };

  hostConnected(): void {
    serverClock.addEventListener('change', this.onClockMoved);
    this.schedule();
  }

  hostDisconnected(): void {
    serverClock.removeEventListener('change', this.onClockMoved);
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private tick(): void {
    this.now = serverNow();
    this.host.requestUpdate();
    this.schedule();
  }

  private schedule(): void {
    // Aim just past the minute, so the clock never shows the old minute for a moment.
    const wait = 60_000 - (serverNow() % 60_000) + 50;
    this.timer = setTimeout(() => this.tick(), wait);
  }
}
