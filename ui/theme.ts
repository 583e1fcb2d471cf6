// The house's colours and shared control styles. Every pair of text and background here keeps a
// contrast of at least 7:1, so the wall stays legible from across the room.
import { css, unsafeCSS } from 'lit';
import { nightPalette } from './night-palette.ts';

/** The colours the installed phone app also needs outside the page: splash, title bar, icon. */
export const appColors = { page: '#f3efe6', card: '#fbf8f1', done: '#1d5230' } as const;

const dayOrNight = (day: string, night: string) => unsafeCSS(`light-dark(${day}, ${night})`);

/*
 * Each colour is the day's and the night's at once (CSS light-dark): a screen shows the day's,
 * and the wall tapped at night sets `color-scheme: dark` on itself, which every part inside it
 * inherits through its shadow root, so the whole board turns to the night palette. (Custom
 * properties alone would not reach: each part declares its colours again on its own host.)
 */
export const houseColors = css`
  :host {
    --hb-page: ${dayOrNight(appColors.page, nightPalette.page)};
    --hb-card: ${dayOrNight(appColors.card, nightPalette.card)};
    --hb-line: ${dayOrNight('#8a8274', nightPalette.boardLine)};
    --hb-ink: ${dayOrNight('#1f2328', nightPalette.ink)};
    --hb-muted: ${dayOrNight('#4a453d', nightPalette.boardMuted)};
    --hb-done: ${dayOrNight(appColors.done, nightPalette.done)};
    --hb-done-tint: ${dayOrNight('#e3eee4', nightPalette.doneTint)};
    --hb-next: ${dayOrNight('#1b4a6b', nightPalette.next)};
    --hb-warn: ${dayOrNight('#6b3a00', nightPalette.warn)};
    --hb-warn-tint: ${dayOrNight('#fdf0d5', nightPalette.warnTint)};
    /* Thanks: warm, never a score. */
    --hb-warm: ${dayOrNight('#6b3a00', nightPalette.warn)};
    --hb-calm-tint: ${dayOrNight('#e4edf4', nightPalette.calmTint)};
    --hb-error: ${dayOrNight('#7a2e1f', nightPalette.error)};
    /* The light behind a QR code's dark modules: a scanner needs it light, even at night. */
    --hb-qr-paper: ${dayOrNight(appColors.card, nightPalette.ink)};
    color: var(--hb-ink);
  }
  /* Asked for more contrast: edges in full ink, quiet text as strong as the rest. */
  @media (prefers-contrast: more) {
    :host {
      --hb-line: var(--hb-ink);
      --hb-muted: var(--hb-ink);
      --hb-page: ${dayOrNight('#ffffff', '#000000')};
      --hb-card: ${dayOrNight('#ffffff', '#000000')};
    }
  }
`;

/**
 * Each kind of card on the wall has its own colour: an edge along its top, its icon and its Add
 * button. The colour is deep enough to be text too (at least 7:1 on the card), with a pale tint
 * of it for quiet backgrounds. Warm and calm: moss for chores, lake blue for groups, plum for
 * who is on shift, terracotta for announcements.
 */
export const cardAccents = css`
  :host {
    --hb-accent: var(--hb-line);
    --hb-accent-ink: var(--hb-ink);
  }
  :host([data-kind='chores']) {
    --hb-accent: ${dayOrNight('#2f6b3c', nightPalette.done)};
    --hb-accent-ink: ${dayOrNight('#1d5230', nightPalette.done)};
  }
  :host([data-kind='groups']) {
    --hb-accent: ${dayOrNight('#2a5f86', nightPalette.next)};
    --hb-accent-ink: ${dayOrNight('#1b4a6b', nightPalette.next)};
  }
  :host([data-kind='shifts']) {
    --hb-accent: ${dayOrNight('#6e3f84', nightPalette.plum)};
    --hb-accent-ink: ${dayOrNight('#572f69', nightPalette.plum)};
  }
  :host([data-kind='announcements']) {
    --hb-accent: ${dayOrNight('#a04a1c', nightPalette.warn)};
    --hb-accent-ink: ${dayOrNight('#7a3512', nightPalette.warn)};
  }
  :host([data-kind='shopping']) {
    --hb-accent: ${dayOrNight('#1f5c57', nightPalette.done)};
    --hb-accent-ink: ${dayOrNight('#174a46', nightPalette.done)};
  }
  @media (prefers-contrast: more) {
    :host {
      --hb-accent-ink: var(--hb-ink);
    }
  }
`;

/** A list of rows with no bullets or indent, spaced evenly; a screen may set its own gap after. */
export const plainList = css`
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.6em;
  }
`;

/** Buttons and fields large enough for a thumb or a finger on the wall: at least 48 px. */
export const controls = css`
  button {
    font: inherit;
    min-height: 48px;
    min-width: 48px;
    border-radius: 0.5em;
    border: 2px solid var(--hb-ink);
    background: var(--hb-card);
    color: var(--hb-ink);
    padding: 0.35em 0.9em;
    cursor: pointer;
    touch-action: manipulation;
  }
  button.primary {
    background: var(--hb-done);
    border-color: var(--hb-done);
    color: var(--hb-card);
    font-weight: 600;
  }
  button.quiet {
    border-color: transparent;
    background: transparent;
    text-decoration: underline;
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--hb-next);
    outline-offset: 2px;
  }
  input,
  select,
  textarea {
    font: inherit;
    min-height: 48px;
    box-sizing: border-box;
    width: 100%;
    border: 2px solid var(--hb-line);
    border-radius: 0.4em;
    background: var(--hb-card);
    color: var(--hb-ink);
    padding: 0.4em 0.6em;
  }
  textarea {
    min-height: 6em;
    resize: vertical;
  }
`;

/** The night view's own colours (kiosk/night-view.ts), from the night palette. */
export const nightColors = css`
  :host {
    --hb-night-page: ${unsafeCSS(nightPalette.page)};
    --hb-night-ink: ${unsafeCSS(nightPalette.ink)};
    --hb-night-muted: ${unsafeCSS(nightPalette.muted)};
    --hb-night-line: ${unsafeCSS(nightPalette.line)};
    /* A faint warm tint behind a line that needs noticing (offline), ink still over 7:1. */
    --hb-night-tint: ${unsafeCSS(nightPalette.warnTint)};
  }
`;
