// The README's own example configurations, read from README.md, so a test runs the text a
// person copies rather than a copy of it that could drift.
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/server-process.ts';

/** The fenced block in the README section headed `heading` that contains `marker`. */
export function readmeExample(heading: string, marker: string): string {
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(`## ${heading}\n`);
  const end = readme.indexOf('\n## ', start + 3);
  const section = start === -1 ? '' : readme.slice(start, end === -1 ? undefined : end);
  const block = [...section.matchAll(/```[a-z]*\n([\s\S]*?)```/g)]
    .map((match) => match[1] ?? '')
    .find((text) => text.includes(marker));
  if (!block) throw new Error(`README.md has no example with "${marker}" under "${heading}"`);
  return block;
}
