import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../domain/view';
import { OpCount } from '../features/operations/op-count';
import { fullUrl } from '../features/share/embed';

interface Props {
  count: number | null;
  lang: Lang;
  /** The map (with its legend and attribution) and the timeline. */
  children: ReactNode;
}

/**
 * The compact view for an iframe (`embed=1`): title, count and a link to the full atlas with the same view,
 * then the map and the timeline; no filter panel, list or header tools.
 */
export function EmbedView({ count, lang, children }: Props) {
  const { t } = useTranslation();
  return (
    <div className="app embed" dir={lang === 'ar' ? 'rtl' : 'ltr'} data-testid="app-root">
      <header className="embed-header">
        <strong>{t('app.title')}</strong>
        {count !== null && <OpCount count={count} />}
        <a
          href={fullUrl(window.location.href)}
          target="_blank"
          rel="noopener"
          className="embed-open-full"
          data-testid="embed-open-full"
        >
          {t('share.openFull')}
        </a>
      </header>
      <main className="embed-main">{children}</main>
    </div>
  );
}
