import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateSpan, highlightQuotes, type UiLang } from '../../domain/format';
import type { PublishedSource } from '../../domain/operation-schema';
import { articleQuery } from './queries';

interface Props {
  version: string;
  /** The operation's sources that cite one article (one or more quotes). */
  sources: PublishedSource[];
  /** Whether the article texts are published beside the data (the atlas's own data; not imported datasets). */
  withText: boolean;
}

/**
 * One source article as evidence: outlet, publication date, link to the original, and the article text (Arabic,
 * right-to-left in both UIs) with every quote of this operation highlighted and the first scrolled into view.
 */
export function SourceEvidence({ version, sources, withText }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as UiLang;
  const s = sources[0];
  const article = useQuery({ ...articleQuery(s.article_id ?? '', version), enabled: withText && !!s.article_id });
  const firstMark = useRef<HTMLElement>(null);

  // Scroll the article box (not the whole panel, which keeps its heading in view) to the first quote; again
  // when another operation citing the same article is shown.
  const quoted = sources.flatMap((q) => q.quote_ar ?? []);
  const quotes = quoted.join('\n');
  useEffect(() => {
    const mark = firstMark.current;
    const box = mark?.parentElement;
    if (mark && box) box.scrollTop = mark.offsetTop - box.clientHeight / 3;
  }, [article.data, quotes]);

  const published = s.published_end
    ? formatDateSpan(s.published, s.published_end, lang)
    : formatDate(s.published, lang);
  const parts = article.data ? highlightQuotes(article.data.text, quoted) : null;
  const firstMarkIndex = parts?.findIndex((part) => part.mark) ?? -1;
  return (
    <article className="source" data-testid="source" data-article-id={s.article_id}>
      <header>
        <strong dir="auto">{lang === 'ar' ? s.outlet_ar : s.outlet}</strong>
        <span className="muted">
          {' · '}
          {published}
          {s.published_precision === 'inferred' && ` (${t('details.inferredDate')})`}
        </span>
        {s.url && (
          <a href={s.url} target="_blank" rel="noopener noreferrer" className="source-link">
            {t('details.original')}
          </a>
        )}
      </header>
      {quoted.map((q) => (
        <blockquote key={q} lang="ar" dir="rtl" className="quote">
          {q}
        </blockquote>
      ))}
      {withText && (
        <details className="article-text" open>
          <summary>{t('details.articleText')}</summary>
          {article.isLoading && <p className="muted">{t('app.loading')}</p>}
          {article.error && (
            <p className="warn" role="alert">
              {t('details.articleError')} <code dir="ltr">{article.error.message}</code>
            </p>
          )}
          {parts && (
            <div
              className="article-body"
              lang="ar"
              dir="rtl"
              data-testid="article-text"
              tabIndex={0}
              role="region"
              aria-label={t('details.articleText')}
            >
              {parts.map((part, i) =>
                part.mark ? (
                  <mark key={i} ref={i === firstMarkIndex ? firstMark : undefined}>
                    {part.text}
                  </mark>
                ) : (
                  <span key={i}>{part.text}</span>
                ),
              )}
            </div>
          )}
        </details>
      )}
    </article>
  );
}
