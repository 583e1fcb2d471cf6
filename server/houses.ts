// The houses this server hosts, kept in the house store and cached. A new house's documents are
// seeded here, into the document store, once, at creation — never by a screen.
import * as Y from 'yjs';
import { DOC_KINDS, type DocKind, docName } from '../board/documents.ts';
import { newId } from '../board/ids.ts';
// The board's rules: seeding writes records, and every write is checked with them (records.ts).
// The sync loads them too; the command line (cli.ts) seeds houses without it.
import '../board/rules.ts';
import { type NewHouse, seedHouse } from '../board/seed.ts';
import { stampShape } from '../board/shape-version.ts';
import type { DocumentStore } from './store/document-store.ts';
import type { HouseRecord, HouseStore } from './store/house-store.ts';

export const FIRST_HOUSE_ID = 'house1';

export class Houses {
  private readonly byId = new Map<string, HouseRecord>();

  private constructor(
    private readonly store: HouseStore,
    private readonly documents: DocumentStore,
  ) {}

  static async open(store: HouseStore, documents: DocumentStore): Promise<Houses> {
    const houses = new Houses(store, documents);
    for (const house of await store.list()) houses.byId.set(house.id, house);
    return houses;
  }

  /** A house by id, asking the store when another process (the CLI) made it. */
  async find(id: string): Promise<HouseRecord | undefined> {
    const known = this.byId.get(id);
    if (known) return known;
    for (const house of await this.store.list()) this.byId.set(house.id, house);
    return this.byId.get(id);
  }

  list(): HouseRecord[] {
    return [...this.byId.values()];
  }

  /**
   * The first house of a fresh store, made once even when several nodes start at the same moment:
   * whichever claims the fixed id seeds it; undefined for the others.
   */
  async createFirst(house: NewHouse): Promise<HouseRecord | undefined> {
    const record: HouseRecord = {
      id: FIRST_HOUSE_ID,
      name: house.houseName,
      createdAt: Date.now(),
    };
    if (!(await this.store.create(record))) {
      await this.find(FIRST_HOUSE_ID);
      return undefined;
    }
    await this.seed(record, house);
    this.byId.set(record.id, record);
    return record;
  }

  async create(house: NewHouse): Promise<HouseRecord> {
    const record: HouseRecord = { id: newId(), name: house.houseName, createdAt: Date.now() };
    // The documents are stored before the house is listed, so nobody can open it half-seeded.
    await this.seed(record, house);
    await this.store.create(record);
    this.byId.set(record.id, record);
    return record;
  }

  private async seed(record: HouseRecord, house: NewHouse): Promise<void> {
    // Named, so that Yjs draws no random guid for each (see docFrom in sync/live-document.ts).
    const docs = Object.fromEntries(
      DOC_KINDS.map((kind) => [kind, new Y.Doc({ guid: docName(record.id, kind) })]),
    ) as Record<DocKind, Y.Doc>;
    seedHouse(docs, house, record.createdAt);
    for (const kind of DOC_KINDS) stampShape(docs[kind], kind);
    for (const kind of DOC_KINDS) {
      await this.documents.append(docName(record.id, kind), Y.encodeStateAsUpdate(docs[kind]));
      docs[kind].destroy();
    }
  }
}
