// How the server is bundled for Node (scripts/build.mjs), and the reference server for the same
// comparison (bench/idle-server.ts): ES modules for Node 20, packages from node_modules left as
// imports, with source maps.
export const NODE_BUNDLE = {
  bundle: true,
  packages: 'external',
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  logLevel: 'warning',
};
