// One localisation layer for every word the screens show. English is the source; the words come
// in parts (words/*.ts): the board's, which every screen shows, come with every screen's first
// code, and each screen adds its own parts as it opens them (`wordsFor`), its first one before
// its first paint. Another language's words (words/es/) load for each part the screen has, and
// the screens switch to it only once they are all here, so no screen ever shows a key or half
// its words in each language. The house picks its language; a phone may pick another.
import type * as Y from 'yjs';
import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  type Language,
  observeSettings,
  readSettings,
} from '../../board/index.ts';
import type { Catalog, Vars } from './define.ts';
import type { MessageKey } from './english.ts';
import { words as board } from './words/board.ts';

export type { Catalog, Message, Vars } from './define.ts';
export type { MessageKey } from './english.ts';

/** The BCP 47 tag `Intl` formats dates and numbers with, for each language. */
export const LOCALE_TAGS: Record<Language, string> = { en: 'en-GB', es: 'es-ES' };

/** Each language's own name for itself, for pickers. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

const DEVICE_KEY = 'hb-language';
/** The house's language as this screen last saw it, so a reload speaks it from the first paint. */
const HOUSE_KEY = 'hb-house-language';
/** How long a screen waits for its language's words before it starts in English anyway. */
const WAIT_FOR_WORDS_MS = 3_000;

type Words = Partial<Record<MessageKey, Catalog[string]>>;

/** Each part's words in the languages that load later, each a chunk of its own. */
const LATER = {
  es: {
    board: () => import('./words/es/board.ts').then((part) => part.words),
    wall: () => import('./words/es/wall.ts').then((part) => part.words),
    night: () => import('./words/es/night.ts').then((part) => part.words),
    phone: () => import('./words/es/phone.ts').then((part) => part.words),
    phoneLater: () => import('./words/es/phone-later.ts').then((part) => part.words),
  },
} satisfies Record<Exclude<Language, 'en'>, Record<string, () => Promise<Words>>>;

/** A part of the screens' words (words/*.ts), loaded when a screen first shows it. */
export type WordsPart = keyof (typeof LATER)['es'];

/** The words here, by language, and which parts they hold. */
const loaded: Record<Language, Words> = { en: { ...board }, es: {} };
const have: Record<Language, Set<WordsPart>> = { en: new Set(['board']), es: new Set() };
/** The parts this screen has opened: the language it speaks has the words of every one. */
const needed = new Set<WordsPart>(['board']);
const loading = new Map<string, Promise<void>>();

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function readStored(key: string): Language | undefined {
  try {
    const stored = globalThis.localStorage?.getItem(key);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

function store(key: string, value: Language | undefined): void {
  try {
    if (value) localStorage.setItem(key, value);
    else localStorage.removeItem(key);
  } catch {
    // A private window may refuse storage; the choice then lasts until the page closes.
  }
}

let houseChoice: Language = readStored(HOUSE_KEY) ?? DEFAULT_LANGUAGE;
let deviceLanguage: Language | undefined = readStored(DEVICE_KEY);
/** The language whose words the screens show now: the one wanted, once its words are here. */
let shown: Language = 'en';

/** Fetches one part's words in a language once; a failed fetch is forgotten and tried again. */
function loadPart(next: Exclude<Language, 'en'>, part: WordsPart): Promise<void> {
  const name = `${next}:${part}`;
  let load = loading.get(name);
  if (!load) {
    load = LATER[next][part]().then(
      (words) => {
        Object.assign(loaded[next], words);
        have[next].add(part);
      },
      (error: unknown) => {
        loading.delete(name);
        throw error;
      },
    );
    loading.set(name, load);
  }
  return load;
}

/** Whether every part this screen has opened is here in `next`. */
function ready(next: Language): boolean {
  return [...needed].every((part) => have[next].has(part));
}

/**
 * Fetches a language's words for every part the screen has opened (later calls share the
 * fetches); English is always here. Rejects if a part could not be fetched.
 */
export function loadLanguage(next: Language): Promise<void> {
  if (next === 'en') return Promise.resolve();
  return Promise.all([...needed].map((part) => loadPart(next, part))).then(() => undefined);
}

/**
 * The words of a part of the screens, before it draws: its English (which comes with the part's
 * own code) and, on a screen that speaks another language, that language's words for it (up to a
 * few seconds; without them the whole screen speaks English, never half of it). A module that
 * draws these words awaits it at its top, so its elements exist only once their words are here.
 * A screen still on its way to another language gets the part's words in that one too, and
 * switches once every part it has opened has them.
 */
export function wordsFor(part: WordsPart, english: Words): Promise<void> {
  if (!needed.has(part)) {
    Object.assign(loaded.en, english);
    have.en.add(part);
    needed.add(part);
  }
  if (!ready(shown)) return languageReady();
  if (!ready(wanted())) follow(false);
  return Promise.resolve();
}

/** The language the screens speak now: this device's own choice, else the house's. */
export function language(): Language {
  return shown;
}

/** The language this screen wants: this device's own choice, else the house's. */
function wanted(): Language {
  return deviceLanguage ?? houseChoice;
}

/**
 * Speaks the wanted language: at once when its words are here, else once they have loaded (if
 * it is still wanted then). Until then the screens keep the language they speak.
 */
function follow(announceAnyway: boolean): void {
  const next = wanted();
  if (ready(next)) {
    const changed = next !== shown;
    shown = next;
    if (changed || announceAnyway) announce();
    return;
  }
  if (announceAnyway) announce();
  loadLanguage(next).then(
    () => {
      if (wanted() === next) follow(false);
    },
    () => {
      // Without its words the screen stays in the language it speaks; a later wish tries again.
    },
  );
}

/**
 * Resolves once the screen speaks the language it wants, or after a few seconds without its
 * words: a screen awaits it before its first paint, so a Spanish house never sees English first.
 * A part opened without the words of the language shown turns the whole screen to English.
 */
export async function languageReady(): Promise<void> {
  const next = wanted();
  if (!ready(next)) {
    const waited = new Promise<void>((resolve) => setTimeout(resolve, WAIT_FOR_WORDS_MS));
    await Promise.race([loadLanguage(next).catch(() => undefined), waited]);
  }
  if (!ready(shown)) {
    shown = 'en';
    announce();
  }
  follow(false);
}

/** The house's language, from its settings, whatever this device chose. */
export function houseLanguage(): Language {
  return houseChoice;
}

/** The language this device chose for itself, if it did. */
export function deviceLanguageChoice(): Language | undefined {
  return deviceLanguage;
}

export function locale(): string {
  return LOCALE_TAGS[language()];
}

/** The house's language, from its settings; the kiosk follows it, phones unless they chose. */
export function setHouseLanguage(next: Language): void {
  houseChoice = next;
  store(HOUSE_KEY, next);
  follow(false);
}

/**
 * Keeps the screens in the house's language as its settings document changes (both screens
 * call it once they open the board); returns the way to stop.
 */
export function followHouseLanguage(settings: Y.Doc): () => void {
  // A settings document with nothing in it yet (before the device's copy or the server's has
  // loaded) says nothing about the language: its defaults would flash English in a Spanish house.
  const follow = () => {
    if (settings.store.clients.size > 0) setHouseLanguage(readSettings(settings).language);
  };
  follow();
  return observeSettings(settings, follow);
}

/** A phone's own choice, kept on the phone; undefined goes back to the house's language. */
export function setDeviceLanguage(next: Language | undefined): void {
  const before = deviceLanguage;
  deviceLanguage = next;
  store(DEVICE_KEY, next);
  // Even when the words stay the same, the picker shows the new choice.
  follow(next !== before);
}

/** The message `key` in the current language, with `vars` put in. */
export function t(key: MessageKey, vars: Vars = {}): string {
  const message = loaded[shown][key] ?? loaded.en[key];
  // Never reached on a screen: each part's words are here before it draws (wordsFor).
  if (message === undefined) return key;
  if (typeof message === 'function') return message(vars);
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

let titleKey: MessageKey | undefined;

/** The page's title (the browser tab's name), kept in the current language. */
export function setTitle(key: MessageKey): void {
  titleKey = key;
  document.title = t(key);
}

/** Fired on `window` when the language changes; every screen on the page renders again. */
export const LANGUAGE_CHANGE = 'hb-language-change';

function announce(): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language();
  if (titleKey) document.title = t(titleKey);
  renderAgain(document);
  window.dispatchEvent(new Event(LANGUAGE_CHANGE));
}

/** Asks every Lit element on the page, inside shadow roots too, to render again. */
function renderAgain(root: Document | ShadowRoot): void {
  for (const element of root.querySelectorAll('*')) {
    const lit = element as Element & { requestUpdate?: () => void };
    if (typeof lit.requestUpdate === 'function') lit.requestUpdate();
    if (element.shadowRoot) renderAgain(element.shadowRoot);
  }
}
