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
    },
  },
});
