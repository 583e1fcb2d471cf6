// The ES module hook preload.cjs registers: notes each module's URL before it loads.
import fs from 'node:fs';

export async function load(url, context, next) {
  fs.appendFileSync(process.env.HOUSEBOARD_LOADED_LOG, `${url}\n`);
  return next(url, context);
}
