import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineIndex } from './dataset-lines';
import { decodeUtf8, firstInvalidUtf8 } from './dataset-utf8';

const enc = (s: string) => new TextEncoder().encode(s);

/** Random bytes, and lead bytes at the edges of UTF-8's ranges followed by bytes at the edges of theirs. */
const bytes = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 255 }).map((b) => [b]),
      fc.tuple(
        fc.constantFrom(0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf4, 0xf5),
        fc.array(fc.constantFrom(0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0), { maxLength: 3 }),
      ),
    ),
    { maxLength: 6 },
  )
  .map((parts) => new Uint8Array(parts.flat(2)));

describe('strict UTF-8', () => {
  it('finds a first invalid byte exactly when the strict decoder refuses the bytes', () => {
    fc.assert(
      fc.property(bytes, (bytes) => {
        let strictOk = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          strictOk = false;
        }
        expect(firstInvalidUtf8(bytes) === -1).toBe(strictOk);
      }),
      { numRuns: 3000 },
    );
  });

  it('names the line of the first invalid byte in text with Arabic and every kind of line break', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'ب', '٥', '😀', '\n', '\r\n', '\r', ','), maxLength: 30 }),
        fc.string({ unit: fc.constantFrom('a', 'ب', '\n'), maxLength: 10 }),
        fc.constantFrom([0xff], [0xc3], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0x80]),
        (before, after, bad) => {
          const bytes = new Uint8Array([...enc(before), ...bad, ...enc(after)]);
          expect(decodeUtf8(bytes)).toEqual({ badLine: lineIndex(before)(before.length) });
        },
      ),
    );
  });

  it('decodes valid UTF-8 and drops a byte order mark', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('lon,lat\nب')]))).toEqual({ text: 'lon,lat\nب' });
    expect(decodeUtf8(enc('a\r\nb\n\nc'))).toEqual({ text: 'a\r\nb\n\nc' });
  });

  it('refuses Latin-1 and UTF-16 files instead of guessing', () => {
    expect(decodeUtf8(new Uint8Array([0x61, 0x0a, 0x62, 0xe9, 0x0a]))).toEqual({ badLine: 2 });
    expect(decodeUtf8(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toEqual({ badLine: 1 });
  });
});
