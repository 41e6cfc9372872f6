import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAP_FIRST_IDLE } from '../map/map-events';
import { useAppUpdate } from './use-app-update';
import { useOnline } from './use-online';

/**
 * The offline badge (no connection: the atlas runs from its cache) and the "new version — reload" notice when a
 * new deployment or data version has been downloaded; never a silent, half-updated page.
 */
export function OfflineStatus() {
  const { t } = useTranslation();
  const online = useOnline();
  const started = useAfterFirstMap();
  return (
    <>
      {!online && (
        <span className="offline-badge" role="status" data-testid="offline-indicator">
          {t('offline.badge')}
        </span>
      )}
      {started && <UpdateNotice />}
    </>
  );
}

/**
 * True once the map has first shown the operations (or after 10 s, when it cannot): the service worker's
 * precache (~3 MB) must not compete with the first page on a slow connection.
 */
function useAfterFirstMap(): boolean {
  const [started, setStarted] = useState(() => performance.getEntriesByName('map-first-idle').length > 0);
  useEffect(() => {
    if (started) return;
    const start = () => setStarted(true);
    window.addEventListener(MAP_FIRST_IDLE, start, { once: true });
    const timer = window.setTimeout(start, 10_000);
    return () => {
      window.removeEventListener(MAP_FIRST_IDLE, start);
      window.clearTimeout(timer);
    };
  }, [started]);
  return started;
}

/** Registers the service worker (useAppUpdate) and says when a new version waits. */
function UpdateNotice() {
  const { t } = useTranslation();
  const update = useAppUpdate();
  return (
    <>
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
