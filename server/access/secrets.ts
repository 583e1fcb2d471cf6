// Tokens, codes and their hashes. Device tokens are stored only as hashes; join tokens are
// signed, so any node with the house secret can check them without a lookup.
import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

export function newToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Letters and digits that cannot be mistaken for each other when read off a wall or typed. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A code to type by hand: `length` characters of 31 (about 5 bits each). */
export function newCode(length: number): string {
  let code = '';
  for (let i = 0; i < length; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** How people type codes: any case, with spaces or dashes. */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

function sign(secret: Buffer, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url').slice(0, 32);
}

/** A join token for the QR code on a house's kiosk: house and expiry, signed. */
export function signJoinToken(secret: Buffer, houseId: string, expiresAt: number): string {
  const payload = `${houseId}.${Math.floor(expiresAt / 1000)}`;
  return `${payload}.${sign(secret, payload)}`;
}

export type JoinTokenCheck =
  | { ok: true; houseId: string; expiresAt: number }
  | { ok: false; reason: 'malformed' | 'forged' | 'expired' };

export function checkJoinToken(secret: Buffer, token: string, now = Date.now()): JoinTokenCheck {
  const parts = typeof token === 'string' ? token.split('.') : [];
  if (parts.length !== 3 || token.length > 200) return { ok: false, reason: 'malformed' };
  const [houseId, expires, signature] = parts as [string, string, string];
  const expected = sign(secret, `${houseId}.${expires}`);
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, Buffer.from(expected))) {
    return { ok: false, reason: 'forged' };
  }
  if (Number(expires) * 1000 <= now) return { ok: false, reason: 'expired' };
  return { ok: true, houseId, expiresAt: Number(expires) * 1000 };
}
