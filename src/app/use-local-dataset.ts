/** A dataset file the analyst opened locally: read as bytes, parsed in the browser, kept in memory, never uploaded. */
import { useCallback, useState } from 'react';
import type { ParsedDataset } from '../domain/dataset';
import type { OperationFeature } from '../domain/operation-schema';
import { DatasetError, type DatasetFailure } from '../domain/dataset-issues';
import { EXPORT_HEADER_NAMES } from '../features/datasets/csv-headers';
import { fetchGovernorates } from '../features/operations/queries';

export function useLocalDataset(onLoaded: () => void) {
  const [dataset, setDataset] = useState<ParsedDataset | null>(null);
  const [failure, setFailure] = useState<DatasetFailure | null>(null);
  const open = useCallback(
    async (file: File) => {
      setFailure(null);
      try {
        // Every point is checked against the governorate polygons, GeoJSON features as much as CSV rows.
        const [bytes, { parseDataset }, govs] = await Promise.all([
          file.arrayBuffer(),
          import('../domain/dataset'),
          fetchGovernorates(),
        ]);
        // The export's headers in both languages: a CSV the atlas wrote re-opens here.
        setDataset(parseDataset(file.name, new Uint8Array(bytes), govs, { headers: EXPORT_HEADER_NAMES }));
        onLoaded();
      } catch (e) {
        setFailure(
          e instanceof DatasetError
            ? { file: e.file, problem: e.problem }
            : { file: file.name, problem: { code: 'other', message: e instanceof Error ? e.message : String(e) } },
        );
      }
    },
    [onLoaded],
  );
  /** Operations made in the page (e.g. proposals from an article), explored as the session's own dataset. */
  const adopt = useCallback(
    (name: string, operations: OperationFeature[]) => {
      setFailure(null);
      setDataset({ name, format: 'geojson', operations, errors: [], synthetic: false, version: null });
      onLoaded();
    },
    [onLoaded],
  );
  const reset = useCallback(() => {
    setDataset(null);
    setFailure(null);
  }, []);
  return { dataset, failure, open, adopt, reset };
}
