// The wall's join code is read by a phone's camera: drawn from qrRuns, every address a house can
// have comes back out of a real QR reader (jsQR) exactly as it went in.
import jsQR from 'jsqr';
import { describe, expect, test } from 'vitest';
import { qrRuns } from '../../ui/parts/qr-code.ts';

/** Pixels per module, and the light border a reader needs, as the wall draws it. */
const SCALE = 4;
const QUIET = 4;

/** The code as an RGBA image: dark runs on white. */
function image(text: string): { data: Uint8ClampedArray; side: number } {
  const { size, runs } = qrRuns(text);
  const side = (size + 2 * QUIET) * SCALE;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const run of runs)
    for (let dy = 0; dy < SCALE; dy++)
      for (let dx = 0; dx < run.width * SCALE; dx++) {
        const x = (run.x + QUIET) * SCALE + dx;
        const y = (run.y + QUIET) * SCALE + dy;
        data.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
      }
  return { data, side };
}

function read(text: string): string | undefined {
  const { data, side } = image(text);
  return jsQR(data, side, side)?.data;
}

describe('the join code', () => {
  test.each([
    'http://192.168.1.20:8080/join#K7Q2-PL4M',
    'https://board.example.org/join#Ab3_x-9ZqLmN0pQrStUvWxYz0123456789abcdEFGH',
    'HTTP://BOARD/JOIN', // only the characters of the alphanumeric mode
    '123456789012',
    'https://casa-del-árbol.example/join#código', // beyond ASCII
  ])('%s reads back as it was written', (text) => {
    expect(read(text)).toBe(text);
  });

  test('a long address still makes a code that reads back', () => {
    const text = `https://board.example.org/join#${'x'.repeat(400)}`;
    expect(read(text)).toBe(text);
  });
});
