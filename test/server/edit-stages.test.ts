// The bench's stage lines (EDIT_STAGES_FILE): written where asked, one line per stage record, and
// a file that cannot be written ends the recording with one warning rather than the node.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import * as stages from '../../server/edit-stages.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const dirs: string[] = [];
afterEach(() => {
  stages.stopEditStages();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function aStoredEdit(position: string) {
  const at = stages.stageClock();
  return {
    position,
    received: at,
    validated: at + 1,
    sent: at + 2,
    stored: at + 3,
    relayed: at + 4,
  };
}

describe('edit stages', () => {
  test('nothing is timed or written unless a file is given', () => {
    stages.recordEditStages(undefined);
    expect(stages.editStagesOn()).toBe(false);
    stages.stored(aStoredEdit('1-0'));
    stages.flushEditStages();
  });

  test('each record is one line with the position, the process and the times, on one clock', () => {
    const dir = tempDir('houseboard-stages-');
    dirs.push(dir);
    const file = path.join(dir, 'node.txt');
    stages.recordEditStages(file);
    expect(stages.editStagesOn()).toBe(true);
    stages.stored(aStoredEdit('1700000000000-0'));
    const read = stages.stageClock();
    stages.readRemote('1700000000000-1', read, read + 0.5);
    stages.readOwn('1700000000000-0', read);
    stages.flushEditStages();
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    expect(lines.map((l) => l.split(' ').slice(0, 3))).toEqual([
      ['stored', '1700000000000-0', String(process.pid)],
      ['read', '1700000000000-1', String(process.pid)],
      ['own', '1700000000000-0', String(process.pid)],
    ]);
    const [, , , ...times] = lines[0]!.split(' ').map(Number);
    expect(times.map((t) => Math.round(t - times[0]!))).toEqual([0, 1, 2, 3, 4]);
    // performance.now() in this process lands on the same clock.
    expect(Math.abs(stages.onStageClock(performance.now()) - stages.stageClock())).toBeLessThan(50);
  });

  test('a file that cannot be written stops the lines with one warning, and nothing throws', () => {
    const dir = tempDir('houseboard-stages-');
    dirs.push(dir);
    const warnings: unknown[] = [];
    stages.recordEditStages(path.join(dir, 'no such dir', 'node.txt'), (e) => warnings.push(e));
    stages.stored(aStoredEdit('1-0'));
    expect(() => stages.flushEditStages()).not.toThrow();
    expect(warnings).toHaveLength(1);
    expect(stages.editStagesOn()).toBe(false);
    stages.stored(aStoredEdit('2-0'));
    stages.flushEditStages();
    expect(warnings).toHaveLength(1);
  });
});
