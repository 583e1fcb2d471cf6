// Builds the two screens — the phone app and the wall kiosk — into dist/, which the server serves.
import { defineConfig } from 'vite';
import { installPlugin } from './client/install/install-plugin.ts';

export default defineConfig({
  root: '.',
  base: '/',
  // The screens reach the server at the page's own origin; nothing to copy from public/.
  publicDir: false,
  // The phone app installs: manifest, icons and a service worker for its app shell.
  plugins: [installPlugin({ entry: 'phone', page: 'client/index.html' })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: { phone: 'client/index.html', kiosk: 'kiosk/index.html' },
    },
  },
});
