// The Yjs document of one house document as its screens see it. A client's update is applied and
// checked against the board's schema in the same transaction. One the schema refuses has already
// touched the document, so the document is read again from the store (once everything accepted
// before it is stored) and swapped in whole; until then it is busy, and nothing may read, store
// or change it. A document nobody has changed or asked for in a while sleeps: it holds itself as
// one encoded update, and is built again from it the next time it is used.
import * as Y from 'yjs';
import type { DocKind } from '../../board/documents.ts';
import { DOC_MAPS } from '../../board/record-kinds.ts';
import { SchemaViolation, validateChanges, type Writer } from '../../board/validation.ts';
import {
  dropPendingContent,
  forgetUnusedTypes,
  hasPendingContent,
  topLevelNamesIn,
} from '../../board/yjs-internals.ts';
import type { Logger } from '../log.ts';
import type { StoredDocument } from '../store/document-store.ts';
import { BUILDS_ON_MISSING } from './missing-changes.ts';
import { ACCEPTED_ORIGIN, LOCAL_ORIGIN, REMOTE_ORIGIN } from './origin.ts';

/**
 * Reads the document back from the store once everything accepted before is stored, and hands it
 * to `replace`; never calls it if the store cannot be read.
 */
export type ReadAgain = (replace: (stored: StoredDocument) => void) => void;

/**
 * A document holding what the store gave back (a snapshot and the updates after it). Content
 * waiting for what it builds on was never checked against the schema; stores written before such
 * updates were refused may hold some: it is let go, and the next snapshot is written without it.
 */
export function docFrom(updates: Uint8Array[], guid?: string): Y.Doc {
  // Given a guid, Yjs draws no random one: 31 random draws, about a fifth of loading a small
  // board in the walls bench's profile.
  const doc = new Y.Doc(guid === undefined ? {} : { guid });
  // One by one in one transaction: Y.mergeUpdates of a long log first (10,000 small edits) spent
  // most of a cold load sorting and re-encoding them (the bench's cold case, about 2 s).
  Y.transact(doc, () => {
    for (const update of updates) Y.applyUpdate(doc, update);
  });
  dropPendingContent(doc);
  return doc;
}

export class LiveDocument {
  /** The document while awake; while asleep, `sleeping` holds all of it, encoded. */
  private current: Y.Doc | undefined;
  private sleeping: Uint8Array | undefined;
  /** Set by every use; the sleep check clears it, and counts the quiet from then. */
  private used = true;
  private quietSince = 0;
  /** Goes up with every change: a screen's repeated sync step 1 is answered once per count. */
  private changes = 0;
  /**
   * Set from a refused update until the document has been read again from the store: the
   * document holds the refused change meanwhile, so nothing may read, store or change it.
   */
  private rereading?: Promise<void>;
  /** Other nodes' entries that arrive while the document is read again (applied after). */
  private arrivedWhileRereading: Uint8Array[] = [];

  constructor(
    readonly name: string,
    readonly kind: DocKind,
    stored: StoredDocument,
    private readonly readFromStore: ReadAgain,
    private readonly log: Logger,
  ) {
    this.current = docFrom(stored.updates, name);
    this.current.on('afterTransaction', this.countChange);
  }

  /** The document, built again from its encoded form if it was asleep. */
  get doc(): Y.Doc {
    this.used = true;
    if (this.current) return this.current;
    const doc = new Y.Doc({ guid: this.name }); // no random guid (see docFrom)
    Y.applyUpdate(doc, this.sleeping!);
    doc.on('afterTransaction', this.countChange);
    this.current = doc;
    this.sleeping = undefined;
    return doc;
  }

  /** Whether the document is held encoded now (nothing used it for a while). */
  get asleep(): boolean {
    return this.current === undefined;
  }

  /**
   * Called now and then: a document nobody used since the last call, and for `quietMs` in all,
   * is encoded into one update and its Y.Doc let go. Never while it is read again.
   */
  sleepIfQuiet(now: number, quietMs: number): boolean {
    if (!this.current || this.rereading) return false;
    if (this.used) {
      this.used = false;
      this.quietSince = now;
      return false;
    }
    if (now - this.quietSince < quietMs) return false;
    this.sleep();
    return true;
  }

  /** Encodes the document into one update and lets its Y.Doc go. */
  sleep(): void {
    const doc = this.current;
    if (!doc || this.rereading) return;
    this.sleeping = Y.encodeStateAsUpdate(doc);
    doc.off('afterTransaction', this.countChange);
    doc.destroy();
    this.current = undefined;
  }

  /** Changes whenever the document does. */
  get version(): number {
    return this.changes;
  }

  /** While set, the document is being read again after a refused update: wait for it. */
  get busy(): Promise<void> | undefined {
    return this.rereading;
  }

  /**
   * Applies a client's update, checking what it changes against the schema in the same
   * transaction. Returns what it added (undefined if nothing); throws if it does not pass.
   */
  applyChecked(update: Uint8Array, writer: Writer): Uint8Array | undefined {
    const doc = this.doc;
    this.makeMapsFor(doc, update);
    let problem: unknown;
    let added: Uint8Array | undefined;
    const check = (transaction: Y.Transaction) => {
      try {
        validateChanges(doc, this.kind, transaction, writer);
      } catch (error) {
        problem ??= error;
      }
    };
    const collect = (change: Uint8Array) => {
      added = change;
    };
    doc.on('afterTransaction', check);
    doc.on('update', collect);
    if (hasPendingContent(doc)) dropPendingContent(doc); // never there: only old stores had it
    try {
      Y.applyUpdate(doc, update, ACCEPTED_ORIGIN);
      // Content that builds on changes the server never received cannot be checked. A screen
      // sends what its changes build on (its sync step 2 carries it; see held-updates.ts).
      if (hasPendingContent(doc)) problem ??= new SchemaViolation(BUILDS_ON_MISSING);
    } catch (error) {
      problem ??= error;
    } finally {
      doc.off('afterTransaction', check);
      doc.off('update', collect);
    }
    if (problem) {
      this.readAgain(); // the document now holds the refused change
      if (problem instanceof SchemaViolation) throw problem;
      Y.decodeUpdate(update); // not a Yjs update at all: this throws, and the message is malformed
      throw new SchemaViolation(String(problem));
    }
    return added;
  }

  /**
   * Maps a house never used are let go after loading (`forgetEmptyMaps`); an update that fills
   * one needs the map to exist already, or the check could not tell what the change is. Only the
   * maps the update starts content in are made again: making every map the document may hold
   * cost a house that is seldom changed about 14 KiB of short-lived objects an edit (49.7 against
   * 35.9 KiB in all, in the bench's 1000-house case), and kept the empty maps until the next tidy.
   */
  private makeMapsFor(doc: Y.Doc, update: Uint8Array): void {
    const names = DOC_MAPS[this.kind];
    if (names.every((name) => doc.share.has(name))) return;
    let touched: Set<string>;
    try {
      touched = topLevelNamesIn(Y.decodeUpdate(update).structs);
    } catch {
      return; // not a Yjs update: applying it says so
    }
    for (const name of touched) if (names.includes(name)) doc.getMap(name);
  }

  /** A change the server makes itself; returns the updates it made, to be stored and relayed. */
  transact(change: (doc: Y.Doc) => void): Uint8Array[] {
    const made: Uint8Array[] = [];
    const collect = (update: Uint8Array) => made.push(update);
    const doc = this.doc;
    doc.on('update', collect);
    try {
      doc.transact(() => change(doc), LOCAL_ORIGIN);
    } finally {
      doc.off('update', collect);
    }
    return made;
  }

  /** An entry another node stored: already checked there, and durable. */
  applyRemote(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, REMOTE_ORIGIN);
    if (this.rereading) this.arrivedWhileRereading.push(update);
  }

  /** The whole document as one update; undefined while it holds a refused change. */
  snapshot(): Uint8Array | undefined {
    if (this.rereading) return undefined;
    return this.sleeping ?? Y.encodeStateAsUpdate(this.current!); // asleep: already encoded
  }

  /**
   * Tidying opens every map; those that never held anything are let go again, so a house keeps
   * in memory only the maps it uses (an update that fills one brings it back).
   */
  forgetEmptyMaps(): void {
    if (this.current) forgetUnusedTypes(this.current); // asleep: built again without them
  }

  destroy(): void {
    this.current?.destroy();
  }

  private readonly countChange = (transaction: Y.Transaction) => {
    if (transaction.changed.size > 0 || transaction.deleteSet.clients.size > 0) this.changes += 1;
  };

  /** Replaces the document with what the store holds, once everything accepted before is stored. */
  private readAgain(): void {
    if (this.rereading) return;
    this.rereading = new Promise<void>((resolve) => {
      // If the store cannot be read, the document is dropped (`onStoreFailure`) and its screens
      // are closed: this never resolves, so nothing is ever done with the refused change in it.
      this.readFromStore((stored) => {
        const doc = docFrom(stored.updates, this.name);
        for (const update of this.arrivedWhileRereading) Y.applyUpdate(doc, update, REMOTE_ORIGIN);
        this.arrivedWhileRereading = [];
        this.current?.destroy();
        this.current = doc;
        doc.on('afterTransaction', this.countChange);
        this.changes += 1;
        this.rereading = undefined;
        this.log.info({ doc: this.name }, 'read again after a refused update');
        resolve();
      });
    });
  }
}
