/**
 * The service worker (vite-plugin-pwa, Workbox): registered once the page is up, offline after one visit. A
 * new deployment (new app code or a new data version: both change the precache) waits until the person reloads.
 */
import { useRegisterSW } from 'virtual:pwa-register/react';

export function useAppUpdate() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });
  return {
    /** A new version is installed and waiting. */
    needRefresh,
    /** Everything is cached: the atlas works without a connection from now on. */
    offlineReady,
    reload: () => void updateServiceWorker(true),
    dismiss: () => setNeedRefresh(false),
  };
}
