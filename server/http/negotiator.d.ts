// The part of `negotiator` (express's own content negotiation, already under it) that
// static-files.ts uses: the encodings a request accepts, best first, ties broken our way.
declare module 'negotiator' {
  export default class Negotiator {
    constructor(request: { headers: Record<string, string | string[] | undefined> });
    encodings(available?: string[], options?: { preferred?: string[] }): string[];
  }
}
