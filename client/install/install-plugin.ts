// Makes the phone app installable at build time: a web app manifest and icons under /install/,
// and /sw.js — the service worker, compiled on its own, told this build's cache name and the
// phone app's files (its page, every script and style it loads, the manifest and icons).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Plugin, type Rollup, transformWithEsbuild } from 'vite';
import { appColors } from '../../ui/theme.ts';
import { iconPng, iconSvg } from './icons.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const MANIFEST_PATH = '/install/manifest.webmanifest';
const ICON_SIZES = [192, 512] as const;
const ICON_COLORS = { background: appColors.done, house: appColors.card };

function manifest() {
  return {
    name: 'House board',
    short_name: 'House board',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: appColors.page,
    theme_color: appColors.page,
    icons: [
      { src: '/install/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ...ICON_SIZES.map((size) => ({
        src: `/install/icon-${size}.png`,
        sizes: `${size}x${size}`,
        type: 'image/png',
        purpose: 'any maskable',
      })),
    ],
  };
}

/** Every built file the entry `name` loads, as the addresses the server serves them at. */
function filesOfEntry(bundle: Rollup.OutputBundle, name: string): string[] {
  const chunks = Object.values(bundle).filter(
    (item): item is Rollup.OutputChunk => item.type === 'chunk',
  );
  const entry = chunks.find((chunk) => chunk.isEntry && chunk.name === name);
  if (!entry) throw new Error(`the build has no "${name}" entry for the service worker`);
  const files = new Set<string>();
  const visit = (chunk: Rollup.OutputChunk | undefined) => {
    if (!chunk || files.has(chunk.fileName)) return;
    files.add(chunk.fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
    for (const asset of chunk.viteMetadata?.importedAssets ?? []) files.add(asset);
    for (const next of [...chunk.imports, ...chunk.dynamicImports]) {
      visit(chunks.find((c) => c.fileName === next));
    }
  };
  visit(entry);
  return [...files].map((file) => `/${file}`);
}

export function installPlugin(options: { entry: string; page: string }): Plugin {
  return {
    name: 'houseboard-install',
    apply: 'build',
    transformIndexHtml(_html, context) {
      if (context.path !== `/${options.page}`) return;
      return [
        { tag: 'link', attrs: { rel: 'manifest', href: MANIFEST_PATH }, injectTo: 'head' },
        {
          tag: 'link',
          attrs: { rel: 'apple-touch-icon', href: '/install/icon-192.png' },
          injectTo: 'head',
        },
      ];
    },
    async generateBundle(_output, bundle) {
      const emit = (fileName: string, source: string | Uint8Array) =>
        this.emitFile({ type: 'asset', fileName, source });
      emit('install/manifest.webmanifest', JSON.stringify(manifest(), null, 2));
      emit('install/icon.svg', iconSvg(ICON_COLORS));
      for (const size of ICON_SIZES) emit(`install/icon-${size}.png`, iconPng(size, ICON_COLORS));

      const page = bundle[options.page];
      const shell = [
        '/',
        ...filesOfEntry(bundle, options.entry),
        MANIFEST_PATH,
        '/install/icon.svg',
        ...ICON_SIZES.map((size) => `/install/icon-${size}.png`),
      ];
      const worker = fs.readFileSync(path.join(HERE, 'service-worker.ts'), 'utf8');
      // A new build — new files or a changed page — gets a new cache; the old one is deleted.
      const version = crypto
        .createHash('sha256')
        .update(JSON.stringify(shell))
        .update(page?.type === 'asset' ? page.source : '')
        .update(worker)
        .digest('hex')
        .slice(0, 12);
      const constants = [
        `const CACHE_NAME = ${JSON.stringify(`houseboard-${version}`)};`,
        `const SHELL_FILES = ${JSON.stringify(shell)};`,
      ].join('\n');
      const compiled = await transformWithEsbuild(worker, 'service-worker.ts', {
        loader: 'ts',
        target: 'es2022',
        minify: true,
      });
      emit('sw.js', `${constants}\n${compiled.code}`);
    },
  };
}
