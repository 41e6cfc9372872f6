import { useTranslation } from 'react-i18next';
import { formatNumber, type UiLang } from '../../domain/format';
import type { TiledDataset } from './tiled-client';
import './tiled.css';

interface Props {
  ds: TiledDataset | null;
  error: Error | null;
  lang: UiLang;
  /** How long the worker took for the last answer (for benchmarks: `data-query-ms`). */
  queryMs?: number;
  onBack: () => void;
}

/** Which large dataset is open (name, synthetic flag, refused rows), what its map shows, and the way back. */
export function TiledBanner({ ds, error, lang, queryMs, onBack }: Props) {
  const { t } = useTranslation();
  const m = ds?.manifest;
  return (
    <div
      className="tiled-banner"
      data-testid="tiled-banner"
      data-query-ms={queryMs === undefined ? undefined : Math.round(queryMs)}
      role={error ? 'alert' : undefined}
    >
      {error ? (
        <strong>{t('tiled.openFailed', { detail: error.message })}</strong>
      ) : m ? (
        <>
          <strong dir="auto">{t('tiled.banner', { name: m.source.name })}</strong>
          {m.source.synthetic && <span className="tiled-limits">{t('tiled.synthetic')}</span>}
          {m.refused.count > 0 && (
            <span className="tiled-limits">{t('tiled.refused', { count: formatNumber(m.refused.count, lang) })}</span>
          )}
          <span className="tiled-limits">{t('tiled.sample')}</span>
        </>
      ) : (
        <span role="status">{t('tiled.opening')}</span>
      )}
      <button type="button" className="link-button" data-testid="tiled-back" onClick={onBack}>
        {t('tiled.back')}
      </button>
    </div>
  );
}

/** A short note on what a large dataset does differently. */
export function TiledNotice({ text }: { text: string }) {
  return (
    <p className="tiled-note" role="note">
      {text}
    </p>
  );
}
