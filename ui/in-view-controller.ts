// Sees an element come into view (its tab shown, the page scrolled to it) and asks for what it
// shows then: someone may have joined or moved since. While it stays in view it can ask again now
// and then; out of view, or gone from the page, it asks for nothing.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface InViewOptions {
  /** Called each time the element comes into view. */
  seen: () => void;
  /** While in view, `again` is called every `everyMs`. */
  everyMs?: number;
  again?: () => void;
}

export class InViewController implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;
  /** A wide margin: "in view" means its tab is showing, not every pixel on the screen. */
  private readonly observer = new IntersectionObserver(
    (entries) => {
      clearInterval(this.timer);
      this.timer = undefined;
      if (!entries.some((entry) => entry.isIntersecting)) return;
      this.options.seen();
      const { everyMs, again } = this.options;
      if (everyMs && again) this.timer = setInterval(again, everyMs);
    },
    { rootMargin: '10000px' },
  );

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: InViewOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
