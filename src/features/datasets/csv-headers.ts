/**
 * The header names an own CSV may use besides the column ids: the CSV export's column labels in both UI
 * languages (`export.columns.<id>` in the locale files), so that an exported CSV re-opens as a dataset whichever
 * language it was written in.
 *
 * Why here and not in `src/domain`: the labels are UI text that translators own and that the export already reads
 * from the locale files; the importer (domain) stays free of UI text and takes the names as a plain dictionary
 * (`parseDataset(…, { headers })`). Both places that open a dataset (a dropped file, a `data=` link) pass this one.
 */
import type { HeaderNames } from '../../domain/dataset-csv-columns';
import ar from '../../i18n/locales/ar.json';
import en from '../../i18n/locales/en.json';

/** Label (Arabic or English) → column id, for every exported column. */
export const EXPORT_HEADER_NAMES: HeaderNames = new Map(
  [ar, en].flatMap((locale) => Object.entries(locale.export.columns).map(([id, label]) => [label, id] as const)),
);
