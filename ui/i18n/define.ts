// How an area of the screens writes its messages: English in messages/<area>.ts, and each other
// language in messages/<language>/<area>.ts, which the type checker holds to the same keys.
export type Vars = Record<string, string | number>;
/** A sentence, with {name} for each value put in, or a function for plurals and the like. */
export type Message = string | ((vars: Vars) => string);
export type Catalog = Record<string, Message>;

/** Another language's messages for an English area: exactly the messages English has. */
export type Translated<English extends Catalog> = { [K in keyof English]: Message };
