// The screens carry the board's schemas, so the board and the screens import zod only as
// zod/mini: its full build (methods on every schema, an English locale, JSON Schema output) was
// the largest part of the wall's JavaScript. The server may use the full build for itself.
import { readdirSync, readFileSync } from 'node:fs';

import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { personSchema } from '../../board/person-schema.ts';
import { firstProblem } from '../../board/records.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCREEN_CODE = ['board', 'ui', 'client', 'kiosk'];

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(folder, file));
}

/** Every module specifier a file imports from zod, as "file → specifier". */
function zodImports(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(/from\s+'(zod[^']*)'|import\(\s*'(zod[^']*)'\s*\)/g)].map(
    (match) => `${file} → ${match[1] ?? match[2]}`,
  );
}

describe("the screens' validators", () => {
  it('the board and the screens import zod only as zod/mini', () => {
    const imports = SCREEN_CODE.flatMap(sourceFiles).flatMap(zodImports);
    expect(imports.length).toBeGreaterThan(10);
    expect(imports.filter((line) => !line.endsWith('→ zod/mini'))).toEqual([]);
  });

  it("a refusal is one of the board's sentences even with no zod locale loaded", () => {
    // zod/mini loads no locale, so zod's own words are "Invalid input": never shown as is.
    const result = personSchema.safeParse({ name: 'Sam', nameDisplay: 'loud' });
    expect(result.success).toBe(false);
    const problem = firstProblem(result.error!);
    expect(problem.sentence).toEqual({ key: 'notRight' });
    expect(problem.field).toBe('nameDisplay');
    expect(problem.message).not.toMatch(/invalid|expected|received|zod/i);
  });
});
