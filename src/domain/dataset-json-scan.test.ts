import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { featureStarts } from './dataset-json-scan';

const ws = fc.string({ unit: fc.constantFrom(' ', '\n', '\r\n', '\r', '\t'), maxLength: 4 });

/** Values that look like features and would fool a tag search: the tag nested, in strings, or missing. */
const element = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.record({
    type: fc.constantFrom('Feature', 'feature', undefined),
    id: fc.string(),
    properties: fc.record({
      note: fc.constantFrom('"type": "Feature"', 'a "quoted" \\ line\nbreak', '{"features": [1, 2]}'),
      nested: fc.constant({ type: 'Feature', features: [{ type: 'Feature' }] }),
    }),
  }),
);

/** A FeatureCollection written with arbitrary layout, extra keys around `features`, maybe a decoy before it. */
const collection = fc.record({
  elements: fc.array(fc.tuple(element, fc.constantFrom(0, 2, '\t'), ws, ws), { maxLength: 6 }),
  before: fc.constantFrom('', '"type": "FeatureCollection", ', '"meta": {"features": [{"a": 1}]}, '),
  decoy: fc.boolean(),
  key: fc.constantFrom('"features"', '"\\u0066eatures"'),
  after: fc.constantFrom('', ', "type": "FeatureCollection"', ', "x": ["features", [1]]'),
  gap: ws,
});

describe('GeoJSON feature offsets', () => {
  it('finds where (offset and line) every element of the top-level features array starts, whatever it holds', () => {
    fc.assert(
      fc.property(collection, ({ elements, before, decoy, key, after, gap }) => {
        let text = `{${gap}${before}${decoy ? '"features": [{"type": "Feature"}],\n' : ''}${key}${gap}:${gap}[`;
        const expected: number[] = [];
        elements.forEach(([value, indent, lead, trail], i) => {
          text += lead;
          expected.push(text.length);
          text += JSON.stringify(value, null, indent) + trail + (i < elements.length - 1 ? ',' : '');
        });
        text += `]${after}${gap}}`;
        expect((JSON.parse(text) as { features: unknown[] }).features).toHaveLength(elements.length);
        const lines = expected.map((o) => (text.slice(0, o).match(/\r\n|\r|\n/g) ?? []).length + 1);
        expect(featureStarts(text)).toEqual({ offsets: expected, lines });
      }),
      { numRuns: 500 },
    );
  });
});
