// The site's icon for both screens, the wall and the phones: /favicon.svg for browsers that take
// SVG, and /favicon.ico (16, 32 and 48 pixel PNGs) for the rest and for anyone who asks for it
// by that name. The same house as the app icon, drawn by icons.ts at build time.
import type { Plugin } from 'vite';
import { appColors } from '../../ui/theme.ts';
import { iconIco, iconSvg } from './icons.ts';

const FAVICON_COLORS = { background: appColors.done, house: appColors.card };
export const FAVICON_SIZES = [16, 32, 48] as const;

export function faviconPlugin(): Plugin {
  return {
    name: 'houseboard-favicon',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'favicon.svg', source: iconSvg(FAVICON_COLORS) });
      this.emitFile({
        type: 'asset',
        fileName: 'favicon.ico',
        source: iconIco(FAVICON_SIZES, FAVICON_COLORS),
      });
    },
  };
}
