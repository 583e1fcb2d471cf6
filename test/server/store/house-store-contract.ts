// What every house store promises: a house is listed once made, on every node (or beside the
// CLI that made it), oldest first; a house id is claimed once, even by two nodes at one moment.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { HouseRecord } from '../../../server/store/house-store.ts';
import type { BackendKind, StoreBackend } from './store-backends.ts';

const house = (id: string, name: string, createdAt: number): HouseRecord => ({
  id,
  name,
  createdAt,
});

export function describeHouseStore(kind: BackendKind): void {
  describe(`the ${kind.name} house store`, () => {
    let backend: StoreBackend;
    beforeEach(async () => {
      backend = await kind.setup();
    });
    afterEach(() => backend.dispose());

    test('a fresh store hosts no house yet', async () => {
      const { houses } = await backend.open();
      expect(await houses.list()).toEqual([]);
    });

    test('a house made is listed as it was made, and listed by every other opening', async () => {
      const [a, b] = await Promise.all([backend.open(), backend.open()]);
      const maple = house('maple', 'Maple House', 1000);
      expect(await a.houses.create(maple)).toBe(true);
      expect(await a.houses.list()).toEqual([maple]);
      expect(await b.houses.list()).toEqual([maple]);
    });

    test('an id already taken is refused, and the house that has it stays as it was', async () => {
      const { houses } = await backend.open();
      await houses.create(house('house1', 'Maple House', 1000));
      expect(await houses.create(house('house1', 'Birch House', 2000))).toBe(false);
      expect(await houses.list()).toEqual([house('house1', 'Maple House', 1000)]);
    });

    test('two nodes claiming the same id at the same moment: exactly one gets it', async () => {
      const openings = await Promise.all([backend.open(), backend.open(), backend.open()]);
      const claims = await Promise.all(
        openings.map(({ houses }, i) => houses.create(house('house1', `Claim ${i}`, 1000 + i))),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      const winner = claims.indexOf(true);
      expect(await openings[0]!.houses.list()).toEqual([
        house('house1', `Claim ${winner}`, 1000 + winner),
      ]);
    });

    test('houses are listed oldest first, and by id when made in the same millisecond', async () => {
      const { houses } = await backend.open();
      const made = [
        house('c', 'Cedar', 2000),
        house('b', 'Birch', 1000),
        house('a', 'Alder', 2000),
        house('d', 'Dogwood', 500),
      ];
      for (const h of made) await houses.create(h);
      expect((await houses.list()).map((h) => h.id)).toEqual(['d', 'b', 'a', 'c']);
    });
  });
}
