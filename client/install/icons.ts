// The board's app icon: a house on the house's green, as SVG and as the PNG sizes phones ask
// for. Drawn from one shape so both always match; the PNGs are encoded here with node:zlib at
// build time, with nothing to install.
import zlib from 'node:zlib';

/** On a 512 grid: the roof, the walls and the door, inside the middle 80% a mask may keep. */
const ROOF = { left: 112, right: 400, eaves: 248, ridge: 120 };
const WALLS = { left: 152, right: 360, top: 248, bottom: 400 };
const DOOR = { left: 228, right: 284, top: 304, bottom: 400 };

export interface IconColors {
  background: string;
  house: string;
}

export function iconSvg(colors: IconColors): string {
  const roof = `${ROOF.left},${ROOF.eaves} 256,${ROOF.ridge} ${ROOF.right},${ROOF.eaves}`;
  const rect = (r: typeof WALLS, fill: string) =>
    `<rect x="${r.left}" y="${r.top}" width="${r.right - r.left}" height="${r.bottom - r.top}" fill="${fill}"/>`;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">',
    `<rect width="512" height="512" fill="${colors.background}"/>`,
    `<polygon points="${roof}" fill="${colors.house}"/>`,
    rect(WALLS, colors.house),
    rect(DOOR, colors.background),
    '</svg>',
  ].join('');
}

function inside(r: typeof WALLS, x: number, y: number): boolean {
  return x >= r.left && x < r.right && y >= r.top && y < r.bottom;
}

function onHouse(x: number, y: number): boolean {
  if (inside(DOOR, x, y)) return false;
  if (inside(WALLS, x, y)) return true;
  if (y < ROOF.ridge || y >= ROOF.eaves) return false;
  const half = ((y - ROOF.ridge) / (ROOF.eaves - ROOF.ridge)) * ((ROOF.right - ROOF.left) / 2);
  return Math.abs(x - 256) <= half;
}

function rgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 255] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** The icon as a `size`×`size` PNG (8-bit RGB). */
export function iconPng(size: number, colors: IconColors): Buffer {
  const background = rgb(colors.background);
  const house = rgb(colors.house);
  const rows = Buffer.alloc(size * (1 + size * 3));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 3); // each row starts with filter type 0
    for (let x = 0; x < size; x++) {
      const color = onHouse(((x + 0.5) * 512) / size, ((y + 0.5) * 512) / size)
        ? house
        : background;
      rows.set(color, row + 1 + x * 3);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * The icon as a Windows icon file (`favicon.ico`) holding one PNG per size: what old browsers
 * and bookmark tools ask for. Each entry is 16 bytes: width and height (0 means 256), no
 * palette, one colour plane, 32 bits, then the PNG's length and where it starts.
 */
export function iconIco(sizes: readonly number[], colors: IconColors): Buffer {
  const pngs = sizes.map((size) => iconPng(size, colors));
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1: an icon (2 would be a cursor)
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length + 16 * pngs.length;
  const entries = pngs.map((png, i) => {
    const size = sizes[i]!;
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs]);
}
