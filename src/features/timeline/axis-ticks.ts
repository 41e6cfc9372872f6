/**
 * Labels under the histogram's bars: the year under each year bar; month names under month bars (with the
 * year under January); day numbers under day bars (with the month under the first). Labels that would collide
 * are thinned out to every 2nd, 5th, … bar.
 */
import { binStart, nextBin, type Bin } from '../../domain/dates';
import { formatNumber } from '../../domain/format';
import type { Lang } from '../../domain/view';
import type { TimeScale } from './time-scale';

export interface AxisTick {
  iso: string;
  x: number;
  label: string;
}

const LOCALES: Record<Lang, string> = { ar: 'ar-SY', en: 'en-GB' };
const MIN_GAP: Record<Bin, number> = { year: 34, month: 30, day: 22 };
const THIN = [1, 2, 3, 4, 6, 12, 24];

function label(iso: string, bin: Bin, lang: Lang): string {
  const d = new Date(`${iso}T00:00:00Z`);
  const year = formatNumber(d.getUTCFullYear(), lang).replace(/[٬,]/g, '');
  if (bin === 'year') return year;
  if (bin === 'month') {
    if (d.getUTCMonth() === 0) return year;
    return new Intl.DateTimeFormat(LOCALES[lang], { month: 'short', timeZone: 'UTC' }).format(d);
  }
  if (d.getUTCDate() === 1)
    return new Intl.DateTimeFormat(LOCALES[lang], { month: 'short', timeZone: 'UTC' }).format(d);
  return formatNumber(d.getUTCDate(), lang);
}

export function axisTicks(extent: { from: string; to: string }, bin: Bin, scale: TimeScale, lang: Lang): AxisTick[] {
  const starts: string[] = [];
  for (let s = binStart(extent.from, bin); s <= extent.to; s = nextBin(s, bin)) starts.push(s);
  const barWidth = starts.length ? Math.abs(scale.x(nextBin(starts[0], bin)) - scale.x(starts[0])) : 0;
  const every = THIN.find((k) => k * barWidth >= MIN_GAP[bin]) ?? Math.ceil(MIN_GAP[bin] / Math.max(1, barWidth));
  return starts
    .filter((_, i) => i % every === 0)
    .map((iso) => ({ iso, x: (scale.x(iso) + scale.x(nextBin(iso, bin))) / 2, label: label(iso, bin, lang) }));
}
