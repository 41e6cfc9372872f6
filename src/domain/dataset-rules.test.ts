import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dateIssues, placeIssues, ruleIssues, urlIssue } from './dataset-rules';
import { parseGovernorates } from './geo';
import { makeOp } from './test-ops';

const govs = parseGovernorates(JSON.parse(readFileSync('data/basemap/syria-adm1.geojson', 'utf8')));
const ctx = { govs, today: '2026-11-27' };
const codes = (issues: { code: string; field: string }[]) => issues.map((i) => `${i.field} ${i.code}`);

describe('place rules', () => {
  it('accepts a point inside the governorate it names', () => {
    expect(placeIssues([40.45232, 35.0865], 'SY-DY', govs)).toEqual([]);
  });

  it('refuses a point outside Syria even when a governorate is named', () => {
    expect(placeIssues([44.4, 33.3], 'SY-DY', govs)).toEqual([
      { code: 'outsideSyria', field: 'geometry.coordinates', point: '44.4, 33.3', km: expect.closeTo(337, 0) },
    ]);
  });

  it('allows a point up to 1 km outside the coarse border polygons, not 2.7 km', () => {
    expect(placeIssues([41.22, 37.07], 'SY-HA', govs)).toEqual([]);
    expect(codes(placeIssues([41.22, 37.1], 'SY-HA', govs))).toEqual(['geometry.coordinates outsideSyria']);
  });

  it('refuses an unknown governorate code, listing the known ones', () => {
    const [issue] = placeIssues([40.45232, 35.0865], 'SY-XX', govs);
    expect(issue).toMatchObject({ code: 'unknownGovernorate', value: 'SY-XX' });
    expect(issue.code === 'unknownGovernorate' && issue.known).toHaveLength(14);
  });

  it('reports a governorate that does not contain the point, with the one that does', () => {
    expect(placeIssues([40.55756, 36.42752], 'SY-DY', govs)).toEqual([
      {
        code: 'notInGovernorate',
        field: 'properties.governorate',
        value: 'SY-DY',
        point: '40.55756, 36.42752',
        actual: 'SY-HA',
      },
    ]);
  });

  it('allows a point near the line between two governorates (0.6 km), not farther (2.2 km)', () => {
    expect(placeIssues([40.8, 35.61], 'SY-DY', govs)).toEqual([]);
    expect(codes(placeIssues([40.8, 35.625], 'SY-DY', govs))).toEqual(['properties.governorate notInGovernorate']);
  });
});

describe('date rules (as in the data build)', () => {
  const props = (p: Record<string, unknown>) => ({ ...makeOp({ id: 'x' }).properties, ...p });

  it('refuses a date after today, and accepts today', () => {
    expect(codes(dateIssues(props({ date: '2026-11-28', year: 2026 }), '2026-11-27'))).toEqual([
      'properties.date futureDate',
    ]);
    expect(dateIssues(props({ date: '2026-11-27', year: 2026 }), '2026-11-27')).toEqual([]);
  });

  it('refuses an end before its start, and an end after today', () => {
    expect(dateIssues(props({ date: '2020-05-17', date_end: '2020-05-16', year: 2020 }), ctx.today)).toEqual([
      { code: 'endBeforeStart', field: 'properties.date_end', value: '2020-05-16', start: '2020-05-17' },
    ]);
    expect(codes(dateIssues(props({ date: '2026-11-20', date_end: '2026-12-01', year: 2026 }), ctx.today))).toEqual([
      'properties.date_end futureDate',
    ]);
  });

  it('applies the same rules to date alternatives and source publication dates', () => {
    const p = props({
      date_alternatives: [
        { date: '2027-01-01', date_end: null },
        { date: '2020-02-02', date_end: '2020-02-01' },
      ],
      sources: [{ published: '2030-01-01', published_end: null, url: '' }],
    });
    expect(codes(dateIssues(p, ctx.today))).toEqual([
      'properties.date_alternatives.0.date futureDate',
      'properties.date_alternatives.1.date_end endBeforeStart',
      'properties.sources.0.published futureDate',
    ]);
  });

  it('refuses a year that is not the year of the date', () => {
    expect(codes(dateIssues(props({ date: '2020-05-17', year: 2019 }), ctx.today))).toEqual([
      'properties.year yearMismatch',
    ]);
  });
});

describe('other rules', () => {
  it('accepts http(s) links and an empty one, refuses javascript:, data:, relative and broken links', () => {
    // Twice, and again after more links than the remembered verdicts hold: the same verdict each time.
    for (const round of [1, 2, 3]) {
      if (round === 3) for (let i = 0; i < 10_050; i++) urlIssue('url', i % 2 ? `https://e.org/${i}` : `x:${i}`);
      for (const ok of ['', 'https://example.org/a?b=1', 'http://example.org', ' https://example.org '])
        expect(urlIssue('url', ok)).toBeNull();
      for (const bad of [
        'javascript:alert(1)',
        'data:text/html,<b>x</b>',
        '/relative/path',
        'example.org',
        'ftp://x.y',
      ])
        expect(urlIssue('url', bad)).toEqual({ code: 'badUrl', field: 'url', value: bad });
      expect(urlIssue('sources.1.url', ' ftp://x.y')).toEqual({
        code: 'badUrl',
        field: 'sources.1.url',
        value: ' ftp://x.y',
      });
    }
  });

  it('refuses an outcome whose minimum is larger than its maximum', () => {
    const f = makeOp({ id: 'x', killed_min: 5, killed_max: 2 }, [40.45232, 35.0865]);
    expect(codes(ruleIssues(f, ctx))).toEqual(['properties.killed_min minAboveMax']);
  });

  it('finds nothing wrong with a sound operation', () => {
    expect(ruleIssues(makeOp({ id: 'x', date: '2020-05-17' }, [40.45232, 35.0865]), ctx)).toEqual([]);
  });
});
