// Keeps the wall display awake while the kiosk page shows. The browser drops a wake lock when
// the page is hidden, so it is asked for again each time the page becomes visible.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class WakeLockController implements ReactiveController {
  private lock?: WakeLockSentinel;
  private readonly onVisibility = () => {
    if (document.visibilityState === 'visible') void this.acquire();
  };

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
    void this.acquire();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    void this.lock?.release();
    this.lock = undefined;
  }

  private async acquire(): Promise<void> {
    if (!('wakeLock' in navigator) || (this.lock && !this.lock.released)) return;
    try {
      this.lock = await navigator.wakeLock.request('screen');
    } catch (error) {
      // Refused (e.g. battery saver, or not a secure context): the screen's own settings decide.
      console.info('The screen could not be kept awake:', (error as Error).message);
    }
  }
}
