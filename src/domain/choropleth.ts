/**
 * The governorate choropleth (pure): operations counted per governorate, class breaks chosen for the data
 * (Fisher–Jenks natural breaks on the non-zero counts) and a colour-blind-safe sequential ramp per theme.
 * An operation counts once, in the governorate its record names (`governorate`), whatever its location
 * precision: one placed only at governorate or region level counts there too.
 */
import type { OperationFeature } from './operation-schema';
import type { Theme } from './view';

/** Operations per governorate code (governorates without any are absent). */
export function countByGovernorate(ops: readonly OperationFeature[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const op of ops) counts[op.properties.governorate] = (counts[op.properties.governorate] ?? 0) + 1;
  return counts;
}

export const MAX_CLASSES = 5;

/**
 * Upper bounds of at most `k` classes over the non-zero values, ascending; class i holds the values in
 * (breaks[i-1], breaks[i]] (the first from the smallest value). With k distinct values or fewer, each is a
 * class of its own; otherwise Fisher–Jenks: the split that minimises the squared deviations within classes.
 */
export function classBreaks(values: readonly number[], k = MAX_CLASSES): number[] {
  const data = values.filter((v) => v > 0).sort((a, b) => a - b);
  const distinct = [...new Set(data)];
  if (distinct.length <= k) return distinct;
  return jenks(data, k);
}

/** Fisher's exact optimisation (dynamic programming over sorted values): the upper bound of each class. */
function jenks(data: number[], k: number): number[] {
  const n = data.length;
  // cost[j][i]: least squared deviation splitting data[0..i] into j+1 classes; from[j][i]: where the last starts.
  const cost = Array.from({ length: k }, () => new Float64Array(n).fill(Infinity));
  const from = Array.from({ length: k }, () => new Int32Array(n));
  const sum = new Float64Array(n + 1);
  const sq = new Float64Array(n + 1);
  data.forEach((v, i) => {
    sum[i + 1] = sum[i] + v;
    sq[i + 1] = sq[i] + v * v;
  });
  /** Squared deviation of data[a..b] from its mean. */
  const ssd = (a: number, b: number) => {
    const s = sum[b + 1] - sum[a];
    return sq[b + 1] - sq[a] - (s * s) / (b - a + 1);
  };
  for (let i = 0; i < n; i++) cost[0][i] = ssd(0, i);
  for (let j = 1; j < k; j++)
    for (let i = j; i < n; i++)
      for (let start = j; start <= i; start++) {
        // A class never splits equal values: its first value must differ from the one before.
        if (data[start] === data[start - 1]) continue;
        const c = cost[j - 1][start - 1] + ssd(start, i);
        if (c < cost[j][i]) [cost[j][i], from[j][i]] = [c, start];
      }
  // The most classes (≤ k) that the equal-value rule allows.
  let j = k - 1;
  while (j > 0 && cost[j][n - 1] === Infinity) j--;
  const breaks: number[] = [];
  for (let end = n - 1; j >= 0; j--) {
    breaks.unshift(data[end]);
    end = from[j][end] - 1;
  }
  return breaks;
}

/** The class of a count: -1 for none (zero), else the first class whose upper bound holds it. */
export function classOf(count: number, breaks: readonly number[]): number {
  if (count <= 0 || !breaks.length) return -1;
  const i = breaks.findIndex((b) => count <= b);
  return i < 0 ? breaks.length - 1 : i;
}

/** Each class as the integer range it covers: the first from the smallest count, then from the previous bound + 1. */
export function classRanges(breaks: readonly number[], smallest: number): { min: number; max: number }[] {
  return breaks.map((max, i) => ({ min: i === 0 ? Math.min(smallest, max) : breaks[i - 1] + 1, max }));
}

/**
 * Viridis (perceptually uniform, readable with the common colour-vision deficiencies and in greyscale), sampled
 * at five steps from its dark end to its light end.
 */
export const VIRIDIS = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'];

/**
 * The colours of `n` classes, lowest first: more operations always mean more contrast with the basemap, so the
 * light theme runs from light to dark and the dark theme from dark to light.
 */
export function choroplethColors(n: number, theme: Theme): string[] {
  if (n <= 0) return [];
  const ramp = theme === 'light' ? [...VIRIDIS].reverse() : [...VIRIDIS];
  // Spread fewer classes over the whole ramp, keeping both ends.
  if (n === 1) return [ramp[ramp.length - 1]];
  return Array.from({ length: n }, (_, i) => ramp[Math.round((i * (ramp.length - 1)) / (n - 1))]);
}

export interface Choropleth {
  counts: Record<string, number>;
  total: number;
  breaks: number[];
  /** Governorate code → its class colour (only governorates with operations). */
  colors: Record<string, string>;
  classes: { min: number; max: number; color: string; governorates: number }[];
}

/** Everything the map and the legend draw for a set of operations. */
export function buildChoropleth(ops: readonly OperationFeature[], theme: Theme, k = MAX_CLASSES): Choropleth {
  const counts = countByGovernorate(ops);
  const values = Object.values(counts);
  const breaks = classBreaks(values, k);
  const palette = choroplethColors(breaks.length, theme);
  const colors: Record<string, string> = {};
  const members = new Array<number>(breaks.length).fill(0);
  for (const [gov, c] of Object.entries(counts)) {
    const i = classOf(c, breaks);
    colors[gov] = palette[i];
    members[i]++;
  }
  const classes = classRanges(breaks, Math.min(...values)).map((r, i) => ({
    ...r,
    color: palette[i],
    governorates: members[i],
  }));
  return { counts, total: ops.length, breaks, colors, classes };
}
