// Connects a house's three documents to the sync server and keeps a copy on the device, so the
// board shows at once, works through a Wi-Fi drop and merges what was edited offline. Tells its
// listeners when the server refuses the device (`unauthorized`) or a connection closes (`closed`).
// Retries after a drop with a growing, jittered pause (ui/reconnect.ts), and remembers on the
// device when the board was last in step with the server, so a page opened offline can say since
// when it has been showing what it had. "Live" means the server answers now: a heartbeat on each
// socket (ui/heartbeat.ts) notices a server that went quiet within 5 s.
// The copy and the sockets come apart: a house's documents and their copy on the device exist
// from the start, and the sync sockets open when the screen hands over y-websocket's provider
// (`goOnline`): the wall draws from its copy first and loads the network code after its first
// paint (kiosk/main.ts); the phone connects at once (ui/connection.ts). What was edited before
// the sockets opened is in the documents and their copy, and reaches the server with the sync.
// Each time a document has synced with the server, its copy on the device is compacted to one
// encoded state of the document: updates the device kept of content since deleted (a person the
// house has forgotten) do not outlive the next connection (server/sync/forget-history.ts).

import { IndexeddbPersistence, storeState } from 'y-indexeddb';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  type CloseReason,
  CloseReasons,
  closeReasonOfCode,
  DOC_KINDS,
  type DocKind,
  docName,
  WS_MESSAGE_TOO_BIG,
} from '../board/index.ts';
import type { Heartbeat } from './heartbeat.ts';
import type { House } from './house.ts';
import {
  forgetLiveUntil,
  forgetPlainCopy,
  forgetWallCopy,
  keepLiveUntil,
  readLiveUntil,
} from './kept-on-device.ts';
import { reconnectDelay } from './reconnect.ts';
import { serverNow } from './server-clock.ts';

export interface ConnectOptions {
  /** The sync endpoint; by default the page's own origin at /sync. */
  syncUrl?: string;
  /** Keep a copy in IndexedDB (off only where a test wants a bare connection). */
  persist?: boolean;
}

/**
 * Closes after which connecting again cannot help: the device is not let in, or this device's
 * own change is what the server refused (sending it again would be refused again — a message too
 * big for the server is closed by `ws` itself with 1009). After any other close — rights
 * changed, too many messages, a restart — the provider connects again on its own.
 */
const FINAL_CLOSES = new Set<number>([
  CloseReasons.Unauthorized.code,
  CloseReasons.Forbidden.code,
  CloseReasons.TooLarge.code,
  WS_MESSAGE_TOO_BIG,
  CloseReasons.InvalidUpdate.code,
]);

/**
 * Closes that only ask the screen to connect again at once (the server has forgotten a
 * document's history, and the screen compacts its copy once it has synced): nothing to say.
 */
const QUIET_CLOSES = new Set<number>([CloseReasons.HistoryForgotten.code]);

export function defaultSyncUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}

/** The code a house needs to go live, loaded after a screen's first paint (ui/copy-first.ts). */
export interface NetworkCode {
  WebsocketProvider: typeof WebsocketProvider;
  Heartbeat: typeof Heartbeat;
}

/** A house's documents and how their connection is doing; fires `change` when that changes. */
export class HouseConnection extends EventTarget implements House {
  readonly docs: Record<DocKind, Y.Doc>;
  /** The sync sockets, one per document: empty until `goOnline`. */
  readonly providers = {} as Record<DocKind, WebsocketProvider>;
  /** When every document was last known to match the server; undefined until the first time. */
  lastSyncedAt?: number;
  /** Why the server closed a connection (a screen says it: sayClose), until they sync again. */
  problem?: CloseReason;
  /** A connection to the server has ended (it could not be reached, or it dropped). */
  failed = false;
  private readonly stores: IndexeddbPersistence[] = [];
  private readonly storeOf: Partial<Record<DocKind, IndexeddbPersistence>> = {};
  private wasLive = false;
  /** Retries since each document last synced, and the retry waiting to happen. */
  private readonly attempts = Object.fromEntries(DOC_KINDS.map((kind) => [kind, 0])) as Record<
    DocKind,
    number
  >;
  private readonly retries = new Map<DocKind, ReturnType<typeof setTimeout>>();
  /** While live, the remembered moment moves on each minute and when the page goes away. */
  private readonly keepIfLive = () => {
    if (this.live) keepLiveUntil(this.houseId, serverNow());
  };
  private readonly keeping = setInterval(this.keepIfLive, 60_000);
  private heartbeat?: Heartbeat;
  private readonly syncUrl: string;
  private stopped = false;

  constructor(
    readonly houseId: string,
    options: ConnectOptions = {},
  ) {
    super();
    this.syncUrl = options.syncUrl ?? defaultSyncUrl();
    const docs = {} as Record<DocKind, Y.Doc>;
    for (const kind of DOC_KINDS) {
      const doc = new Y.Doc();
      if (options.persist !== false) {
        const store = new IndexeddbPersistence(docName(houseId, kind), doc);
        this.stores.push(store);
        this.storeOf[kind] = store;
      }
      docs[kind] = doc;
    }
    this.docs = docs;
    globalThis.addEventListener?.('pagehide', this.keepIfLive);
  }

  /** The device's copy has been read into every document (at once when nothing is kept). */
  get copyRead(): Promise<void> {
    return Promise.all(this.stores.map((store) => store.whenSynced)).then(() => undefined);
  }

  /** Destroyed, or forgotten (the device let go): nothing is kept on the device for it any more. */
  get closed(): boolean {
    return this.stopped;
  }

  /** Whether the sync sockets have been opened (`goOnline`). */
  get online(): boolean {
    return this.heartbeat !== undefined;
  }

  /**
   * Opens a sync socket for each document with y-websocket's provider, and the heartbeat on them,
   * both handed in so that a screen may load them when it likes (after its first paint). Once
   * only; not after the house was destroyed or forgotten.
   */
  goOnline({ WebsocketProvider: Provider, Heartbeat }: NetworkCode): void {
    if (this.heartbeat || this.stopped) return;
    const providers = this.providers;
    for (const kind of DOC_KINDS) {
      const doc = this.docs[kind];
      const provider = new Provider(this.syncUrl, docName(this.houseId, kind), doc, {
        shouldReconnect: (event) => !FINAL_CLOSES.has(event.code),
      });
      // No screen shows presence, so none is sent: that spares the house a renewal from every
      // screen every 15 s (y-websocket sends no presence while the local state is null).
      provider.awareness.setLocalState(null);
      provider.on('status', () => this.refresh());
      provider.on('sync', (synced) => {
        if (synced) {
          this.attempts[kind] = 0;
          this.compactCopy(kind);
        }
        this.refresh();
      });
      provider.on('connection-close', (event) => {
        this.retryLater(kind, provider, event?.code);
        this.onClose(event?.code, event?.reason);
      });
      provider.on('closed', (event) => this.onClose(event.code, event.reason));
      providers[kind] = provider;
    }
    this.heartbeat = new Heartbeat(Object.values(providers), () => this.refresh());
    this.refresh();
  }

  /**
   * When the board stopped being in step with the server: in this page, or as the device
   * remembers from before it was reopened. Undefined while live, or when it never was.
   */
  get offlineSince(): number | undefined {
    if (this.live) return undefined;
    return this.lastSyncedAt ?? readLiveUntil(this.houseId);
  }

  /** True while every document is connected, in step with the server, and the server answers. */
  get live(): boolean {
    const heartbeat = this.heartbeat;
    if (!heartbeat) return false;
    return DOC_KINDS.every((kind) => {
      const provider = this.providers[kind];
      return provider.wsconnected && provider.synced && !heartbeat.isSilent(provider);
    });
  }

  /** Connects again, e.g. with the rights of a device that has just become staff. */
  reconnect(): void {
    this.stopRetries();
    for (const kind of DOC_KINDS) {
      const provider = this.providers[kind];
      if (!provider) continue;
      this.attempts[kind] = 0;
      provider.disconnect();
      provider.connect();
    }
  }

  destroy(): void {
    this.stopRetries();
    this.stopKeeping();
    for (const kind of DOC_KINDS) {
      this.providers[kind]?.destroy();
      this.docs[kind].destroy();
    }
    for (const store of this.stores) void store.destroy();
  }

  /** Stops syncing and wipes this device's copy of the board: the device has been let go. */
  async forget(): Promise<void> {
    this.stopRetries();
    this.stopKeeping();
    forgetLiveUntil(this.houseId);
    forgetPlainCopy(this.houseId);
    forgetWallCopy();
    for (const kind of DOC_KINDS) this.providers[kind]?.destroy();
    await Promise.all(this.stores.map((store) => store.clearData().catch(() => undefined)));
    for (const kind of DOC_KINDS) this.docs[kind].destroy();
  }

  /**
   * Replaces what the device keeps of a document with one encoded state of it (y-indexeddb's own
   * trim, in one IndexedDB transaction): deleted content is not in it, and everything the
   * document holds is, changes the server has not received yet included.
   */
  private compactCopy(kind: DocKind): void {
    const store = this.storeOf[kind];
    if (!store) return;
    void store.whenSynced
      .then(() => (store.db ? storeState(store, true) : undefined))
      .catch(() => undefined); // the copy stays as it was, and the next connection tries again
  }

  /**
   * Takes over the provider's retry: y-websocket schedules its own, unjittered, right after it
   * reports the close; with `shouldConnect` off that one does nothing, and ours connects
   * instead. A close the page asked for (shouldConnect already off) or a final one is left be.
   */
  private retryLater(kind: DocKind, provider: WebsocketProvider, code: number | undefined): void {
    if (!provider.shouldConnect) return;
    if (code !== undefined && FINAL_CLOSES.has(code)) return;
    provider.shouldConnect = false;
    clearTimeout(this.retries.get(kind));
    const quiet = code !== undefined && QUIET_CLOSES.has(code);
    const attempt = quiet ? 0 : ++this.attempts[kind];
    const timer = setTimeout(
      () => {
        this.retries.delete(kind);
        provider.connect();
      },
      quiet ? 0 : reconnectDelay(attempt),
    );
    this.retries.set(kind, timer);
  }

  private stopRetries(): void {
    for (const timer of this.retries.values()) clearTimeout(timer);
    this.retries.clear();
  }

  private stopKeeping(): void {
    this.stopped = true;
    clearInterval(this.keeping);
    this.heartbeat?.stop();
    globalThis.removeEventListener?.('pagehide', this.keepIfLive);
  }

  private onClose(code: number | undefined, wireReason?: string): void {
    if (code !== undefined && QUIET_CLOSES.has(code)) {
      this.refresh();
      return;
    }
    this.failed = true;
    // The provider reports the close before it marks itself disconnected: refresh first, so the
    // sentence is not cleared by a provider that still looks live.
    this.refresh();
    this.dispatchEvent(new Event('closed'));
    if (code === CloseReasons.Unauthorized.code) {
      this.dispatchEvent(new Event('unauthorized'));
      return;
    }
    const reason = code === undefined ? undefined : closeReasonOfCode(code, wireReason);
    if (reason) {
      this.problem = reason;
      this.dispatchEvent(new Event('change'));
    }
  }

  private refresh(): void {
    const live = this.live;
    // "Last synced" is the moment the board stopped being live, or now while it is.
    if (live || this.wasLive) this.lastSyncedAt = serverNow();
    if (live !== this.wasLive && this.lastSyncedAt) keepLiveUntil(this.houseId, this.lastSyncedAt);
    if (live) this.problem = undefined;
    this.wasLive = live;
    this.dispatchEvent(new Event('change'));
  }
}
