/**
 * The strip under the header for an analyst's own dataset: which file is explored (or why it was refused), and
 * while a file is being opened, which one. The strip's place is taken as soon as a file is being opened, so the
 * map shrinks while it still shows few operations, not once it holds the new file's (a resize redraws the whole
 * map in one task).
 */
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParsedDataset } from '../domain/dataset';
import type { DatasetFailure } from '../domain/dataset-issues';
import type { Lang } from '../domain/view';
import type { Importing } from './use-local-dataset';

// Shown only with an opened dataset (or a refused one): its code stays out of the start bundle, and is fetched
// while a file is being opened.
const loadBanner = () => import('../features/datasets/dataset-banner');
const DatasetBanner = lazy(() => loadBanner().then((m) => ({ default: m.DatasetBanner })));

interface Props {
  dataset: ParsedDataset | null;
  failure: DatasetFailure | null;
  importing: Importing | null;
  lang: Lang;
  onReset: () => void;
}

export function DatasetSlot({ dataset, failure, importing, lang, onReset }: Props) {
  const { t } = useTranslation();
  const opening = !!importing;
  useEffect(() => {
    if (opening) void loadBanner();
  }, [opening]);
  if (dataset || failure)
    return (
      // Until its code is in, a line of the same height holds its place.
      <Suspense
        fallback={
          <section className="dataset-banner" aria-hidden="true">
            <span>{'\u00a0'}</span>
          </section>
        }
      >
        <DatasetBanner dataset={dataset} failure={failure} lang={lang} onReset={onReset} />
      </Suspense>
    );
  if (!importing) return null;
  return (
    <section className="dataset-banner" data-testid="dataset-opening" role="status">
      <span>
        {t('datasets.openingFile')} <bdi>{importing.name}</bdi>
      </span>
    </section>
  );
}
