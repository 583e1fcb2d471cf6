// Compresses the built screens once, at build time, so a small server (a Raspberry Pi on Wi-Fi)
// sends brotli or gzip without compressing anything per request: beside each page, script, style
// and icon worth it lies `<file>.br` and `<file>.gz`, which static-files.ts serves by the
// browser's Accept-Encoding. Node's own zlib does both; nothing to install.
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

/** What compresses well: text. PNGs and the icon file are compressed already. */
const COMPRESSIBLE = /\.(html|js|mjs|css|svg|json|webmanifest|txt)$/;
/** Below this, the headers cost about what compressing saves. */
const SMALLEST = 256;
/** A copy is kept only when it is at most this share of the file. */
const WORTH_IT = 0.9;

export const ENCODED = { br: '.br', gzip: '.gz' } as const;
export type Encoding = keyof typeof ENCODED;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Every file compressed here is text (COMPRESSIBLE). */
function compress(encoding: Encoding, bytes: Buffer): Promise<Buffer> {
  if (encoding === 'gzip') return gzip(bytes, { level: zlib.constants.Z_BEST_COMPRESSION });
  return brotli(bytes, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

function* builtFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* builtFiles(file);
    else if (entry.isFile() && COMPRESSIBLE.test(entry.name)) yield file;
  }
}

/** Writes `.br` and `.gz` beside every file in `dir` worth compressing; returns how many. */
export async function precompress(dir: string): Promise<number> {
  let written = 0;
  for (const file of builtFiles(dir)) {
    const bytes = fs.readFileSync(file);
    for (const [encoding, suffix] of Object.entries(ENCODED) as Array<[Encoding, string]>) {
      const target = `${file}${suffix}`;
      fs.rmSync(target, { force: true }); // never leave a copy of an older build beside it
      if (bytes.length < SMALLEST) continue;
      const packed = await compress(encoding, bytes);
      if (packed.length > bytes.length * WORTH_IT) continue;
      fs.writeFileSync(target, packed);
      written += 1;
    }
  }
  return written;
}

/** Vite: compresses what the build wrote, once it has all been written. */
export function precompressPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'houseboard-precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await precompress(outDir);
    },
  };
}
