// Which build of the screens this server serves, so a kiosk can tell when to reload.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function buildId(distDir: string): string {
  const hash = createHash('sha256');
  for (const page of ['client', 'kiosk']) {
    const file = path.join(distDir, page, 'index.html');
    if (fs.existsSync(file)) hash.update(fs.readFileSync(file));
  }
  return hash.digest('hex').slice(0, 12);
}
