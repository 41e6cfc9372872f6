/**
 * Why a list row matched the search in the URL (`q=`): marks for its title and place and an optional snippet
 * (domain/row-match.ts), with the taxonomy labels of meta.json searchable. Recomputed only when the row's
 * operation, the query or the language change.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { UiLang } from '../../domain/format';
import type { Meta } from '../../domain/meta-schema';
import type { OperationFeature } from '../../domain/operation-schema';
import { NO_MATCH, rowMatch, type RowMatch } from '../../domain/row-match';
import { vocabularyFor } from '../../domain/search-vocabulary';
import { useUrlState } from '../url-state/use-url-state';
import { metaQuery } from './queries';

export function useRowMatch(op: OperationFeature, lang: UiLang): RowMatch {
  const [{ q }] = useUrlState();
  // The list is shown once meta.json is loaded: read it from the cache, no subscription per row.
  const meta = useQueryClient().getQueryData<Meta>(metaQuery().queryKey);
  return useMemo(() => (q.trim() ? rowMatch(op, q, lang, meta && vocabularyFor(meta)) : NO_MATCH), [op, q, lang, meta]);
}
