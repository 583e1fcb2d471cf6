// Item ids: random, so two devices adding at once never pick the same one.

export function newId(): string {
  return globalThis.crypto.randomUUID().replaceAll('-', '').slice(0, 16);
}

export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
