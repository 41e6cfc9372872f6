/**
 * Export file names: `<data>_<today>_<filter summary>.<ext>`, safe on every file system. `<data>` is
 * `airborne-operations` for the atlas data, else the opened file's name without its extension, followed by
 * `_synthetic` when the data says it is synthetic.
 */
import type { Filters } from '../../domain/filter-state';
import type { ExportSource } from './export-source';

export function filterSummary(f: Filters): string {
  const parts: string[] = [];
  if (f.from || f.to) parts.push(`${f.from ?? 'start'}_to_${f.to ?? 'end'}`);
  if (f.years.length) parts.push(`years-${f.years.join('-')}`);
  for (const key of ['actors', 'types', 'targets', 'gov', 'prec', 'conf'] as const)
    if (f[key].length) parts.push(`${key}-${f[key].join('-')}`);
  if (f.airborne) parts.push('airborne');
  if (f.corr) parts.push('corroborated');
  if (f.q) parts.push('search');
  return parts.length
    ? parts
        .join('_')
        .replace(/[^A-Za-z0-9_-]/g, '')
        .slice(0, 120)
    : 'all';
}

/**
 * A file name's stem (a `data=` path's last part) as a name part: letters of any script and digits kept, the
 * rest folded to `-`.
 */
export function dataPart(source: Pick<ExportSource, 'name' | 'synthetic'>): string {
  const stem = (source.name.split(/[\\/]/).pop() ?? '')
    .replace(/\.[A-Za-z0-9]{1,8}$/, '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${stem || 'dataset'}${source.synthetic ? '_synthetic' : ''}`;
}

export function exportFileName(
  f: Filters,
  ext: string,
  source: Pick<ExportSource, 'name' | 'synthetic'>,
  today = new Date().toISOString().slice(0, 10),
): string {
  return `${dataPart(source)}_${today}_${filterSummary(f)}.${ext}`;
}
