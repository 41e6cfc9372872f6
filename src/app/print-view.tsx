import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateSpan, localizeDigits } from '../domain/format';
import type { Meta } from '../domain/meta-schema';
import type { OperationFeature } from '../domain/operation-schema';
import type { Lang, LayerMode } from '../domain/view';
import { Legend } from '../features/map/legend';

interface Props {
  operations: OperationFeature[];
  meta: Meta;
  lang: Lang;
  mode: LayerMode;
  /** What the filters select, in words (as on the PNG export). */
  caption: string;
  /** The map drawn now, as an image (null when the map is not there). */
  mapImage: () => string | null;
}

/**
 * The printed page (A4, either language): title and the filters in words, the map as an image with the legend,
 * then the filtered operations with their sources. Built only while printing: the browser's `beforeprint`
 * renders it synchronously and takes the map image; `afterprint` drops it.
 */
export function PrintView({ operations, meta, lang, mode, caption, mapImage }: Props) {
  const { t } = useTranslation();
  const [image, setImage] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    const before = () => flushSync(() => setImage(mapImage()));
    const after = () => setImage(undefined);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [mapImage]);
  if (image === undefined) return null;
  const tax = meta.taxonomy;
  const name = (group: Record<string, { ar: string; en: string }>, id: string) => group[id]?.[lang] ?? id;
  return (
    <section className="print-view" data-testid="print-view" lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
      <h1>{t('app.title')}</h1>
      <p className="print-caption">{caption}</p>
      <p className="muted">
        {t('print.printed', { date: formatDate(new Date().toISOString().slice(0, 10), lang) })}{' '}
        <span dir="ltr" className="print-url">
          {window.location.href}
        </span>
      </p>
      {image && <img className="print-map" src={image} alt={t('map.label')} />}
      <Legend taxonomy={tax} lang={lang} mode={mode} compact={false} dense={false} open />
      <h2>{t('list.heading')}</h2>
      <ol className="print-list">
        {operations.map((op) => {
          const p = op.properties;
          return (
            <li key={op.id} data-op-id={op.id}>
              <h3 dir="auto">{lang === 'ar' ? p.title_ar : p.title_en}</h3>
              <p>
                {formatDateSpan(p.date, p.date_end, lang, p.date_precision)}
                {' · '}
                <bdi>{lang === 'ar' ? p.place_ar : p.place_en}</bdi>, {name(meta.governorates, p.governorate)}
                {' · '}
                {[p.type, ...p.secondary_types].map((id) => name(tax.types, id)).join(lang === 'ar' ? '، ' : ', ')}
                {' · '}
                {p.actors.map((id) => name(tax.actors, id)).join(lang === 'ar' ? '، ' : ', ')}
              </p>
              <p dir="auto">{localizeDigits(lang === 'ar' ? p.summary_ar : p.summary_en, lang)}</p>
              {p.sources.length > 0 && (
                <ul className="print-sources">
                  {[...new Map(p.sources.map((s) => [s.url || s.article_id, s])).values()].map((s) => (
                    <li key={s.url || s.article_id}>
                      <bdi>{lang === 'ar' ? s.outlet_ar : s.outlet}</bdi>, {formatDate(s.published, lang)}
                      {s.url && (
                        <>
                          {' — '}
                          <span dir="ltr" className="print-url">
                            {s.url}
                          </span>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
