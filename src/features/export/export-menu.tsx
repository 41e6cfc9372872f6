import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Filters } from '../../domain/filter-state';
import type { UiLang } from '../../domain/format';
import type { Meta } from '../../domain/meta-schema';
import type { OperationFeature } from '../../domain/operation-schema';
import { typeColorOf } from '../../domain/palette';
import { exportFileName } from './file-name';

interface Props {
  operations: OperationFeature[];
  meta: Meta;
  filters: Filters;
  lang: UiLang;
  /** Human-readable summary of the active filters and date range, for the PNG caption. */
  caption: string;
  mapImage: () => Promise<HTMLCanvasElement> | undefined;
}

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** CSV, GeoJSON and PNG exports of exactly the filtered view; the export code loads on first use. */
export function ExportMenu({ operations, meta, filters, lang, caption, mapImage }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const run = (fn: () => Promise<void>) => () => {
    setError(null);
    fn().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  const csv = run(async () => {
    const { toCsv } = await import('./exporters');
    download(new Blob([toCsv(operations)], { type: 'text/csv;charset=utf-8' }), exportFileName(filters, 'csv'));
  });
  const geojson = run(async () => {
    const { toGeoJson } = await import('./exporters');
    download(
      new Blob([toGeoJson(operations, meta)], { type: 'application/geo+json' }),
      exportFileName(filters, 'geojson'),
    );
  });
  const png = run(async () => {
    const [{ composeMapPng }, map] = await Promise.all([import('./map-png'), mapImage()]);
    if (!map) throw new Error(t('export.noMap'));
    const blob = await composeMapPng({
      map,
      title: t('app.title'),
      caption,
      credits: meta.credits.map((c) => c[lang]).join(' · '),
      legend: Object.entries(meta.taxonomy.types).map(([id, l]) => ({ color: typeColorOf(id), label: l[lang] })),
      rtl: lang === 'ar',
    });
    download(blob, exportFileName(filters, 'png'));
  });
  return (
    <div className="export-menu" role="group" aria-label={t('export.title')}>
      <span className="export-label">{t('export.title')}</span>
      <button type="button" className="tool-button" data-testid="export-csv" onClick={csv}>
        {t('export.csv')}
      </button>
      <button type="button" className="tool-button" data-testid="export-geojson" onClick={geojson}>
        {t('export.geojson')}
      </button>
      <button type="button" className="tool-button" data-testid="export-png" onClick={png}>
        {t('export.png')}
      </button>
      {error && (
        <span role="alert" className="warn">
          {t('export.failed', { error })}
        </span>
      )}
    </div>
  );
}
