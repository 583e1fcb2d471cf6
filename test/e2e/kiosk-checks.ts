// What the wall's touch and size tests look at inside the page, through every shadow root: how
// big each thing a finger can tap is, whether anything acts on hover only, whether anything moves
// or spills off the screen, and the contrast of every piece of text against what is behind it.
// Also the house's text size, written as an admin's device would write it.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import { type DocKind, type Settings, writeSettings } from '../../board/index.ts';
import { eventually } from '../helpers/eventually.ts';
import type { ServerProcess } from '../helpers/server-process.ts';
import { connectSynced, type SyncClient } from '../helpers/sync-client.ts';

/** The screens houses hang the wall on: 1080p either way up, 4K and a 1280×800 tablet. */
export const WALL_SIZES = [
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '1080x1920', width: 1080, height: 1920 },
  { name: '3840x2160', width: 3840, height: 2160 },
  { name: '1280x800', width: 1280, height: 800 },
] as const;

/** One of the house's documents, synced over a real connection with the admin phone's cookie. */
export async function openHouseDoc(
  server: ServerProcess,
  admin: Page,
  kind: DocKind,
): Promise<SyncClient> {
  const cookies = await admin.context().cookies();
  const token = cookies.find((cookie) => cookie.name === 'hb_device')?.value;
  const session = await admin.evaluate(async () => (await fetch('/api/session')).json());
  return connectSynced(server.url, session.device.houseId, kind, token);
}

/** Writes house settings as the admin's device would, and waits until the server has them. */
export async function writeHouseSettings(
  server: ServerProcess,
  admin: Page,
  patch: Partial<Settings>,
): Promise<void> {
  const client = await openHouseDoc(server, admin, 'settings');
  try {
    writeSettings(client.doc, patch);
    await eventually(() => {
      if (client.provider.ws?.bufferedAmount) throw new Error('still sending');
    });
    // A moment for the server to store and relay it before the socket closes.
    await sleep(200);
  } finally {
    client.destroy();
  }
}

export interface TargetBox {
  what: string;
  width: number;
  height: number;
}

export interface TextContrast {
  text: string;
  ratio: number;
  fontSize: number;
  color: string;
  background: string;
}

export interface CardLayout {
  card: string;
  /** The card's edges on the screen. */
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** Whether the card's title shows whole: not cut off, not spilling out of its box. */
  titleWhole: boolean;
  /** The title and its box, to say what went wrong. */
  title: string;
}

export interface WallLayout {
  viewport: { width: number; height: number };
  /** How far the page could scroll sideways (0 when nothing spills off the side). */
  sideways: number;
  cards: CardLayout[];
  /** The body text's size on the wall, in CSS px. */
  bodyPx: number;
}

type Question = 'targets' | 'hover' | 'animations' | 'contrast' | 'layout';

/**
 * Runs inside the page (page.evaluate sends a function's text, not its closure, so every helper
 * lives in here): walks every element, through every shadow root, and answers one question.
 */
function inspectWall(question: Question): unknown {
  const all: Element[] = [];
  const roots: Array<Document | ShadowRoot> = [];
  const visit = (root: Document | ShadowRoot) => {
    roots.push(root);
    for (const element of root.querySelectorAll('*')) {
      all.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  const shown = (element: Element) =>
    element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
    element.getBoundingClientRect().width > 0;
  const describe = (element: Element) => {
    const id = element.getAttribute('data-testid') ?? element.getAttribute('data-key');
    const words = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `${element.tagName.toLowerCase()}${id ? `[${id}]` : ''} "${words}"`;
  };
  /** The element's parent in the rendered tree: out of a shadow root to its host. */
  const parentOf = (element: Element): Element | null =>
    element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null);

  if (question === 'targets') {
    const tappable =
      'button, a[href], input, select, textarea, [role=button], [role=link], [tabindex]:not([tabindex="-1"])';
    return all
      .filter((element) => element.matches(tappable) && shown(element))
      .map((element) => {
        const box = element.getBoundingClientRect();
        return { what: describe(element), width: box.width, height: box.height };
      });
  }

  if (question === 'hover') {
    const sheets = roots.flatMap((root) => [...root.styleSheets, ...root.adoptedStyleSheets]);
    const selectors: string[] = [];
    const rules = (list: CSSRuleList) => {
      for (const rule of list) {
        if (rule instanceof CSSStyleRule && rule.selectorText.includes(':hover'))
          selectors.push(rule.selectorText);
        if ('cssRules' in rule) rules((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of sheets) rules(sheet.cssRules);
    return selectors;
  }

  if (question === 'animations') {
    return roots
      .flatMap((root) => root.getAnimations())
      .filter((animation) => animation.playState === 'running')
      .map((animation) => {
        const target = (animation.effect as KeyframeEffect | null)?.target;
        return `${animation.constructor.name} on ${target ? describe(target) : 'nothing'}`;
      });
  }

  if (question === 'layout') {
    const cards = all.filter((element) => /^HB-.*-CARD$/.test(element.tagName));
    const wall = document.querySelector('hb-kiosk');
    return {
      viewport: { width: innerWidth, height: innerHeight },
      sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      bodyPx: wall ? Number.parseFloat(getComputedStyle(wall).fontSize) : 0,
      cards: cards.map((card) => {
        const box = card.getBoundingClientRect();
        const title = card.shadowRoot?.querySelector('h2');
        const titleBox = title?.getBoundingClientRect();
        // Whole: nothing of it scrolled out of sight, inside its card, and no word broken
        // across lines (a word broken in two is as hard to read as one cut off).
        const words = (title?.textContent ?? '').trim().split(/\s+/).length;
        const lineHeight = title ? Number.parseFloat(getComputedStyle(title).lineHeight) : 0;
        const titleWhole =
          !!title &&
          !!titleBox &&
          title.scrollWidth <= title.clientWidth + 1 &&
          titleBox.left >= box.left &&
          titleBox.right <= box.right + 0.5 &&
          titleBox.bottom <= box.bottom &&
          Math.round(titleBox.height / lineHeight) <= words;
        return {
          card: card.tagName.toLowerCase(),
          left: box.left,
          top: box.top,
          right: box.right,
          bottom: box.bottom,
          titleWhole,
          title: `${title?.textContent} ${titleBox?.width}x${titleBox?.height} in ${box.width}x${box.height}`,
        };
      }),
    };
  }

  // Contrast: each visible element that holds text of its own, its colour against the colour
  // that shows behind it (backgrounds blended up the rendered tree until an opaque one).
  const rgba = (value: string): number[] => {
    const parts = value.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
    return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
  };
  const over = (top: number[], under: number[]) => {
    const a = top[3]!;
    return [0, 1, 2].map((i) => top[i]! * a + under[i]! * (1 - a)).concat(1);
  };
  const behind = (element: Element): number[] => {
    const layers: number[][] = [];
    for (let at: Element | null = element; at; at = parentOf(at)) {
      const colour = rgba(getComputedStyle(at).backgroundColor);
      if (colour[3]! > 0) layers.push(colour);
      if (colour[3] === 1) break;
    }
    let result = [255, 255, 255, 1];
    for (const layer of layers.reverse()) result = over(layer, result);
    return result;
  };
  const luminance = (colour: number[]) => {
    const [r, g, b] = [0, 1, 2].map((i) => {
      const c = colour[i]! / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  return all
    .filter(
      (element) =>
        [...element.childNodes].some(
          (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
        ) && shown(element),
    )
    .map((element) => {
      const style = getComputedStyle(element);
      const background = behind(element);
      const ink = over(rgba(style.color), background);
      const [light, dark] = [luminance(ink), luminance(background)].sort((a, b) => b - a);
      return {
        text: describe(element),
        ratio: (light! + 0.05) / (dark! + 0.05),
        fontSize: Number.parseFloat(style.fontSize),
        color: style.color,
        background: `rgb(${background.slice(0, 3).map(Math.round).join(', ')})`,
      };
    });
}

function ask(page: Page, question: Question): Promise<unknown> {
  return page.evaluate(inspectWall, question);
}

/** Every visible thing that can be tapped, with its size on the screen. */
export function tapTargets(page: Page): Promise<TargetBox[]> {
  return ask(page, 'targets') as Promise<TargetBox[]>;
}

/** The selectors of every style rule that reacts to hover. */
export function hoverRules(page: Page): Promise<string[]> {
  return ask(page, 'hover') as Promise<string[]>;
}

/** Animations and transitions playing now. */
export function runningAnimations(page: Page): Promise<string[]> {
  return ask(page, 'animations') as Promise<string[]>;
}

/** Every visible piece of text with its contrast against what is behind it. */
export function textContrasts(page: Page): Promise<TextContrast[]> {
  return ask(page, 'contrast') as Promise<TextContrast[]>;
}

export function wallLayout(page: Page): Promise<WallLayout> {
  return ask(page, 'layout') as Promise<WallLayout>;
}

/** The keys of the wall's plain copies in the page's localStorage (ui/plain-copy.ts). */
export function plainCopyKeys(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith('houseboard.plainCopy.')),
  );
}

/** The wall's last look, as the page keeps it (kiosk/wall-copy.ts); null when it keeps none. */
export function wallCopyKept(page: Page): Promise<string | null> {
  return page.evaluate(() => localStorage.getItem('houseboard.wallCopy'));
}
