import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../domain/format';
import type { ImportProgress as Progress } from './import-protocol';
import './import-progress.css';

/**
 * A local file being opened in the worker: its name, a progress bar (bytes read; no value while a whole file is
 * checked at once, which has no measurable steps), rows checked so far, and Cancel. Fixed at the bottom of the
 * page so it stays in view wherever the file was dropped.
 */
export function ImportProgress({
  name,
  progress,
  onCancel,
}: {
  name: string;
  progress: Progress | null;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ar' ? 'ar' : 'en';
  const checking = progress?.phase === 'checking';
  const percent = progress && !checking ? Math.floor((100 * progress.bytes) / Math.max(1, progress.total)) : 0;
  const rows = progress?.rows ?? 0;
  return (
    <section className="import-progress" data-testid="import-progress" aria-label={t('datasets.progress.label')}>
      <p className="import-progress-text" aria-live="polite">
        <span>{t(checking ? 'datasets.progress.checking' : 'datasets.progress.reading')}</span>{' '}
        <bdi className="import-progress-name">{name}</bdi>
      </p>
      <div
        className="import-progress-bar"
        role="progressbar"
        data-testid="import-progressbar"
        aria-label={t('datasets.progress.label')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={checking ? undefined : percent}
        aria-valuetext={
          checking ? undefined : t('datasets.progress.percent', { formatted: formatNumber(percent, lang) })
        }
      >
        <span style={{ inlineSize: checking ? undefined : `${percent}%` }} data-indeterminate={checking || undefined} />
      </div>
      <p className="import-progress-rows" data-testid="import-rows" data-rows={rows}>
        {rows > 0 && t('datasets.progress.rows', { count: rows, formatted: formatNumber(rows, lang) })}
      </p>
      <button type="button" className="tool-button" data-testid="import-cancel" onClick={onCancel}>
        {t('datasets.progress.cancel')}
      </button>
    </section>
  );
}
