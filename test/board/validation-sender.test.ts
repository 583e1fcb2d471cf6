// Who sent a change decides what the check asks: with no sender it is the schema alone (the
// server's own writes, a whole document read back), so a staff-only field changed in place
// passes; from a member the same change is refused.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { announcementRecords } from '../../board/announcement.ts';
import type { Role } from '../../board/roles.ts';
import { validateChanges } from '../../board/validation.ts';
import { at } from './helpers.ts';

const NOW = at('2026-03-30T09:00:00Z');
const note = { text: 'House meeting at 7', createdAt: NOW, expiresAt: NOW + 86_400_000 };

/** Pins an announcement in place, checked as coming from `role`; returns the refusal, if any. */
function pinInPlace(role: Role | undefined): unknown {
  const doc = new Y.Doc();
  const id = announcementRecords(doc).add(note);
  let problem: unknown;
  doc.on('afterTransaction', (transaction: Y.Transaction) => {
    try {
      validateChanges(doc, 'board', transaction, role, NOW);
    } catch (error) {
      problem ??= error;
    }
  });
  announcementRecords(doc).update(id, { pinned: true });
  return problem;
}

describe('a staff-only field changed in place', () => {
  it('passes a check with no sender, which asks only the schema', () => {
    expect(pinInPlace(undefined)).toBeUndefined();
  });

  it('is refused from a member and accepted from staff', () => {
    expect(String(pinInPlace('member'))).toMatch(/only staff can pin or unpin/);
    expect(pinInPlace('staff')).toBeUndefined();
  });
});
