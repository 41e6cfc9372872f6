/**
 * Taxonomy and governorate names as search words: "hostage" or «رهائن» finds the hostage rescues, "Deir Ezzor"
 * or «ديرالزور» the operations in that governorate, in either UI language. Labels come from meta.json, not
 * from the operations, so the words are matched against the labels once per query (`compileQuery`), giving the
 * codes a word names; an operation then matches the word when it has one of those codes (a set lookup).
 *
 * Decision — how the vocabulary reaches the filter: meta.json's labels are attached to the operations array
 * where the data is loaded (`attachLabels` in `use-atlas-data.ts`, ops-labels.ts), and the engine and the
 * reference filter look the vocabulary up for the array they filter (`vocabularyOf`, built once per meta.json on
 * the first query); tests may attach a vocabulary directly (`attachVocabulary`). `filterOperations(ops, filters)` keeps its signature for every panel,
 * the lookup is one WeakMap read per query, and the order of building the engine and attaching does not
 * matter. Code that has no vocabulary (scripts, benchmarks) searches the text alone. `matchesQuery` and
 * `explainMatch` take the vocabulary explicitly, which is how the tests exercise it.
 */
import type { Meta } from './meta-schema';
import { labelsOf } from './ops-labels';
import type { OperationFeature, OperationProperties } from './operation-schema';
import { SearchIndex } from './search-index';

export type CodeKind = 'type' | 'actor' | 'target' | 'gov';

export interface VocabularyEntry {
  kind: CodeKind;
  code: string;
  en: string;
  ar: string;
  /** Other spellings (the taxonomy's governorate variants: Deir Ezzor, ديرالزور …). */
  variants: string[];
  /** The labels and variants, indexed as names. */
  index: SearchIndex;
}

export interface SearchVocabulary {
  readonly entries: readonly VocabularyEntry[];
}

type Labels = Record<string, { en: string; ar: string; variants_en?: string[]; variants_ar?: string[] }>;

export function buildVocabulary(meta: Pick<Meta, 'taxonomy' | 'governorates'>): SearchVocabulary {
  const groups: [CodeKind, Labels][] = [
    ['type', meta.taxonomy.types],
    ['actor', meta.taxonomy.actors],
    ['target', meta.taxonomy.targets],
    ['gov', { ...meta.governorates, ...meta.taxonomy.governorates }],
  ];
  return {
    entries: groups.flatMap(([kind, labels]) =>
      Object.entries(labels).map(([code, { en, ar, variants_en = [], variants_ar = [] }]) => {
        const variants = [...variants_en, ...variants_ar];
        return { kind, code, en, ar, variants, index: new SearchIndex({ texts: [], names: [en, ar, ...variants] }) };
      }),
    ),
  };
}

const byMeta = new WeakMap<object, SearchVocabulary>();

/** The vocabulary of a meta.json, built once per object. */
export function vocabularyFor(meta: Pick<Meta, 'taxonomy' | 'governorates'>): SearchVocabulary {
  let v = byMeta.get(meta);
  if (!v) byMeta.set(meta, (v = buildVocabulary(meta)));
  return v;
}

const byOps = new WeakMap<readonly OperationFeature[], SearchVocabulary>();

/** Makes the labels searchable when `ops` is filtered (see the decision above). */
export function attachVocabulary(ops: readonly OperationFeature[], vocabulary: SearchVocabulary): void {
  byOps.set(ops, vocabulary);
}

export function vocabularyOf(ops: readonly OperationFeature[]): SearchVocabulary | undefined {
  const labels = labelsOf(ops);
  return byOps.get(ops) ?? (labels && vocabularyFor(labels));
}

/** The codes of one kind that an operation has (its main and secondary types, its actors …). */
export function codesOf(p: OperationProperties, kind: CodeKind): string[] {
  switch (kind) {
    case 'type':
      return [p.type, ...p.secondary_types];
    case 'actor':
      return p.actors;
    case 'target':
      return p.target ? [p.target] : [];
    case 'gov':
      return [p.governorate];
  }
}
