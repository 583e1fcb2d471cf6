// Keeps the wall display awake while the kiosk page shows, outside night hours only: at night the
// lock is let go (the screen's own settings may dim it) and asked for again in the morning. The
// browser drops a wake lock when the page is hidden, so it is asked for again on coming back.
// The host carries what happened as `data-wake-lock` (held, released, refused, unsupported).
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type WakeLockState = 'held' | 'released' | 'refused' | 'unsupported';

export class WakeLockController implements ReactiveController {
  private lock?: WakeLockSentinel;
  private asking = false;
  /** Refused once: asked again only when the page comes back or the next morning. */
  private refused = false;
  private readonly onVisibility = () => {
    if (document.visibilityState !== 'visible') return;
    this.refused = false;
    this.follow();
  };

  /** `wanted` is asked after each render of the host: false at night. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly wanted: () => boolean = () => true,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
    this.follow();
  }

  hostUpdated(): void {
    // Lit may still update a host just removed from the page: a lock asked for then is never let go.
    if (this.host.isConnected) this.follow();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.release();
  }

  private get holding(): boolean {
    return !!this.lock && !this.lock.released;
  }

  private follow(): void {
    if (this.wanted()) void this.acquire();
    else {
      this.refused = false;
      this.release();
    }
  }

  private release(): void {
    void this.lock?.release();
    this.lock = undefined;
    this.show('released');
  }

  private async acquire(): Promise<void> {
    if (!('wakeLock' in navigator)) return this.show('unsupported');
    if (this.holding || this.asking || this.refused) return;
    this.asking = true;
    try {
      const lock = await navigator.wakeLock.request('screen');
      // Night may have come while the browser was answering.
      if (!this.wanted() || !this.host.isConnected) void lock.release();
      else {
        this.lock = lock;
        this.show('held');
        lock.addEventListener('release', () => this.show('released'), { once: true });
      }
    } catch (error) {
      // Refused (e.g. battery saver, or not a secure context): the screen's own settings decide.
      console.info('The screen could not be kept awake:', (error as Error).message);
      this.refused = true;
      this.show('refused');
    } finally {
      this.asking = false;
    }
  }

  private show(state: WakeLockState): void {
    this.host.dataset.wakeLock = state;
  }
}
