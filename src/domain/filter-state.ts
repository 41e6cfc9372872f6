/** The filter state (what the URL's filter keys hold) and its defaults, shared by the filters and the engine. */
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
};

export type FacetKey = 'years' | 'actors' | 'targets' | 'types' | 'gov' | 'prec' | 'conf';
