/** The code behind `filter-extras.ts`, in a chunk of its own: search, the spatial grid, area outlines. */
export { compiledQuery } from './search';
export { vocabularyOf } from './search-vocabulary';
export { buildSpatialIndex } from './spatial-index';
export { areaRing, circleRing } from './spatial-geometry';
