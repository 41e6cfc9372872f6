/** Export file names: `airborne-operations_<today>_<filter summary>.<ext>`, safe on every file system. */
import type { Filters } from '../../domain/filter-state';

export function filterSummary(f: Filters): string {
  const parts: string[] = [];
  if (f.from || f.to) parts.push(`${f.from ?? 'start'}_to_${f.to ?? 'end'}`);
  if (f.years.length) parts.push(`years-${f.years.join('-')}`);
  for (const key of ['actors', 'types', 'targets', 'gov', 'prec', 'conf'] as const)
    if (f[key].length) parts.push(`${key}-${f[key].join('-')}`);
  if (f.airborne) parts.push('airborne');
  if (f.q) parts.push('search');
  return parts.length
    ? parts
        .join('_')
        .replace(/[^A-Za-z0-9_-]/g, '')
        .slice(0, 120)
    : 'all';
}

export function exportFileName(f: Filters, ext: string, today = new Date().toISOString().slice(0, 10)): string {
  return `airborne-operations_${today}_${filterSummary(f)}.${ext}`;
}
