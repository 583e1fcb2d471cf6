// Phones editing a house's board through stock y-websocket providers, movable from one node to
// another with their Y.Doc (what a load balancer does when a node dies: the next connection goes
// elsewhere, and the phone's unsent edits go with it), and a ledger of who wrote what and which
// edits another phone has received.
import { setTimeout as sleep } from 'node:timers/promises';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { announcementRecords } from '../../board/announcement.ts';
import { choreRecords } from '../../board/chore.ts';
import { groupRecords } from '../../board/group.ts';
import { socketWithCookie } from '../helpers/cookie-socket.ts';
import { cookieFor } from '../helpers/device-tokens.ts';
import type { ServerProcess } from '../helpers/server-process.ts';

// Every y-websocket provider listens for the process's exit; a test holds more than ten.
process.setMaxListeners(50);

/** The first house a fresh store makes. */
export const HOUSE = 'house1';

/**
 * What one edit adds: a chore, a group or an announcement, each with a unique text. (A board
 * holds at most 500 of each, so a long stream of edits takes turns between the three.)
 */
export type RecordKind = 'chore' | 'group' | 'announcement';
export const KINDS: RecordKind[] = ['chore', 'group', 'announcement'];

const sections = (doc: Y.Doc) => [
  choreRecords(doc).map,
  groupRecords(doc).map,
  announcementRecords(doc).map,
];

function markOf(item: Y.Map<unknown> | undefined): string | undefined {
  const mark = item?.get('title') ?? item?.get('text');
  return typeof mark === 'string' ? mark : undefined;
}

/** The text of every chore, group and announcement in a document. */
export function marksIn(doc: Y.Doc): Set<string> {
  const marks = new Set<string>();
  for (const map of sections(doc)) {
    for (const item of map.values()) {
      const mark = markOf(item);
      if (mark !== undefined) marks.add(mark);
    }
  }
  return marks;
}

/** Adds one record of `kind` whose title (or text) is `mark`. */
export function addRecord(doc: Y.Doc, kind: RecordKind, mark: string): void {
  const now = Date.now();
  if (kind === 'chore')
    choreRecords(doc).add({ title: mark, schedule: { kind: 'daily' }, createdAt: now });
  else if (kind === 'group')
    groupRecords(doc).add({
      title: mark,
      schedule: { kind: 'daily' },
      start: '10:00',
      end: '11:00',
    });
  else announcementRecords(doc).add({ text: mark, createdAt: now, expiresAt: now + 86_400_000 });
}

/**
 * A phone editing the board: a stock y-websocket provider bound to one node. `moveTo` gives the
 * same Y.Doc a provider on another node, so whatever the old node never stored is sent again.
 */
export class Phone {
  readonly doc = new Y.Doc();
  provider: WebsocketProvider;
  /** The close codes this phone's connections ended with (the last first). */
  readonly closeCodes: number[] = [];
  /** How many connections (to any node) reached "synced". */
  syncs = 0;

  constructor(
    readonly name: string,
    public node: ServerProcess,
    private readonly token: string,
    readonly house = HOUSE,
  ) {
    this.provider = this.connect(node);
  }

  private connect(node: ServerProcess, previous?: WebsocketProvider): WebsocketProvider {
    const provider = new WebsocketProvider(
      `${node.url.replace(/^http/, 'ws')}/sync`,
      `${this.house}/board`,
      this.doc,
      {
        WebSocketPolyfill: socketWithCookie(cookieFor(this.token)),
        disableBc: true,
        awareness: previous?.awareness,
      },
    );
    provider.on('connection-close', (event) => {
      if (event) this.closeCodes.unshift(event.code);
    });
    provider.on('sync', (synced) => {
      if (synced) this.syncs += 1;
    });
    return provider;
  }

  get synced(): boolean {
    return this.provider.synced;
  }

  moveTo(node: ServerProcess): void {
    const previous = this.provider;
    previous.destroy();
    this.node = node;
    this.provider = this.connect(node, previous);
  }

  add(kind: RecordKind, mark: string): void {
    addRecord(this.doc, kind, mark);
  }

  marks(): Set<string> {
    return marksIn(this.doc);
  }

  destroy(): void {
    this.provider.destroy();
    this.provider.awareness.destroy();
    this.doc.destroy();
  }
}

/**
 * Who wrote which record, and which of them another phone has received: the sync's own
 * acknowledgement (the server relays an edit only once it is stored).
 */
export class Ledger {
  readonly author = new Map<string, string>();
  /** When each record was written. */
  readonly writtenAt = new Map<string, number>();
  /** Records some phone other than the author has observed, with when that first happened. */
  readonly seen = new Map<string, number>();

  watch(phone: Phone): void {
    for (const map of sections(phone.doc)) {
      map.observe((event) => {
        for (const key of event.keysChanged) {
          const mark = markOf(map.get(key));
          if (mark === undefined || this.seen.has(mark)) continue;
          const author = this.author.get(mark);
          if (author !== undefined && author !== phone.name) this.seen.set(mark, Date.now());
        }
      });
    }
  }

  add(phone: Phone, mark: string, kind: RecordKind = 'chore'): void {
    this.author.set(mark, phone.name);
    this.writtenAt.set(mark, Date.now());
    phone.add(kind, mark);
  }

  /** Records written through this ledger whose text starts with `prefix`. */
  written(prefix: string): string[] {
    return [...this.author.keys()].filter((t) => t.startsWith(prefix));
  }

  /** Records starting with `prefix` that another phone had observed before `time`. */
  seenBefore(prefix: string, time = Number.POSITIVE_INFINITY): string[] {
    return [...this.seen].filter(([t, at]) => t.startsWith(prefix) && at < time).map(([t]) => t);
  }
}

/** What a fresh screen (a new Y.Doc) is shown by one node. */
export async function freshMarks(
  node: ServerProcess,
  token: string,
  house = HOUSE,
): Promise<Set<string>> {
  const screen = new Phone('fresh screen', node, token, house);
  try {
    const deadline = Date.now() + 10_000;
    while (!screen.synced) {
      if (Date.now() > deadline) throw new Error(`a fresh screen did not sync with ${node.url}`);
      await sleep(20);
    }
    return screen.marks();
  } finally {
    screen.destroy();
  }
}

/** `promise`, or an error naming `what` after `ms`. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The members of `wanted` that `have` lacks. */
export function missingFrom(have: Set<string>, wanted: Iterable<string>): string[] {
  return [...wanted].filter((t) => !have.has(t));
}

export interface EditStream {
  /** How many edits were written so far. */
  readonly written: number;
  /** Resolves when every phone has written its `perPhone` edits (or after stop()). */
  readonly done: Promise<void>;
  stop(): void;
}

/**
 * Every phone adds a chore, a group or an announcement in turn at a steady pace, each with a
 * unique text `<prefix><phone> #<n>`, until it has written `perPhone` (or stop() is called).
 */
export function editStream(
  phones: Phone[],
  ledger: Ledger,
  {
    prefix,
    paceMs,
    perPhone = Number.POSITIVE_INFINITY,
  }: {
    prefix: string;
    paceMs: number;
    perPhone?: number;
  },
): EditStream {
  let written = 0;
  const finishers: Array<() => void> = [];
  const done = Promise.all(
    phones.map(
      (phone, i) =>
        new Promise<void>((resolve) => {
          let n = 0;
          const finish = () => {
            clearInterval(timer);
            resolve();
          };
          finishers.push(finish);
          const timer = setInterval(
            () => {
              n += 1;
              ledger.add(phone, `${prefix}${phone.name} #${n}`, KINDS[n % KINDS.length]);
              written += 1;
              if (n >= perPhone) finish();
            },
            // Slightly different paces, so the phones do not all write in the same tick.
            paceMs + (i % 3),
          );
        }),
    ),
  ).then(() => undefined);
  return {
    get written() {
      return written;
    },
    done,
    stop() {
      for (const finish of finishers) finish();
    },
  };
}
