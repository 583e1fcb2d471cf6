// One localisation layer for every word the screens show. English is the source; each area of
// the screens defines its messages in every language with `messages()`, and the type checker
// names any message a language lacks. The house picks its language; a phone may pick another.
import type * as Y from 'yjs';
import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  type Language,
  observeSettings,
  readSettings,
} from '../../board/index.ts';
import { catalog, type MessageKey } from './catalog.ts';
import type { Vars } from './define.ts';

export type { MessageKey } from './catalog.ts';
export type { Catalog, Message, Vars } from './define.ts';
export { messages } from './define.ts';

/** The BCP 47 tag `Intl` formats dates and numbers with, for each language. */
export const LOCALE_TAGS: Record<Language, string> = { en: 'en-GB', es: 'es-ES' };

/** Each language's own name for itself, for pickers. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

const DEVICE_KEY = 'hb-language';
let houseChoice: Language = DEFAULT_LANGUAGE;
let deviceLanguage: Language | undefined = readDeviceLanguage();

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function readDeviceLanguage(): Language | undefined {
  try {
    const stored = globalThis.localStorage?.getItem(DEVICE_KEY);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** The language the screens speak now: this device's own choice, else the house's. */
export function language(): Language {
  return deviceLanguage ?? houseChoice;
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
  const before = language();
  houseChoice = next;
  if (language() !== before) announce();
}

/**
 * Keeps the screens in the house's language as its settings document changes (both screens
 * call it once they open the board); returns the way to stop.
 */
export function followHouseLanguage(settings: Y.Doc): () => void {
  const follow = () => setHouseLanguage(readSettings(settings).language);
  follow();
  return observeSettings(settings, follow);
}

/** A phone's own choice, kept on the phone; undefined goes back to the house's language. */
export function setDeviceLanguage(next: Language | undefined): void {
  const before = deviceLanguage;
  deviceLanguage = next;
  try {
    if (next) localStorage.setItem(DEVICE_KEY, next);
    else localStorage.removeItem(DEVICE_KEY);
  } catch {
    // A private window may refuse storage; the choice then lasts until the page closes.
  }
  // Even when the words stay the same, the picker shows the new choice.
  if (next !== before) announce();
}

/** The message `key` in the current language, with `vars` put in. */
export function t(key: MessageKey, vars: Vars = {}): string {
  const message = catalog[language()][key] ?? catalog.en[key];
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
