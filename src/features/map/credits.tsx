import { useTranslation } from 'react-i18next';
import type { Credit } from '../../domain/meta-schema';
import type { Lang } from '../../domain/view';
import { ONLINE_BASEMAPS } from './basemaps';

/** The credits control: every data source in the current language, plus the online basemap's when one is shown. */
export function Credits({ credits, lang, basemap }: { credits: Credit[]; lang: Lang; basemap: string }) {
  const { t } = useTranslation();
  const online = ONLINE_BASEMAPS.find((b) => b.id === basemap);
  return (
    <details className="credits" data-testid="credits">
      <summary>{t('map.credits')}</summary>
      <ul>
        {online && <li dir="ltr">{online.attribution}</li>}
        {credits.map((c) => (
          <li key={c.id}>
            {c.url ? (
              <a href={c.url} target="_blank" rel="noopener noreferrer">
                {c[lang]}
              </a>
            ) : (
              c[lang]
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
