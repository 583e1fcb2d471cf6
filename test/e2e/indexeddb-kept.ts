// What a page keeps in IndexedDB, read through the IndexedDB API as bytes: every value of every
// database of the page's origin; and every value in its localStorage (the wall's plain copy of
// the board is there: ui/plain-copy.ts), as db 'localStorage'. The tests that check a screen
// forgets a person search these.
import type { Page } from 'playwright-core';

/** One value kept in IndexedDB: where, and its bytes (base64). */
export interface Kept {
  db: string;
  store: string;
  bytes: string;
}

/** Every value of every IndexedDB database the page's origin has, and of its localStorage, as bytes. */
export function everythingKept(page: Page): Promise<Kept[]> {
  return page.evaluate(async () => {
    const asRequest = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const base64 = (bytes: Uint8Array) => {
      let text = '';
      for (const byte of bytes) text += String.fromCharCode(byte);
      return btoa(text);
    };
    const kept: Array<{ db: string; store: string; bytes: string }> = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await asRequest(indexedDB.open(info.name));
      try {
        for (const store of Array.from(db.objectStoreNames)) {
          const values = await asRequest(db.transaction(store).objectStore(store).getAll());
          for (const value of values) {
            const bytes =
              value instanceof Uint8Array
                ? value
                : new TextEncoder().encode(JSON.stringify(value) ?? String(value));
            kept.push({ db: info.name, store, bytes: base64(bytes) });
          }
        }
      } finally {
        db.close();
      }
    }
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key === null) continue;
      const bytes = new TextEncoder().encode(localStorage.getItem(key) ?? '');
      kept.push({ db: 'localStorage', store: key, bytes: base64(bytes) });
    }
    return kept;
  });
}

/** A kept value's bytes. */
export const bytesOf = (kept: Kept) => Buffer.from(kept.bytes, 'base64');
