/**
 * meta.json's labels for an operations array, attached where the data is loaded (`use-atlas-data.ts`): search
 * builds its vocabulary from them (search-vocabulary.ts) when a query first needs it, so the page does not build
 * it, nor load its code, at start.
 */
import type { Meta } from './meta-schema';
import type { OperationFeature } from './operation-schema';

export type Labels = Pick<Meta, 'taxonomy' | 'governorates'>;

const byOps = new WeakMap<readonly OperationFeature[], Labels>();

export function attachLabels(ops: readonly OperationFeature[], labels: Labels): void {
  byOps.set(ops, labels);
}

export const labelsOf = (ops: readonly OperationFeature[]): Labels | undefined => byOps.get(ops);
