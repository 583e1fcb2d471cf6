// A fresh directory under the machine's temp folder, for a data dir, a redis-server's AOF or a
// scratch copy: each test and bench run gets its own, and removes it when it is done.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A new empty directory named `<prefix>XXXXXX` in the temp folder. */
export function tempDir(prefix = 'houseboard-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
