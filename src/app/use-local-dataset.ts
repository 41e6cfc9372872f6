/** A dataset file the analyst opened locally: read as bytes, parsed in the browser, kept in memory, never uploaded. */
import { useCallback, useState } from 'react';
import type { ParsedDataset } from '../domain/dataset';
import type { OperationFeature } from '../domain/operation-schema';
import type { DatasetFailure, FileProblem } from '../domain/dataset-issues';
import { fetchGovernorates } from '../features/operations/queries';

export function useLocalDataset(onLoaded: () => void) {
  const [dataset, setDataset] = useState<ParsedDataset | null>(null);
  const [failure, setFailure] = useState<DatasetFailure | null>(null);
  const open = useCallback(
    async (file: File) => {
      setFailure(null);
      try {
        // Every point is checked against the governorate polygons, GeoJSON features as much as CSV rows.
        const [bytes, { parseDataset }, { EXPORT_HEADER_NAMES }, govs] = await Promise.all([
          file.arrayBuffer(),
          import('../domain/dataset'),
          // The export's headers in both languages (both locale files): loaded with the parser, not at start.
          import('../features/datasets/csv-headers'),
          fetchGovernorates(),
        ]);
        // The export's headers in both languages: a CSV the atlas wrote re-opens here.
        setDataset(parseDataset(file.name, new Uint8Array(bytes), govs, { headers: EXPORT_HEADER_NAMES }));
        onLoaded();
      } catch (e) {
        // A DatasetError (the parser's refusal) carries the file and the problem; the class itself stays in the
        // parser's chunk.
        const refusal = e as { name?: string; file?: string; problem?: FileProblem };
        setFailure(
          refusal.name === 'DatasetError' && refusal.file && refusal.problem
            ? { file: refusal.file, problem: refusal.problem }
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
