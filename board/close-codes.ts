// Why the sync server closed a connection: one table, read by the server that sends the codes
// and by the screens, which find the reason by its code and say it in their own language
// (ui/i18n: `close.<Reason>`; the English here is that table's English).

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
  /** Refused like any change that breaks the schema (4422); the wire reason tells which. */
  NotYours: {
    code: 4422,
    reason: "update changes what is another person's",
    sentence:
      "That change was not saved: it was someone else's to make. Only their own phone changes their name, their turns and what they said.",
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
  /** A presence state past its size; a message past `maxPayload` is closed by `ws` (1009). */
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
  /**
   * The house's board was saved by a newer release than the server runs: the server will not
   * change it. In the 4500s, so the screen keeps trying (and keeps its changes) until it is fixed.
   */
  NewerBoard: {
    code: 4505,
    reason: 'board saved by a newer release',
    sentence:
      'This house board was saved by a newer version of Houseboard than the server runs now. Your changes are kept on this device until the server is updated.',
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
  /**
   * The server forgot a document's history for good: the screen connects again and compacts its
   * own copy. In the 4500s, which stock y-websocket clients retry (the 4400s they do not).
   */
  HistoryForgotten: {
    code: 4510,
    reason: 'history forgotten',
    sentence: 'The board has tidied what it keeps. Reconnecting…',
  },
} as const;

export type CloseReason = keyof typeof CloseReasons;

/**
 * The code `ws` closes with, by itself, when a message is larger than the server's `maxPayload`
 * (RFC 6455 "message too big"): to a person, the same as TooLarge.
 */
export const WS_MESSAGE_TOO_BIG = 1009;

/**
 * Which reason a close tells of, by its code and, where a code has more than one reason (4422),
 * the wire reason; undefined for a code the board does not send.
 */
export function closeReasonOfCode(code: number, wireReason?: string): CloseReason | undefined {
  if (code === WS_MESSAGE_TOO_BIG) return 'TooLarge';
  const reasons = (Object.keys(CloseReasons) as CloseReason[]).filter(
    (reason) => CloseReasons[reason].code === code,
  );
  return reasons.find((reason) => CloseReasons[reason].reason === wireReason) ?? reasons[0];
}
