// Builds the two screens — the phone app and the wall kiosk — into dist/, which the server serves.
import { visualizer } from 'rollup-plugin-visualizer';
import { defineConfig, type Plugin, type PluginOption } from 'vite';
import { faviconPlugin } from './client/install/favicon-plugin.ts';
import { installPlugin } from './client/install/install-plugin.ts';
import { precompressPlugin } from './server/precompress.ts';

/** Where `npm run build:report` writes what each module weighs: outside dist/, never served. */
export const BUNDLE_REPORT_DIR = 'test-output/bundle-report';

/** With BUNDLE_REPORT=1, a treemap to open and the same figures as JSON for a script to read. */
function bundleReport(): PluginOption[] {
  if (!process.env.BUNDLE_REPORT) return [];
  return (['treemap', 'raw-data'] as const).map((template) =>
    visualizer({
      filename: `${BUNDLE_REPORT_DIR}/${template === 'treemap' ? 'treemap.html' : 'modules.json'}`,
      template,
      gzipSize: true,
      brotliSize: false,
    }),
  );
}

/**
 * Yjs prints two warnings through lib0/logging, which brings lib0's whole schema library and
 * terminal colours with it (about 4 KB gzipped on every screen). The screens get the console's own
 * print and warn in its place, with the colour marks left out.
 */
function consoleLogging(): Plugin {
  const id = '\0houseboard-lib0-logging';
  return {
    name: 'houseboard-lib0-logging',
    apply: 'build',
    enforce: 'pre',
    resolveId: (source) => (source === 'lib0/logging' ? id : undefined),
    load: (loading) =>
      loading === id
        ? [
            'export const BOLD = "", UNBOLD = "", RED = "", ORANGE = "", GREEN = "", BLUE = "",',
            '  GREY = "", PURPLE = "", UNCOLOR = "";',
            'const words = (args) => args.filter((arg) => arg !== "");',
            'export const print = (...args) => console.log(...words(args));',
            'export const warn = (...args) => console.warn(...words(args));',
          ].join('\n')
        : undefined,
  };
}

export default defineConfig({
  root: '.',
  base: '/',
  // The screens reach the server at the page's own origin; nothing to copy from public/.
  publicDir: false,
  // The phone app installs: manifest, icons and a service worker for its app shell. Both screens
  // share the site's icon, and everything is compressed once here, not on every request.
  plugins: [
    installPlugin({ entry: 'phone', page: 'client/index.html' }),
    faviconPlugin(),
    precompressPlugin(),
    consoleLogging(),
    ...bundleReport(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The screens' browsers preload modules themselves; a phone without it loads them in turn.
    modulePreload: { polyfill: false },
    // dist/.vite/manifest.json says which chunks each page loads first: the size budget reads it.
    manifest: true,
    rollupOptions: {
      input: { phone: 'client/index.html', kiosk: 'kiosk/index.html' },
      // zod 4 puts an explanatory comment between `@__PURE__` and the call it marks; Rollup warns
      // it cannot read the annotation and drops the comment, on every build. Only that warning,
      // only from zod, is silenced: the call is still bundled correctly.
      onwarn(warning, warn) {
        if (
          warning.code === 'INVALID_ANNOTATION' &&
          /[\\/]node_modules[\\/]zod[\\/]/.test(warning.id ?? '')
        )
          return;
        warn(warning);
      },
      // Parts loaded on demand share small modules; fold chunks under 1.5 KB into the chunk that
      // already loads them, so a page asks for fewer tiny files. Rollup may fold a small chunk into
      // one a page loads without needing it: at 20 KB the wall's first board loaded the phone's
      // offers panel and the board's write rules that way, and at 8 KB both screens' first code
      // carried the phone's Spanish words and the night view's (the budget in .ci/run notices).
      output: {
        experimentalMinChunkSize: 1_500,
        // Yjs and the device's IndexedDB copy in one file of their own, loaded after a screen's
        // first paint from its plain copy (ui/plain-copy.ts); a test holds it back by this name.
        manualChunks: (id) =>
          /[\\/]node_modules[\\/](yjs|y-indexeddb)[\\/]/.test(id) ? 'yjs' : undefined,
      },
    },
  },
});
