/**
 * A dataset file the analyst opened locally: read and checked in a worker (features/datasets/import-client.ts)
 * with progress and a way to cancel, kept in memory, never uploaded.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { ParsedDataset } from '../domain/dataset';
import type { OperationFeature } from '../domain/operation-schema';
import type { DatasetFailure } from '../domain/dataset-issues';
import type { startImport as StartImport } from '../features/datasets/import-client';
import type { ImportProgress } from '../features/datasets/import-protocol';
import { fetchGovernorates } from '../features/operations/queries';
import { prepareEngine } from '../domain/engine-cache';
import { afterTwoFrames, nextTask } from '../features/tasks/next-task';

/** A file being opened: its name and how far the worker got (null until it first says). */
export interface Importing {
  name: string;
  progress: ImportProgress | null;
}

export function useLocalDataset(onLoaded: () => void) {
  const [dataset, setDataset] = useState<ParsedDataset | null>(null);
  const [failure, setFailure] = useState<DatasetFailure | null>(null);
  const [importing, setImporting] = useState<Importing | null>(null);
  const job = useRef<{ cancel: () => void } | null>(null);
  const cancel = useCallback(() => {
    job.current?.cancel();
    job.current = null;
    setImporting(null);
  }, []);
  useEffect(() => () => job.current?.cancel(), []);
  const open = useCallback(
    async (file: File) => {
      cancel();
      setFailure(null);
      const mine = { cancel: () => {} };
      job.current = mine;
      setImporting({ name: file.name, progress: null });
      let govs;
      let startImport: typeof StartImport;
      try {
        // Every point is checked against the governorate polygons, GeoJSON features as much as CSV rows. The
        // import's code loads with the first file, not at start.
        [govs, { startImport }] = await Promise.all([
          fetchGovernorates(),
          import('../features/datasets/import-client'),
        ]);
      } catch (e) {
        if (job.current !== mine) return;
        job.current = null;
        setImporting(null);
        setFailure({
          file: file.name,
          problem: { code: 'other', message: e instanceof Error ? e.message : String(e) },
        });
        return;
      }
      // The strip naming the file shrinks the map: its resize (a canvas of a new size, redrawn, 130 ms or more
      // under software WebGL) is done before the import's workers start, not slowed down by them into a long task.
      await afterTwoFrames();
      // Cancelled, or another file opened, while the polygons loaded.
      if (job.current !== mine) return;
      const end = () => {
        if (job.current === running) job.current = null;
        setImporting(null);
      };
      const running = startImport(file, govs, {
        onProgress: (progress) => setImporting({ name: file.name, progress }),
        onDone: (parsed) => {
          // The filter engine is built across tasks first (in one go it was a long task of a large file's
          // first render); the progress panel stays, and Cancel still works, until it is ready.
          void prepareEngine(parsed.operations, nextTask).then(
            () => {
              if (job.current !== running) return;
              end();
              onLoaded();
              // A transition: the page renders the large dataset in slices it can interrupt, not in one long
              // task (the address change above renders at once, on its own, without it).
              startTransition(() => setDataset(parsed));
            },
            (e: unknown) => {
              if (job.current !== running) return;
              end();
              setFailure({
                file: file.name,
                problem: { code: 'other', message: e instanceof Error ? e.message : String(e) },
              });
            },
          );
        },
        onFailed: (refusal) => {
          end();
          setFailure(refusal);
        },
      });
      job.current = running;
    },
    [cancel, onLoaded],
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
  return { dataset, failure, importing, open, cancel, adopt, reset };
}
