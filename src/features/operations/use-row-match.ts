/**
 * Why a list row matched the search in the URL (`q=`): marks for its title and place and an optional snippet
 * (domain/row-match.ts), with the taxonomy labels of meta.json searchable. Recomputed only when the row's
 * operation, the query or the language change. The matching code loads with the first search, not at start.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useSyncExternalStore } from 'react';
import type { UiLang } from '../../domain/format';
import type { Meta } from '../../domain/meta-schema';
import type { OperationFeature } from '../../domain/operation-schema';
import type * as RowMatching from '../../domain/row-match';
import type { FieldName, RowMatch } from '../../domain/row-match';
import type * as SearchVocabulary from '../../domain/search-vocabulary';
import { useUrlState } from '../url-state/use-url-state';
import { metaQuery } from './queries';

type Matcher = typeof RowMatching & typeof SearchVocabulary;
let matcher: Matcher | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();
const subscribe = (cb: () => void) => {
  listeners.add(cb);
  return () => listeners.delete(cb);
};
function load() {
  loading ??= Promise.all([import('../../domain/row-match'), import('../../domain/search-vocabulary')]).then(
    ([rows, vocabulary]) => {
      matcher = { ...rows, ...vocabulary };
      listeners.forEach((l) => l());
    },
  );
}

const NONE: RowMatch & { snippetField: FieldName | null } = { title: [], place: [], snippet: null, snippetField: null };

export function useRowMatch(op: OperationFeature, lang: UiLang): RowMatch & { snippetField: FieldName | null } {
  const [{ q }] = useUrlState();
  const searching = q.trim() !== '';
  if (searching) load();
  const m = useSyncExternalStore(subscribe, () => matcher);
  // The list is shown once meta.json is loaded: read it from the cache, no subscription per row.
  const meta = useQueryClient().getQueryData<Meta>(metaQuery().queryKey);
  return useMemo(() => {
    if (!searching || !m) return NONE;
    const match = m.rowMatch(op, q, lang, meta && m.vocabularyFor(meta));
    return { ...match, snippetField: match.snippet ? m.fieldName(match.snippet.field) : null };
  }, [op, q, lang, meta, searching, m]);
}
