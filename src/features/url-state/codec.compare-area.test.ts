/**
 * The URL keys of the comparison period (`vs=FROM..TO`), the area (`area=`) and the radius (`near=`): what a link
 * opens, and what the link notice names when it could not use them.
 */
import { describe, expect, it } from 'vitest';
import { ignoredParams, parse } from './codec';

describe('vs= comparison period from a link', () => {
  it('opens period B from two real dates, swapped when given backwards', () => {
    expect(parse('?vs=2019-01-01..2019-12-31').vs).toEqual({ from: '2019-01-01', to: '2019-12-31' });
    expect(parse('?vs=2019-12-31..2019-01-01').vs).toEqual({ from: '2019-01-01', to: '2019-12-31' });
    expect(parse('?vs=2019-05-05..2019-05-05').vs).toEqual({ from: '2019-05-05', to: '2019-05-05' });
  });
  it('opens no period B from an impossible date on either side, one date only, or three', () => {
    for (const raw of [
      '2019-02-30..2019-12-31',
      '2019-01-01..2019-13-01',
      '2019-01-01',
      '2019-01-01..',
      '..2019-01-01',
      '2019-01-01..2019-06-01..2019-12-31',
      'last-year',
    ])
      expect(parse(`?vs=${raw}`).vs, raw).toBeNull();
  });
});

describe('the link notice for period B, area and radius', () => {
  it('names a period B, an area or a radius it could not open', () => {
    expect(ignoredParams('?vs=2019-02-30..2019-12-31')).toEqual(['vs=2019-02-30..2019-12-31']);
    expect(ignoredParams('?area=50,40,10,30')).toEqual(['area=50,40,10,30']);
    expect(ignoredParams('?near=albu-kamal,0')).toEqual(['near=albu-kamal,0']);
  });
  it('names nothing for a valid period B, area and radius', () => {
    expect(ignoredParams('?vs=2019-01-01..2019-12-31&area=40.1,34.8,40.8,35.4&near=albu-kamal,20')).toEqual([]);
  });
});
