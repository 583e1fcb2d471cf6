// Which shape a house document's records are in, and the migrations that bring an older one up to
// the shape this code reads. A document carries its shape version in a small map of its own
// (`boardMeta`, `staffMeta`, `settingsMeta`: `shapeVersion`), written only by the server. When the
// server loads a document it migrates it as an ordinary Yjs change, stored and relayed like any
// other, so every node and every screen sees the same. A document without a version is the shape
// of the release before versions (version 1 is that shape, stamped).
//
// A migration must give the same result when two nodes run it at the same moment, and when a
// screen's offline copy merges in later: set keys to values computed from what is there (never
// insert into a list, never count on a delete having happened), and leave what it does not know.
import type * as Y from 'yjs';
import { DOC_KINDS, type DocKind } from './documents.ts';
import { type RecordKind, recordKind } from './records.ts';

export interface ShapeMigration {
  /** The version a document is on once this has run. */
  version: number;
  /** For the log: what changes. */
  what: string;
  /** Runs inside the load's one transaction, after every earlier migration. */
  migrate(doc: Y.Doc, kind: DocKind): void;
}

/** In order, oldest first; append, never edit one that shipped. */
export const SHAPE_MIGRATIONS: readonly ShapeMigration[] = [
  { version: 1, what: 'the shape before versions, stamped', migrate: () => {} },
];

/** The newest shape this code reads. */
export const SHAPE_VERSION = SHAPE_MIGRATIONS[SHAPE_MIGRATIONS.length - 1]!.version;

/**
 * Each document's own map of what the server notes about it; never a screen's to change. Not a
 * record kind of the board (record-kinds.ts): validation.ts knows it by name, and refuses every
 * screen's change to it.
 */
export const META_KINDS: Readonly<Record<DocKind, RecordKind>> = Object.fromEntries(
  DOC_KINDS.map((doc) => [
    doc,
    recordKind({
      name: `${doc}Meta`,
      doc,
      shape: 'fields',
      undoable: false,
      serverOnly: true,
    }),
  ]),
) as unknown as Record<DocKind, RecordKind>;

/** The meta map's kind when `name` is this document's meta map. */
export function metaKindOf(kind: DocKind, name: string): RecordKind | undefined {
  const meta = META_KINDS[kind];
  return meta.name === name ? meta : undefined;
}

function metaMap(doc: Y.Doc, kind: DocKind): Y.Map<unknown> {
  return doc.getMap(META_KINDS[kind].name);
}

/** The shape version a document says it is in; 0 for one stored before versions. */
export function shapeVersionOf(doc: Y.Doc, kind: DocKind): number {
  // Only read when it is there: a map looked at stays in the document as an empty one.
  if (!doc.share.has(META_KINDS[kind].name)) return 0;
  const version = metaMap(doc, kind).get('shapeVersion');
  return typeof version === 'number' ? version : 0;
}

/** The document was written in a shape newer than this code reads: it must not be changed. */
export class NewerShape extends Error {
  override name = 'NewerShape';
  constructor(
    readonly version: number,
    readonly known: number,
  ) {
    super(
      `it was saved by a newer release of Houseboard (shape version ${version}; this release reads up to ${known}): start the newer release again, or restore the backup taken before the upgrade`,
    );
  }
}

/**
 * Brings a document up to the newest shape in one transaction (the caller's origin tags it);
 * returns the versions it went from and to, or undefined when it was already there (nothing is
 * written). Throws NewerShape, changing nothing, for a document newer than `migrations` know.
 */
export function migrateShape(
  doc: Y.Doc,
  kind: DocKind,
  migrations: readonly ShapeMigration[] = SHAPE_MIGRATIONS,
): { from: number; to: number; ran: string[] } | undefined {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const from = shapeVersionOf(doc, kind);
  if (from > latest) throw new NewerShape(from, latest);
  if (from === latest) return undefined;
  const pending = migrations.filter((migration) => migration.version > from);
  doc.transact(() => {
    for (const migration of pending) migration.migrate(doc, kind);
    metaMap(doc, kind).set('shapeVersion', latest);
  });
  return { from, to: latest, ran: pending.map((migration) => migration.what) };
}

/** A new house's documents start in the newest shape: nothing to migrate at their first load. */
export function stampShape(doc: Y.Doc, kind: DocKind): void {
  metaMap(doc, kind).set('shapeVersion', SHAPE_VERSION);
}
