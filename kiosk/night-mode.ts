// When the wall shows its night view: during the house's night hours, unless someone tapped it
// in the last minute to see the whole board — and then the board shows in the night's colours,
// not the bright day's, so a tap at 3 am does not light the room. Touching the board while it is
// shown keeps it shown; a minute after the last touch it goes back to the night view.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isNight, type Settings } from '../board/index.ts';
import { serverNow } from '../ui/server-clock.ts';
import { TimeoutController } from '../ui/timeout-controller.ts';

/** How long a tap at night shows the whole board. */
export const BRIGHT_FOR_MS = 60_000;

/** What the wall shows: the day board, the night view, or the board in the night's colours. */
export type WallView = 'day' | 'night' | 'night-board';

type NightSettings = Pick<Settings, 'nightHours' | 'nightHoursByWeekday' | 'timeZone'>;

export class NightModeController implements ReactiveController {
  private brightUntil = 0;
  private readonly dimming: TimeoutController;
  private readonly onTouch = () => {
    if (this.night() && serverNow() < this.brightUntil) this.brighten();
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly settings: () => NightSettings | undefined,
  ) {
    host.addController(this);
    this.dimming = new TimeoutController(host);
  }

  hostConnected(): void {
    this.host.addEventListener('pointerdown', this.onTouch);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('pointerdown', this.onTouch);
  }

  /** Whether it is night in the house now. */
  night(now = serverNow()): boolean {
    const settings = this.settings();
    return !!settings && isNight(settings, now);
  }

  /** What the wall shows now. */
  view(now = serverNow()): WallView {
    if (!this.night(now)) return 'day';
    return now >= this.brightUntil ? 'night' : 'night-board';
  }

  /** Shows the whole board, in the night's colours, for a minute from now; then dims again. */
  brighten(): void {
    this.brightUntil = serverNow() + BRIGHT_FOR_MS;
    this.dimming.start(BRIGHT_FOR_MS, () => this.host.requestUpdate());
    this.host.requestUpdate();
  }
}
