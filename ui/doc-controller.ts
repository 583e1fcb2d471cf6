// Re-renders a Lit element whenever one of the documents it reads changes, and stops listening
// when the element leaves the page, so a removed card never keeps a document alive. A view that
// reads only some sections of a document names them (`sections`): a change elsewhere in that
// document (another card's section) does not re-render it. It listens only while its element is
// on the page: Lit still updates an element removed with an update pending (a list redrawn on
// the same change), and a listener added then would keep the removed element, and redraw it on
// every edit, for as long as the document lives.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as Y from 'yjs';

/** The top-level sections of a document a view reads; undefined: all of them. */
export type Sections = (doc: Y.Doc) => readonly string[] | undefined;

/** Whether a transaction changed one of `names` (the top-level types of its document). */
export function touches(transaction: Y.Transaction, names: readonly string[]): boolean {
  const changed = transaction.changedParentTypes;
  for (const name of names) {
    const type = transaction.doc.share.get(name);
    if (type && (changed.has(type) || transaction.changed.has(type))) return true;
  }
  return false;
}

export class DocController implements ReactiveController {
  private subscribed: Y.Doc[] = [];
  private onPage = false;
  private readonly onUpdate = (
    _update: Uint8Array,
    _origin: unknown,
    doc: Y.Doc,
    tr: Y.Transaction,
  ) => {
    const names = this.sections?.(doc);
    if (!names || !tr || touches(tr, names)) this.host.requestUpdate();
  };

  /** `docs` is asked again before each update, so a host may be handed other documents later. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly docs: () => Array<Y.Doc | undefined>,
    private readonly sections?: Sections,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.onPage = true;
    this.subscribe();
  }

  hostDisconnected(): void {
    this.onPage = false;
    this.unsubscribe();
  }

  hostUpdate(): void {
    if (!this.onPage) return;
    const wanted = this.docs().filter((doc): doc is Y.Doc => !!doc);
    const same =
      wanted.length === this.subscribed.length && wanted.every((d, i) => d === this.subscribed[i]);
    if (!same) {
      this.unsubscribe();
      this.subscribe();
    }
  }

  private unsubscribe(): void {
    for (const doc of this.subscribed) doc.off('update', this.onUpdate);
    this.subscribed = [];
  }

  private subscribe(): void {
    for (const doc of this.docs()) {
      if (!doc) continue;
      doc.on('update', this.onUpdate);
      this.subscribed.push(doc);
    }
  }
}
