import { useTranslation } from 'react-i18next';
import { citeDataset, permalink } from '../../domain/citation';
import { formatDate, localizeDigits, type UiLang } from '../../domain/format';
import type { Meta } from '../../domain/meta-schema';
import type { OperationFeature } from '../../domain/operation-schema';
import { CiteButton } from '../share/cite-button';
import { MethodologyFigures } from './methodology-figures';
import { METHODOLOGY } from './methodology-text';
import './methodology-page.css';

/** The page props it uses (app/full-page.tsx passes `PageProps`). */
interface Props {
  meta: Meta;
  operations: OperationFeature[];
  lang: UiLang;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The methodology (`page=methodology`): scope and inclusion rules, sources, precision codes (from the taxonomy),
 * confidence, disputes and corroboration, known gaps, how to propose a correction, the figures of the data, its
 * version and last update, and "Cite this dataset". Full text in the UI language.
 */
export default function MethodologyPage({ meta, operations, lang }: Props) {
  const { t } = useTranslation();
  const own = (s: string) => localizeDigits(s, lang);
  const latestSource = operations
    .flatMap((o) => o.properties.sources.map((s) => s.published))
    .reduce((a, b) => (b > a ? b : a), '');
  const range = meta.date_range;
  const cite = () =>
    citeDataset(
      {
        version: meta.version,
        count: operations.length,
        from: range?.min ?? today(),
        to: range?.max ?? today(),
        url: permalink(window.location.href, { lang }),
        accessed: today(),
      },
      lang,
    );
  return (
    <article className="methodology" data-testid="methodology" lang={lang}>
      <h1>{t('methodology.title')}</h1>
      <p className="methodology-version" data-testid="methodology-version">
        {t('methodology.version', { version: meta.version })}
        {range && <> · {t('methodology.latestOperation', { date: formatDate(range.max, lang) })}</>}
        {latestSource && <> · {t('methodology.latestSource', { date: formatDate(latestSource, lang) })}</>}
      </p>
      <CiteButton cite={cite} label={t('methodology.citeDataset')} testId="cite-dataset" />
      <MethodologyFigures meta={meta} operations={operations} lang={lang} />
      {METHODOLOGY[lang].map((s) => (
        <section key={s.id} aria-labelledby={`methodology-${s.id}`} data-section={s.id}>
          <h2 id={`methodology-${s.id}`}>{s.title}</h2>
          {s.paragraphs.map((p) => (
            <p key={p.slice(0, 40)}>{own(p)}</p>
          ))}
          {s.items && (
            <ul>
              {s.items.map((i) => (
                <li key={i.slice(0, 40)}>{own(i)}</li>
              ))}
            </ul>
          )}
          {s.id === 'precision' && (
            <dl className="methodology-precisions">
              {Object.entries(meta.taxonomy.location_precisions).map(([id, p]) => (
                <div key={id}>
                  <dt>{p[lang]}</dt>
                  <dd>{own(lang === 'ar' ? p.description_ar : p.description_en)}</dd>
                </div>
              ))}
            </dl>
          )}
        </section>
      ))}
    </article>
  );
}
