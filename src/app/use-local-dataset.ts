/** A dataset file the analyst opened locally: parsed in the browser, kept in memory, never uploaded. */
import { useCallback, useState } from 'react';
import type { ParsedDataset } from '../domain/dataset';
import { fetchGovernorates } from '../features/operations/queries';

export function useLocalDataset(onLoaded: () => void) {
  const [dataset, setDataset] = useState<ParsedDataset | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const open = useCallback(
    async (file: File) => {
      setFailure(null);
      try {
        const [text, { parseDataset }] = await Promise.all([file.text(), import('../domain/dataset')]);
        const govs = /\.csv$/i.test(file.name) || !text.trimStart().startsWith('{') ? await fetchGovernorates() : [];
        setDataset(parseDataset(file.name, text, govs));
        onLoaded();
      } catch (e) {
        setFailure(e instanceof Error ? e.message : String(e));
      }
    },
    [onLoaded],
  );
  const reset = useCallback(() => {
    setDataset(null);
    setFailure(null);
  }, []);
  return { dataset, failure, open, reset };
}
