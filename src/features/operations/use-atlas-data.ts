/**
 * The data the view explores: the built-in dataset, another one named by `data=` (same origin), or a file the
 * analyst dropped on the page. meta.json always supplies the labels; the date range follows the dataset.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ParsedDataset } from '../../domain/dataset';
import type { Meta } from '../../domain/meta-schema';
import type { OperationFeature } from '../../domain/operation-schema';
import { attachLabels } from '../../domain/ops-labels';
import { datasetQuery, metaQuery, operationsQuery } from './queries';

function withRange(meta: Meta | undefined, ops: OperationFeature[] | undefined, custom: boolean): Meta | undefined {
  if (!meta || !ops || !custom) return meta;
  let min = '9999-12-31';
  let max = '0000-01-01';
  for (const o of ops) {
    if (o.properties.date < min) min = o.properties.date;
    const end = o.properties.date_end ?? o.properties.date;
    if (end > max) max = end;
  }
  return { ...meta, date_range: ops.length ? { min, max } : meta.date_range };
}

export function useAtlasData(dataPath: string | null, local: ParsedDataset | null) {
  const meta = useQuery(metaQuery());
  const builtin = useQuery({ ...operationsQuery(), enabled: !dataPath && !local });
  const remote = useQuery({ ...datasetQuery(local ? null : dataPath) });
  const dataset = local ?? (dataPath ? (remote.data ?? null) : null);
  const loaded = dataset ? dataset.operations : dataPath ? undefined : builtin.data?.features;
  // Handed out once meta.json is there too, with its labels attached for search (domain/ops-labels.ts): a
  // filter memoised on the array then never ran without them.
  const operations = meta.data ? loaded : undefined;
  if (operations && meta.data) attachLabels(operations, meta.data);
  const error = meta.error ?? (local ? null : dataPath ? remote.error : builtin.error);
  const merged = useMemo(() => withRange(meta.data, operations, !!dataset), [meta.data, operations, dataset]);
  return {
    meta: merged,
    operations,
    dataset,
    error,
    retry: () =>
      Promise.all([meta.error && meta.refetch(), builtin.error && builtin.refetch(), remote.error && remote.refetch()]),
  };
}
