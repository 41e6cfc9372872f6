import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePostings, encodePostings } from './token-index';

const roundTrip = (postings: number[], rows: number) => {
  const { encoding, bytes } = encodePostings(postings, rows);
  return Array.from(decodePostings(encoding, bytes, postings.length));
};

describe('search postings', () => {
  it('keep every row of a word that nearly every operation holds, whatever the row count', () => {
    // 9 rows: the bitmap takes 2 bytes, the gaps of rows 0..8 would take 9; a word in every row must come back whole.
    for (const rows of [9, 13, 49_971]) {
      const all = Array.from({ length: rows }, (_, i) => i);
      expect(roundTrip(all, rows)).toEqual(all);
      const most = all.filter((i) => i % 50 !== 7);
      expect(roundTrip(most, rows)).toEqual(most);
    }
  });

  it('read back exactly the rows written, sparse or dense', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 3000 })
          .chain((rows) =>
            fc.tuple(fc.constant(rows), fc.uniqueArray(fc.integer({ min: 0, max: rows - 1 }), { maxLength: rows })),
          ),
        ([rows, rowsOfWord]) => {
          const sorted = [...rowsOfWord].sort((a, b) => a - b);
          expect(roundTrip(sorted, rows)).toEqual(sorted);
        },
      ),
    );
  });
});
