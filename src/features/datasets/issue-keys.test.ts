import { describe, expect, it } from 'vitest';
import type { FileProblem, RowIssueCode } from '../../domain/dataset-issues';
import ar from '../../i18n/locales/ar.json';
import en from '../../i18n/locales/en.json';

// `satisfies` makes these lists exhaustive: a new issue code fails the typecheck until it is listed here.
const ISSUES = {
  ...{ missing: 1, empty: 1, minAboveMax: 1, unterminatedQuote: 1, malformedQuote: 1, wrongType: 1, notEqual: 1 },
  ...{ notOneOf: 1, badFormat: 1, notRealDate: 1, badUrl: 1, tooSmall: 1, tooLarge: 1, unknownKeys: 1, invalid: 1 },
  ...{ futureDate: 1, endBeforeStart: 1, yearMismatch: 1, outsideSyria: 1, unknownGovernorate: 1 },
  ...{ notInGovernorate: 1, idMismatch: 1, duplicateId: 1, fieldCount: 1, sourceCount: 1 },
} satisfies Record<RowIssueCode, 1>;
const FILES = {
  ...{ empty: 1, binary: 1, notCollection: 1, invalidUtf8: 1, notJson: 1, missingColumns: 1, duplicateColumns: 1 },
  ...{ headerQuote: 1, http: 1, htmlPage: 1, crossOrigin: 1, requestFailed: 1, other: 1 },
} satisfies Record<FileProblem['code'], 1>;

describe('dataset issue texts', () => {
  it.each([
    ['ar', ar],
    ['en', en],
  ] as const)('exist for every row issue and file problem (%s)', (_lang, locale) => {
    const issue: Record<string, string> = locale.datasets.issue;
    const file: Record<string, string> = locale.datasets.file;
    for (const code of Object.keys(ISSUES)) expect(issue[code], code).toBeTruthy();
    for (const code of [...Object.keys(FILES), 'notJsonAnywhere']) expect(file[code], code).toBeTruthy();
  });
});
