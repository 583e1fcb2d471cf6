// A house's documents. The permission boundary is the document boundary: everyone writes the
// board, staff write the staff document, admins write the settings.

export const DOC_KINDS = ['board', 'staff', 'settings'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

export function isDocKind(value: string): value is DocKind {
  return (DOC_KINDS as readonly string[]).includes(value);
}

/** House ids: shorter than item ids, since they appear in every document name. */
export const HOUSE_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** The name a document goes by on the wire and in the store: `<house>/<kind>`. */
export function docName(houseId: string, kind: DocKind): string {
  return `${houseId}/${kind}`;
}

export function parseDocName(name: string): { houseId: string; kind: DocKind } | undefined {
  const [houseId, kind, ...rest] = name.split('/');
  if (rest.length || !houseId || !kind || !HOUSE_ID_PATTERN.test(houseId) || !isDocKind(kind)) {
    return undefined;
  }
  return { houseId, kind };
}
