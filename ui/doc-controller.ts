// Re-renders a Lit element whenever one of the documents it reads changes, and stops listening
// when the element leaves the page, so a removed card never keeps a document alive.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as Y from 'yjs';

export class DocController implements ReactiveController {
  private subscribed: Y.Doc[] = [];
  private readonly onUpdate = () => this.host.requestUpdate();

  /** `docs` is asked again before each update, so a host may be handed other documents later. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly docs: () => Array<Y.Doc | undefined>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.subscribe();
  }

  hostDisconnected(): void {
    for (const doc of this.subscribed) doc.off('update', this.onUpdate);
    this.subscribed = [];
  }

  hostUpdate(): void {
    const wanted = this.docs().filter((doc): doc is Y.Doc => !!doc);
    const same =
      wanted.length === this.subscribed.length && wanted.every((d, i) => d === this.subscribed[i]);
    if (!same) {
      this.hostDisconnected();
      this.subscribe();
    }
  }

  private subscribe(): void {
    for (const doc of this.docs()) {
      if (!doc) continue;
      doc.on('update', this.onUpdate);
      this.subscribed.push(doc);
    }
  }
}
