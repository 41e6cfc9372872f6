/** Meta + operations as one loading state, with a single retry for both. */
import { useQuery } from '@tanstack/react-query';
import { metaQuery, operationsQuery } from './queries';

export function useAtlasData() {
  const meta = useQuery(metaQuery());
  const ops = useQuery(operationsQuery());
  const error = meta.error ?? ops.error;
  return {
    meta: meta.data,
    operations: ops.data?.features,
    error,
    loading: !error && (meta.isPending || ops.isPending),
    retry: () => Promise.all([meta.error && meta.refetch(), ops.error && ops.refetch()]),
  };
}
