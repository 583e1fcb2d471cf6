// Lists every module a process loads, for test/server/built-server.test.ts: started with
// `node --require <this file>` and HOUSEBOARD_LOADED_LOG set to a file, it writes there the URL of
// each ES module as it loads (hooks.mjs) and, as the process exits, every CommonJS file in
// require.cache (those a package requires from inside, which the ES hooks never see).
const fs = require('node:fs');
const path = require('node:path');
const { register } = require('node:module');
const { pathToFileURL } = require('node:url');

const log = process.env.HOUSEBOARD_LOADED_LOG;
if (log) {
  register(pathToFileURL(path.join(__dirname, 'hooks.mjs')));
  process.on('exit', () => {
    fs.appendFileSync(log, `${Object.keys(require.cache).join('\n')}\n`);
  });
}
