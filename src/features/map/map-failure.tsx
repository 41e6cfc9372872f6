import { useTranslation } from 'react-i18next';

/** Over the map when it could not start: why, and that the list, filters and timeline still work. */
export function MapFailure({ reason }: { reason: 'webgl' | 'worker' }) {
  const { t } = useTranslation();
  return (
    <div className="lazy-error map-failed" role="alert" data-testid="map-failed">
      <p>{t(reason === 'webgl' ? 'map.failedWebgl' : 'map.failedWorker')}</p>
      <button type="button" className="tool-button" onClick={() => window.location.reload()}>
        {t('lazy.reload')}
      </button>
    </div>
  );
}
