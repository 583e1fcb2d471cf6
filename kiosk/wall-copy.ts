// The wall as it last looked, kept as HTML: on a reload, a few lines in kiosk/index.html put it up
// before any of the wall's scripts has loaded, not to be touched, and the wall's own first paint
// (from its plain copy, kiosk/main.ts) takes its place. Each card's shadow root is written out
// as a declarative one with its styles; the wall's own elements are renamed (`hb-kiosk` becomes
// `hb-kiosk-copy`), so that defining them does not take the copy over half drawn.
// What is left out: the overlays a hand opened (quick add, the week, the keyboard, an undo
// offer), the join code, and the live status, which would claim a liveness the copy does not
// have. The clock and the join corner keep their room but do not show (`data-copy-hidden`). It
// is kept only from a day view (a night view is mostly its clock) and shown only on the day it
// was taken.
import { endOfDayIn, readSettings } from '../board/index.ts';
import { afterHouseChanges } from '../ui/after-house-changes.ts';
import type { HouseConnection } from '../ui/house-connection.ts';
import { forgetWallCopy, WALL_COPY_KEY } from '../ui/kept-on-device.ts';

export const WALL_COPY_VERSION = 1;
/** After a change, the copy is taken once the wall has drawn it and paged its cards. */
const WALL_COPY_AFTER_MS = 3_000;
/** Marks the copy on the page, for the wall to take it down. */
export const WALL_COPY_ATTRIBUTE = 'data-wall-copy';

/** What kiosk/index.html reads back. */
export interface WallCopy {
  v: typeof WALL_COPY_VERSION;
  houseId: string;
  /** When it was taken, and when the house's day it shows ends (by this device's clock). */
  at: number;
  until: number;
  html: string;
}

const LEFT_OUT = new Set([
  'hb-quick-add',
  'hb-week-overlay',
  'hb-onscreen-keyboard',
  'hb-undo-toast',
  'hb-qr-code',
  'hb-live-status',
  'script',
  'template',
]);
/**
 * Marks what takes its room in the copy but does not show: what would be wrong by the time the
 * copy is up (the clock), or would ask for what is not there (the join corner, with no code).
 */
export const HIDDEN_IN_COPY = 'data-copy-hidden';
const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'wbr']);
const OWN_TAG = /^hb-/;
/** The wall's element names in its styles: `hb-join-panel {`, not `--hb-card` or `.hb-x`. */
const OWN_TAG_IN_CSS = /(?<![-\w.#"'])(hb-[a-z][a-z0-9-]*)/g;

const escapeText = (text: string) =>
  text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
const escapeAttribute = (text: string) =>
  text.replace(/[&"<>]/g, (c) =>
    c === '&' ? '&amp;' : c === '"' ? '&quot;' : c === '<' ? '&lt;' : '&gt;',
  );
const copyName = (tag: string) => (OWN_TAG.test(tag) ? `${tag}-copy` : tag);

/** Each shared style sheet's text, renamed, read once: the cards share a few sheets. */
const sheetTexts = new WeakMap<CSSStyleSheet, string>();

function textOf(sheet: CSSStyleSheet): string {
  let text = sheetTexts.get(sheet);
  if (text === undefined) {
    text = [...sheet.cssRules]
      .map((rule) => rule.cssText)
      .join('\n')
      .replace(OWN_TAG_IN_CSS, '$1-copy');
    sheetTexts.set(sheet, text);
  }
  return text;
}

/** A Lit element's styles as written (`css`...`): its sheets' rules, read back, can lose a
 * shorthand that holds a `var()` and is partly overridden (a card's border). */
interface LitStyles {
  elementStyles?: Array<{ cssText?: unknown } | CSSStyleSheet>;
}

function sourceOf(style: { cssText?: unknown } | CSSStyleSheet): string {
  if ('cssText' in style && typeof style.cssText === 'string') {
    return style.cssText.replace(OWN_TAG_IN_CSS, '$1-copy');
  }
  return textOf(style as CSSStyleSheet);
}

function stylesOf(host: Element, root: ShadowRoot): string {
  const written = (host.constructor as LitStyles).elementStyles;
  const css = (written ?? root.adoptedStyleSheets).map(sourceOf).join('\n');
  // Written as a style element's raw text: nothing in it may end that element.
  return css.toLowerCase().includes('</style') ? '' : `<style>${css}</style>`;
}

function write(node: Node, out: string[]): void {
  if (node.nodeType === Node.TEXT_NODE) {
    out.push(escapeText((node as Text).data));
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return; // Lit's markers and other comments
  const element = node as Element;
  const tag = element.localName;
  if (LEFT_OUT.has(tag)) return;
  const name = copyName(tag);
  out.push('<', name);
  // By name, not `attributes`: that would make an Attr node for each, kept with its element.
  for (const attribute of element.getAttributeNames()) {
    if (attribute === 'style' && element.hasAttribute(HIDDEN_IN_COPY)) continue;
    out.push(' ', attribute, '="', escapeAttribute(element.getAttribute(attribute) ?? ''), '"');
  }
  if (element.hasAttribute(HIDDEN_IN_COPY)) {
    const style = element.getAttribute('style') ?? '';
    out.push(' style="', escapeAttribute(`${style};visibility:hidden`), '"');
  }
  out.push('>');
  if (VOID.has(tag)) return;
  if (tag === 'style') {
    const css = element.textContent ?? '';
    if (!css.toLowerCase().includes('</style')) out.push(css.replace(OWN_TAG_IN_CSS, '$1-copy'));
  } else {
    if (element.shadowRoot) {
      out.push('<template shadowrootmode="open">', stylesOf(element, element.shadowRoot));
      for (const child of element.shadowRoot.childNodes) write(child, out);
      out.push('</template>');
    }
    for (const child of element.childNodes) write(child, out);
  }
  out.push('</', name, '>');
}

/** The wall's element as HTML, renamed, with its shadow roots; inert, and marked as the copy. */
export function wallCopyHtml(wall: Element): string {
  const out: string[] = [];
  write(wall, out);
  const html = out.join('');
  const open = `<${copyName(wall.localName)}`;
  return `${open} ${WALL_COPY_ATTRIBUTE} inert${html.slice(open.length)}`;
}

/** Takes down the copy kiosk/index.html put up, if it is there. */
export function dropWallCopy(): void {
  for (const copy of document.querySelectorAll(`[${WALL_COPY_ATTRIBUTE}]`)) copy.remove();
}

/** Takes a copy of the wall now, if it shows a live day view. */
export function writeWallCopy(house: HouseConnection, wall: Element | null): void {
  if (house.closed || !wall || wall.hasAttribute('inert')) return;
  if ((wall as HTMLElement).dataset.view !== 'day') return;
  const at = Date.now();
  const copy: WallCopy = {
    v: WALL_COPY_VERSION,
    houseId: house.houseId,
    at,
    until: endOfDayIn(at, readSettings(house.docs.settings).timeZone),
    html: wallCopyHtml(wall),
  };
  try {
    localStorage.setItem(WALL_COPY_KEY, JSON.stringify(copy));
  } catch {
    // Full, or refused: the wall opens from its plain copy instead.
    forgetWallCopy();
  }
}

/**
 * Keeps the copy of the wall: once now (soon after the first live paint), a few seconds after
 * each change to the house, and when the page goes. Returns what stops it.
 */
export function keepWallCopy(house: HouseConnection, wall: () => Element | null): () => void {
  return afterHouseChanges(house, () => writeWallCopy(house, wall()), {
    afterMs: WALL_COPY_AFTER_MS,
  });
}
