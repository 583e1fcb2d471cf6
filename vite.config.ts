// Builds the two screens — the phone app and the wall kiosk — into dist/, which the server serves.
import { defineConfig } from 'vite';
import { faviconPlugin } from './client/install/favicon-plugin.ts';
import { installPlugin } from './client/install/install-plugin.ts';
import { precompressPlugin } from './server/precompress.ts';

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
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
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
    },
  },
});
