// How an area of the screens writes its messages, in every language.
import type { Language } from '../../board/index.ts';

export type Vars = Record<string, string | number>;
/** A sentence, with {name} for each value put in, or a function for plurals and the like. */
export type Message = string | ((vars: Vars) => string);
export type Catalog = Record<string, Message>;

/** An area's messages: Spanish must give exactly the messages English has. */
export function messages<const E extends Catalog>(
  en: E,
  es: { [K in keyof E]: Message },
): Record<Language, { [K in keyof E]: Message }> {
  return { en, es };
}
