/**
 * Citations of the dataset and of one operation, in the UI language, with the permalink and the access date
 * (what a reader needs to find the same data again). Dates are written out in the language's calendar names;
 * the Arabic form uses Arabic-Indic digits like the rest of the Arabic interface.
 */
import { formatDate, formatNumber, localizeDigits, type UiLang } from './format';

export const DATASET_TITLE = {
  en: 'Airborne Operations Atlas: coalition airborne operations in Syria',
  ar: 'أطلس العمليات المحمولة جواً: عمليات التحالف المحمولة جواً في سوريا',
} as const;
const AUTHOR = { en: 'Airborne Operations Atlas contributors', ar: 'المساهمون في أطلس العمليات المحمولة جواً' };

export interface DatasetCitation {
  version: string;
  count: number;
  /** First and last operation dates (ISO). */
  from: string;
  to: string;
  url: string;
  accessed: string;
}

export function citeDataset(c: DatasetCitation, lang: UiLang): string {
  const years = localizeDigits(`${c.from.slice(0, 4)}–${c.to.slice(0, 4)}`, lang);
  const n = formatNumber(c.count, lang);
  if (lang === 'ar')
    return `${AUTHOR.ar}. «${DATASET_TITLE.ar}، ${years}» (مجموعة بيانات)، الإصدار ${c.version}، ${n} عملية. ${c.url} (تاريخ الاطلاع: ${formatDate(c.accessed, 'ar')}).`;
  return `${AUTHOR.en}. "${DATASET_TITLE.en}, ${years}" (dataset), version ${c.version}, ${n} operations. ${c.url} (accessed ${formatDate(c.accessed, 'en')}).`;
}

export interface OperationCitation {
  id: string;
  title: string;
  date: string;
  version: string;
  url: string;
  accessed: string;
}

export function citeOperation(c: OperationCitation, lang: UiLang): string {
  if (lang === 'ar')
    return `«${c.title}» (${formatDate(c.date, 'ar')})، العملية ${c.id}، في: ${AUTHOR.ar}، ${DATASET_TITLE.ar}، الإصدار ${c.version}. ${c.url} (تاريخ الاطلاع: ${formatDate(c.accessed, 'ar')}).`;
  return `"${c.title}" (${formatDate(c.date, 'en')}), operation ${c.id}. In: ${AUTHOR.en}, ${DATASET_TITLE.en}, version ${c.version}. ${c.url} (accessed ${formatDate(c.accessed, 'en')}).`;
}

/** The permalink of a view: the page's address with only the keys that identify it (and `v=1`). */
export function permalink(href: string, keys: Record<string, string>): string {
  const u = new URL(href);
  const p = new URLSearchParams({ v: '1', ...keys });
  return `${u.origin}${u.pathname}?${p.toString()}`;
}
