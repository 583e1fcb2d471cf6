// The wall's night colours as plain values, for the styles in theme.ts and for tests to compare
// a screen's computed colours with.

/**
 * The wall's night: a near-black warm page and warm, low-brightness text, never white. Each text
 * colour keeps at least 7:1 against the page, card and tints (ink about 9.2:1 on the page, muted
 * 7.3:1 in the night view and 7.4:1 or more on the board's cards and tints), and none is more
 * than half as bright as white.
 */
export const nightPalette = {
  page: '#0d0b09',
  card: '#15120f',
  ink: '#c9ad85',
  muted: '#b39a77',
  /** The board's quiet text by night: a shade lighter, for its cards and tints. */
  boardMuted: '#bca37f',
  line: '#3a3127',
  /** Edges of cards and fields on the board by night, to be seen on the dark. */
  boardLine: '#7a6a55',
  done: '#a9bd8c',
  doneTint: '#12180e',
  next: '#a8bccd',
  /** Who is on shift's card, by night. */
  plum: '#c4aacf',
  warn: '#d9a664',
  warnTint: '#1c160b',
  calmTint: '#0f1418',
  error: '#e3a08c',
} as const;
