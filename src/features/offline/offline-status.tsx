import { useTranslation } from 'react-i18next';
import { useAppUpdate } from './use-app-update';
import { useOnline } from './use-online';

/**
 * The offline badge (no connection: the atlas runs from its cache) and the "new version — reload" notice when a
 * new deployment or data version has been downloaded; never a silent, half-updated page.
 */
export function OfflineStatus() {
  const { t } = useTranslation();
  const online = useOnline();
  const update = useAppUpdate();
  return (
    <>
      {!online && (
        <span className="offline-badge" role="status" data-testid="offline-indicator">
          {t('offline.badge')}
        </span>
      )}
      {update.needRefresh && (
        <div className="update-notice" role="alert" data-testid="update-notice">
          <span>{t('offline.update')}</span>
          <button type="button" className="tool-button" data-testid="update-reload" onClick={update.reload}>
            {t('offline.reload')}
          </button>
          <button type="button" className="icon-button" aria-label={t('offline.later')} onClick={update.dismiss}>
            ×
          </button>
        </div>
      )}
    </>
  );
}
