import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Filters } from '../../domain/filter-state';
import { formatNumber, type UiLang } from '../../domain/format';
import type { Meta } from '../../domain/meta-schema';
import { useMenuButton } from '../export/use-menu-button';
import '../export/export-menu.css';
import type { RecordStore } from './records';
import type { TiledDataset } from './tiled-client';
import { MAX_EXPORT, streamExport, tiledSource } from './tiled-export';

interface Props {
  ds: TiledDataset;
  store: RecordStore;
  rows: Uint32Array | null;
  meta: Meta;
  filters: Filters;
  lang: UiLang;
  caption: string;
  mapImage: () => Promise<HTMLCanvasElement> | undefined;
}

type Kind = 'csv' | 'geojson' | 'png';

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

/**
 * The Export menu of a tiled dataset: CSV and GeoJSON of the filtered view, streamed chunk by chunk with a
 * progress bar and a cancel button, and the PNG of the map as for the small dataset.
 */
export function TiledExportMenu({ ds, store, rows, meta, filters, lang, caption, mapImage }: Props) {
  const { t } = useTranslation();
  const { open, root, close, buttonProps, menuProps } = useMenuButton();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const id = useId();
  const run = (kind: Kind) => {
    close(true);
    setError(null);
    if (!rows) return;
    if (kind === 'png') {
      const dataset = { ...tiledSource(ds), operations: [] };
      void import('../export/export-actions')
        .then((a) => a.exportPng({ operations: [], meta, filters, lang, caption, dataset, mapImage, t }))
        .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
      return;
    }
    if (rows.length > MAX_EXPORT) {
      setError(
        t('tiled.exportTooMany', { max: formatNumber(MAX_EXPORT, lang), count: formatNumber(rows.length, lang) }),
      );
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ done: 0, total: rows.length });
    streamExport({
      kind,
      rows,
      ds,
      store,
      meta,
      filters,
      lang,
      t,
      signal: controller.signal,
      onProgress: (done) => setProgress({ done, total: rows.length }),
    })
      .then(({ blob, name }) => download(blob, name))
      .catch((e: unknown) => {
        if (!controller.signal.aborted)
          setError(t('tiled.exportFailed', { detail: e instanceof Error ? e.message : String(e) }));
      })
      .finally(() => setProgress(null));
  };
  return (
    <div className="export-menu" ref={root}>
      <button
        type="button"
        className="tool-button export-menu-button"
        data-testid="export-menu"
        id={`${id}-button`}
        aria-controls={open ? `${id}-menu` : undefined}
        disabled={!rows}
        {...buttonProps}
      >
        {t('export.title')}
      </button>
      {open && (
        <div className="export-menu-list" id={`${id}-menu`} aria-labelledby={`${id}-button`} {...menuProps}>
          {(['csv', 'geojson', 'png'] as const).map((kind) => (
            <button
              key={kind}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="export-menu-item"
              data-testid={`export-${kind}`}
              onClick={() => run(kind)}
            >
              <span className="export-menu-name">{t(`export.${kind}`)}</span>
              <span className="export-menu-desc">
                {kind === 'png' ? t('export.pngDesc') : t(kind === 'csv' ? 'tiled.exportCsv' : 'tiled.exportGeojson')}
              </span>
            </button>
          ))}
        </div>
      )}
      {progress && (
        <div className="tiled-progress" role="status" data-testid="export-progress">
          <progress max={progress.total} value={progress.done} />
          <span>
            {t('tiled.exportProgress', {
              done: formatNumber(progress.done, lang),
              total: formatNumber(progress.total, lang),
            })}
          </span>
          <button type="button" className="link-button" onClick={() => abort.current?.abort()}>
            {t('tiled.exportCancel')}
          </button>
        </div>
      )}
      {error && (
        <div role="alert" className="export-menu-error">
          <span>{error}</span>
          <button type="button" className="tool-button" onClick={() => setError(null)}>
            {t('export.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
