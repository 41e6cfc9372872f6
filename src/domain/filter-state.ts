/** The filter state (what the URL's filter keys hold) and its defaults, shared by the filters and the engine. */
import type { Area, Near } from './spatial';

export interface Filters {
  from: string | null;
  to: string | null;
  years: number[];
  actors: string[];
  targets: string[];
  types: string[];
  gov: string[];
  prec: string[];
  conf: string[];
  airborne: boolean;
  /** Only operations reported by two or more distinct outlets (`corr=1`). */
  corr: boolean;
  q: string;
  // Optional, so that filter literals written before the spatial filters still describe a filter (none).
  /** Inside a rectangle or polygon (`area=`). */
  area?: Area | null;
  /** Within a radius of a gazetteer place (`near=`); constrains nothing until the place is resolved (`at`). */
  near?: Near | null;
}

export const noFilters: Filters = {
  from: null,
  to: null,
  years: [],
  actors: [],
  targets: [],
  types: [],
  gov: [],
  prec: [],
  conf: [],
  airborne: false,
  corr: false,
  q: '',
  area: null,
  near: null,
};

export type FacetKey = 'years' | 'actors' | 'targets' | 'types' | 'gov' | 'prec' | 'conf';
