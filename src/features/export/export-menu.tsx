import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DateRange, PeriodMark } from '../../domain/compare';
import type { Filters } from '../../domain/filter-state';
import type { UiLang } from '../../domain/format';
import type { Meta } from '../../domain/meta-schema';
import type { OperationFeature } from '../../domain/operation-schema';
import type { LayerMode, Theme } from '../../domain/view';
import type { ExportInput } from './export-actions';
import type { DatasetInfo } from './export-source';
import { useMenuButton } from './use-menu-button';
import './export-menu.css';

interface Props {
  operations: OperationFeature[];
  meta: Meta;
  filters: Filters;
  lang: UiLang;
  /** Human-readable summary of the active filters and date range, for the PNG caption. */
  caption: string;
  /** The dataset the analyst opened (its name, version and `synthetic` flag go into every export); null for the atlas data. */
  dataset?: DatasetInfo | null;
  mapImage: () => Promise<HTMLCanvasElement> | undefined;
  /** Comparing two periods: `operations` is A ∪ B, and this says each one's period (a column in the exports). */
  periods?: ReadonlyMap<string, PeriodMark> | null;
  /** The two periods compared, for the image's legend. */
  ranges?: { a: DateRange; b: DateRange } | null;
  /** How the map shows the operations, for the image's legend. */
  layer?: LayerMode;
  theme?: Theme;
}

type Kind = 'csv' | 'geojson' | 'png';
const KINDS: Kind[] = ['csv', 'geojson', 'png'];

/**
 * The Export menu: CSV, GeoJSON and PNG of exactly the filtered view, each with a one-line description. The export
 * code loads on first use; a failure is shown as an alert beside the button.
 */
export function ExportMenu({ dataset = null, ...props }: Props) {
  const { t } = useTranslation();
  const { open, root, close, buttonProps, menuProps } = useMenuButton();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const run = (kind: Kind) => {
    close(true);
    setError(null);
    setBusy(true);
    const input: ExportInput = { ...props, dataset, t };
    import('./export-actions')
      .then((a) => ({ csv: a.exportCsv, geojson: a.exportGeoJson, png: a.exportPng })[kind](input))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(false));
  };
  return (
    <div className="export-menu" ref={root}>
      <button
        type="button"
        className="tool-button export-menu-button"
        data-testid="export-menu"
        id={`${id}-button`}
        aria-controls={open ? `${id}-menu` : undefined}
        {...buttonProps}
      >
        {t('export.title')}
      </button>
      {open && (
        <div className="export-menu-list" id={`${id}-menu`} aria-labelledby={`${id}-button`} {...menuProps}>
          {KINDS.map((kind) => (
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
              <span className="export-menu-desc">{t(`export.${kind}Desc`)}</span>
            </button>
          ))}
        </div>
      )}
      <span className="export-menu-status" role="status">
        {busy ? t('export.busy') : ''}
      </span>
      {error && (
        <div role="alert" className="export-menu-error">
          <span>{t('export.failed', { error })}</span>
          <button type="button" className="tool-button" onClick={() => setError(null)}>
            {t('export.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
