// Re-renders an element when a house connection's status changes (live, reconnecting, closed).
// It listens only while its element is on the page: Lit still updates an element removed with an
// update pending, and a listener added then would keep the removed element (and redraw it) for
// as long as the connection lives, which on a wall is months.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { House } from './house.ts';

export class ConnectionController implements ReactiveController {
  private watched?: House;
  private onPage = false;
  private readonly onChange = () => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly connection: () => House | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.onPage = true;
    this.watched = this.connection();
    this.watched?.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.onPage = false;
    this.stopWatching();
  }

  hostUpdate(): void {
    // The host may have been handed another connection since it last rendered.
    if (this.onPage && this.connection() !== this.watched) {
      this.stopWatching();
      this.hostConnected();
    }
  }

  private stopWatching(): void {
    this.watched?.removeEventListener('change', this.onChange);
    this.watched = undefined;
  }
}
