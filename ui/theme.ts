// The house's colours and shared control styles. Every pair of text and background here keeps a
// contrast of at least 7:1, so the wall stays legible from across the room.
import { css, unsafeCSS } from 'lit';

/** The colours the installed phone app also needs outside the page: splash, title bar, icon. */
export const appColors = { page: '#f3efe6', card: '#fbf8f1', done: '#1d5230' } as const;

export const houseColors = css`
  :host {
    --hb-page: ${unsafeCSS(appColors.page)};
    --hb-card: ${unsafeCSS(appColors.card)};
    --hb-line: #8a8274;
    --hb-ink: #1f2328;
    --hb-muted: #4a453d;
    --hb-done: ${unsafeCSS(appColors.done)};
    --hb-done-tint: #e3eee4;
    --hb-next: #1b4a6b;
    --hb-warn: #6b3a00;
    --hb-warn-tint: #fdf0d5;
    /* Thanks: warm, never a score. */
    --hb-warm: #6b3a00;
    --hb-calm-tint: #e4edf4;
    --hb-error: #7a2e1f;
    color: var(--hb-ink);
  }
  /* Asked for more contrast: edges in full ink, quiet text as dark as the rest. */
  @media (prefers-contrast: more) {
    :host {
      --hb-line: #1f2328;
      --hb-muted: #1f2328;
      --hb-page: #ffffff;
      --hb-card: #ffffff;
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
    --hb-accent: #2f6b3c;
    --hb-accent-ink: #1d5230;
  }
  :host([data-kind='groups']) {
    --hb-accent: #2a5f86;
    --hb-accent-ink: #1b4a6b;
  }
  :host([data-kind='shifts']) {
    --hb-accent: #6e3f84;
    --hb-accent-ink: #572f69;
  }
  :host([data-kind='announcements']) {
    --hb-accent: #a04a1c;
    --hb-accent-ink: #7a3512;
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

/**
 * The wall at night: a dark room-friendly background and warm, low-brightness text, never white.
 * Each text colour keeps at least 7:1 against the night background (ink about 9.2:1, muted 7.3:1).
 */
export const nightColors = css`
  :host {
    --hb-night-page: #0d0b09;
    --hb-night-ink: #c9ad85;
    --hb-night-muted: #b39a77;
    --hb-night-line: #3a3127;
  }
`;
