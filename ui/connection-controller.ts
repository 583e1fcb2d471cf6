// Re-renders an element when a house connection's status changes (live, reconnecting, closed).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HouseConnection } from './connection.ts';

export class ConnectionController implements ReactiveController {
  private watched?: HouseConnection;
  private readonly onChange = () => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly connection: () => HouseConnection | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.watched = this.connection();
    this.watched?.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.watched?.removeEventListener('change', this.onChange);
    this.watched = undefined;
  }

  hostUpdate(): void {
    // The host may have been handed another connection since it last rendered.
    if (this.connection() !== this.watched) {
      this.hostDisconnected();
      this.hostConnected();
    }
  }
}
