// One localisation layer for every word the screens show. English is the source and comes with
// every screen; another language's messages (messages/es/) load the first time a screen speaks
// it, and the screens switch to it only once its words are here, so no screen ever shows a key
// or half its words in each language. The house picks its language; a phone may pick another.
import type * as Y from 'yjs';
import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  type Language,
  observeSettings,
  readSettings,
} from '../../board/index.ts';
import type { Vars } from './define.ts';
import { english, type MessageKey, type Translation } from './english.ts';

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

/** The languages whose words load later, each a chunk of its own. */
const LATER: Record<Exclude<Language, 'en'>, () => Promise<Translation>> = {
  es: () => import('./spanish.ts').then((loaded) => loaded.spanish),
};
const loaded: Partial<Record<Language, Translation>> = { en: english };
const loading = new Map<Language, Promise<void>>();

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

/**
 * Fetches a language's words once (later calls share the fetch); English is always here. A
 * fetch that fails (no connection, no kept copy) is forgotten, so the next wish tries again.
 */
export function loadLanguage(next: Language): Promise<void> {
  if (loaded[next]) return Promise.resolve();
  let load = loading.get(next);
  if (!load) {
    load = LATER[next as Exclude<Language, 'en'>]().then(
      (words) => {
        loaded[next] = words;
      },
      (error: unknown) => {
        loading.delete(next);
        throw error;
      },
    );
    loading.set(next, load);
  }
  return load;
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
  if (loaded[next]) {
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
 */
export function languageReady(): Promise<void> {
  const next = wanted();
  if (loaded[next]) {
    shown = next;
    return Promise.resolve();
  }
  const waited = new Promise<void>((resolve) => setTimeout(resolve, WAIT_FOR_WORDS_MS));
  return Promise.race([loadLanguage(next).catch(() => undefined), waited]).then(() =>
    follow(false),
  );
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
  const message = loaded[shown]?.[key] ?? english[key];
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

// A screen that spoke another language last time (or that this phone chose) waits for its words
// before anything on the page draws: its first paint is already in that language. English never
// waits. The words' chunk imports nothing, so this wait cannot wait on itself.
if (wanted() !== 'en') await languageReady();
