/**
 * Dataset issues in the UI language: the message is translated, our numbers take the language's digits, and
 * what the file says (field names, values, coordinates) stays as written inside isolated `<bdi>` spans so that
 * it reads right inside Arabic text.
 */
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cutList, type FileProblem, type RowIssue } from '../../domain/dataset-issues';
import { formatDate, formatNumber, type UiLang } from '../../domain/format';

const MARK = '\u2063';

/** Translates `key` with plain values, then puts each rich value (a React node) where its placeholder was. */
export function useRichText() {
  const { t } = useTranslation();
  return (key: string, plain: Record<string, string | number>, rich: Record<string, ReactNode> = {}) => {
    const marks = Object.fromEntries(Object.keys(rich).map((k) => [k, `${MARK}${k}${MARK}`]));
    // Keys are built from the issue codes, which the locale test keeps in both languages.
    const text = (t as (k: string, o: object) => string)(key, { ...plain, ...marks });
    return text.split(MARK).map((part, i) => <Fragment key={i}>{i % 2 ? rich[part] : part}</Fragment>);
  };
}

/** Raw text from the file: field names and codes left-to-right, values in their own direction. */
export const Raw = ({ text, ltr = false }: { text: string; ltr?: boolean }) => (
  <bdi className="ds-raw" dir={ltr ? 'ltr' : undefined}>
    {text}
  </bdi>
);

/** A list cut after a dozen items: "lon, lat, date … and 188 more". */
export function RawList({ items, lang }: { items: string[]; lang: UiLang }) {
  const { t } = useTranslation();
  const cut = cutList(items);
  if (!items.length) return <>{t('datasets.none')}</>;
  return (
    <>
      <Raw text={cut.items.join(', ')} ltr />
      {cut.more > 0 && ` ${t('datasets.more', { formatted: formatNumber(cut.more, lang) })}`}
    </>
  );
}

export function IssueText({ issue, lang }: { issue: RowIssue; lang: UiLang }) {
  const { t } = useTranslation();
  const rich = useRichText();
  const n = (v: number) => formatNumber(v, lang);
  const plain: Record<string, string | number> = {};
  const nodes: Record<string, ReactNode> = { field: <Raw text={issue.field} ltr /> };
  const i = issue as Extract<RowIssue, { value: string }> & Record<string, unknown>;
  if ('value' in issue) nodes.value = <Raw text={i.value} />;
  for (const k of ['expected', 'start', 'point', 'actual', 'example', 'message'] as const)
    if (typeof i[k] === 'string') nodes[k] = <Raw text={i[k] as string} ltr />;
  for (const k of ['min', 'max', 'first', 'found'] as const) if (typeof i[k] === 'number') plain[k] = n(i[k] as number);
  switch (issue.code) {
    case 'wrongType': {
      const kind = `datasets.kind.${issue.expected}`;
      if (t(kind as 'datasets.none') !== kind) nodes.expected = t(kind as 'datasets.none');
      break;
    }
    case 'fieldCount':
    case 'sourceCount':
      plain.expected = n(issue.expected);
      break;
    case 'futureDate':
      plain.today = formatDate(issue.today, lang);
      break;
    case 'outsideSyria':
      plain.km = n(Math.round(issue.km * 10) / 10);
      break;
    case 'notOneOf':
      nodes.options = <RawList items={issue.options} lang={lang} />;
      break;
    case 'unknownGovernorate':
      nodes.known = <RawList items={issue.known} lang={lang} />;
      break;
    case 'unknownKeys':
      nodes.keys = <RawList items={issue.keys} lang={lang} />;
      break;
  }
  return <>{rich(`datasets.issue.${issue.code}`, plain, nodes)}</>;
}

export function FileProblemText({ file, problem, lang }: { file: string; problem: FileProblem; lang: UiLang }) {
  const rich = useRichText();
  const nodes: Record<string, ReactNode> = { name: <Raw text={file} /> };
  const plain: Record<string, string | number> = {};
  let key: string = problem.code;
  switch (problem.code) {
    case 'invalidUtf8':
    case 'headerQuote':
      plain.line = formatNumber(problem.line, lang);
      break;
    case 'notJson':
      if (problem.line === null) key = 'notJsonAnywhere';
      else plain.line = formatNumber(problem.line, lang);
      break;
    case 'missingColumns':
      nodes.missing = <Raw text={problem.missing.join(', ')} ltr />;
      nodes.found = <RawList items={problem.found} lang={lang} />;
      break;
    case 'duplicateColumns':
      nodes.columns = <RawList items={problem.columns} lang={lang} />;
      break;
    case 'http':
      // The server's own answer, as it gave it (like a value from a file).
      nodes.status = <Raw text={`HTTP ${problem.status}`} ltr />;
      break;
    case 'requestFailed':
    case 'other':
      nodes.message = <Raw text={problem.message} />;
      break;
  }
  return <>{rich(`datasets.file.${key}`, plain, nodes)}</>;
}
