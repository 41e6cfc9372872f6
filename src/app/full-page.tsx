/**
 * Full-page views over the atlas (`page=` in the URL): each view is its own lazily loaded module, registered
 * here; the header stays, and "Back to the map" clears `page`. A page that is not registered opens the atlas.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meta } from '../domain/meta-schema';
import type { OperationFeature } from '../domain/operation-schema';
import type { Lang } from '../domain/view';
import { LazyPart } from '../features/lazy/lazy-part';
import type { Page } from '../features/url-state/codec';

/** What every full-page view receives. */
export interface PageProps {
  meta: Meta;
  operations: OperationFeature[];
  lang: Lang;
  /** Explore these operations as the session's own dataset (e.g. proposals from an article). */
  onExplore: (name: string, operations: OperationFeature[]) => void;
}

/** One entry per page module: `propose: lazy(() => import('../features/propose/propose-page'))`. */
export const PAGE_VIEWS: Partial<Record<Page, LazyExoticComponent<ComponentType<PageProps>>>> = {
  methodology: lazy(() => import('../features/methodology/methodology-page')),
  propose: lazy(() => import('../features/propose/propose-page')),
};

/** A registered view, or null when `page` names none. */
export function pageView(page: Page | null) {
  return page ? (PAGE_VIEWS[page] ?? null) : null;
}

export function FullPage({ page, onClose, ...props }: PageProps & { page: Page; onClose: () => void }) {
  const { t } = useTranslation();
  const View = PAGE_VIEWS[page]!;
  return (
    <main className="app-main full-page" data-page={page}>
      <button type="button" className="link-button full-page-back" onClick={onClose}>
        {t('app.backToMap')}
      </button>
      <LazyPart part={page}>
        <View {...props} />
      </LazyPart>
    </main>
  );
}
