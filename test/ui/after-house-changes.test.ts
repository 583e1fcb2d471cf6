// What keeps a screen's copies on the device in step with its house (ui/after-house-changes.ts):
// a burst of edits is written once, a while after the last; a page that goes away with a write
// waiting writes it then, and one with nothing waiting writes nothing; a house let go stops it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { afterHouseChanges } from '../../ui/after-house-changes.ts';

const AFTER_MS = 2000;

function house() {
  return { docs: { board: new Y.Doc(), staff: new Y.Doc(), settings: new Y.Doc() }, closed: false };
}

const edit = (doc: Y.Doc, value: string) => doc.getMap('m').set('k', value);

describe('afterHouseChanges', () => {
  // The page, as Node has none: pagehide comes from this target.
  let page: EventTarget;
  beforeEach(() => {
    vi.useFakeTimers();
    page = new EventTarget();
    vi.stubGlobal('addEventListener', page.addEventListener.bind(page));
    vi.stubGlobal('removeEventListener', page.removeEventListener.bind(page));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('writes a burst of changes to any of its documents once, a while after the last', () => {
    const h = house();
    const write = vi.fn();
    afterHouseChanges(h, write, { afterMs: AFTER_MS });
    vi.advanceTimersByTime(AFTER_MS); // the first write, a while after the start
    expect(write).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 5; i++) {
      edit([h.docs.board, h.docs.staff, h.docs.settings][i % 3]!, `v${i}`);
      vi.advanceTimersByTime(AFTER_MS / 2);
    }
    expect(write).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(AFTER_MS / 2);
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('writes at once when asked to, then after changes', () => {
    const h = house();
    const write = vi.fn();
    afterHouseChanges(h, write, { afterMs: AFTER_MS, writeNow: true });
    expect(write).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(AFTER_MS * 3);
    expect(write).toHaveBeenCalledTimes(1); // no change, no write
    edit(h.docs.board, 'x');
    vi.advanceTimersByTime(AFTER_MS);
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('writes a waiting change when the page goes away, and nothing when none waits', () => {
    const h = house();
    const write = vi.fn();
    afterHouseChanges(h, write, { afterMs: AFTER_MS, writeNow: true });
    page.dispatchEvent(new Event('pagehide'));
    expect(write).toHaveBeenCalledTimes(1);
    edit(h.docs.board, 'x');
    page.dispatchEvent(new Event('pagehide'));
    expect(write).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(AFTER_MS * 2);
    expect(write).toHaveBeenCalledTimes(2); // written once, not again by the timer
  });

  it('stops by itself once the house is let go, and when stopped', () => {
    const h = house();
    const write = vi.fn();
    afterHouseChanges(h, write, { afterMs: AFTER_MS, writeNow: true });
    edit(h.docs.board, 'x');
    h.closed = true;
    vi.advanceTimersByTime(AFTER_MS);
    expect(write).toHaveBeenCalledTimes(1);
    edit(h.docs.board, 'y');
    page.dispatchEvent(new Event('pagehide'));
    vi.advanceTimersByTime(AFTER_MS);
    expect(write).toHaveBeenCalledTimes(1);

    const other = house();
    const writeOther = vi.fn();
    const stop = afterHouseChanges(other, writeOther, { afterMs: AFTER_MS });
    edit(other.docs.settings, 'x');
    stop();
    page.dispatchEvent(new Event('pagehide'));
    vi.advanceTimersByTime(AFTER_MS * 2);
    expect(writeOther).not.toHaveBeenCalled();
  });
});
