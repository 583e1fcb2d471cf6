// Why the sync server closed a connection: one table, read by the server that sends the codes
// and by the screens that turn them into a sentence a person understands.

export const CloseReasons = {
  MalformedMessage: {
    code: 4400,
    reason: 'malformed message',
    sentence: 'This screen sent something the house board could not read. Reconnecting…',
  },
  InvalidUpdate: {
    code: 4422,
    reason: 'update breaks the board schema',
    sentence:
      'A change from this screen did not fit the board and was not saved. Reloading may help.',
  },
  RightsChanged: {
    code: 4409,
    reason: 'device rights changed',
    sentence: 'What this device may change has been updated. Reconnecting…',
  },
  Unauthorized: {
    code: 4401,
    reason: 'unauthorized',
    sentence: 'This device is not joined to the house board (any more).',
  },
  Forbidden: {
    code: 4403,
    reason: 'forbidden',
    sentence: 'This device may look at this part of the board, not change it.',
  },
  UnknownDocument: {
    code: 4404,
    reason: 'unknown document',
    sentence: 'That house board could not be found.',
  },
  TooLarge: {
    code: 4413,
    reason: 'message too large',
    sentence: 'That change was too large to save.',
  },
  TooManyMessages: {
    code: 4429,
    reason: 'too many messages',
    sentence: 'Too many changes at once — taking a short pause.',
  },
  StoreUnavailable: {
    code: 4503,
    reason: 'store unavailable',
    sentence: 'The house board cannot save right now. Your changes are kept on this device.',
  },
  ServerError: {
    code: 4500,
    reason: 'server error',
    sentence: 'Something went wrong on the server. Reconnecting…',
  },
  ShuttingDown: {
    code: 1001,
    reason: 'server restarting',
    sentence: 'The server is restarting. Reconnecting…',
  },
  TooManyConnections: {
    code: 4430,
    reason: 'too many connections from this device',
    sentence:
      'This device has the house board open in many places at once. Please close a few of them.',
  },
  SlowReader: {
    code: 4408,
    reason: 'not reading what the server sends',
    sentence:
      'This screen was not keeping up with the house board, so it was let go. Reconnecting…',
  },
} as const;

export type CloseReason = keyof typeof CloseReasons;

export function sentenceForCloseCode(code: number): string | undefined {
  return Object.values(CloseReasons).find((r) => r.code === code)?.sentence;
}

/** Which close a sentence from `sentenceForCloseCode` tells of: its stable key. */
export function closeReasonOf(sentence: string): CloseReason | undefined {
  return (Object.keys(CloseReasons) as CloseReason[]).find(
    (reason) => CloseReasons[reason].sentence === sentence,
  );
}
