/** The propose view's state: input checks, running the worker, the drafts and their records. */
import { useCallback, useMemo, useState } from 'react';
import type { Meta } from '../../domain/meta-schema';
import { checkInput, type InputProblem } from './check-input';
import { initialTexts, namesFromMeta, recordOf, type Draft, type SourceFields } from './drafts';
import type { PlaceHit } from './place-search';
import { useIngestWorker } from './use-ingest-worker';

export type Status =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; ms: number }
  | { kind: 'problem'; problem: InputProblem }
  | { kind: 'error'; message: string };

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function useProposals(meta: Meta) {
  const call = useIngestWorker();
  const names = useMemo(() => namesFromMeta(meta), [meta]);
  const [text, setText] = useState('');
  const [source, setSource] = useState<SourceFields>({ url: '', outlet: '', published: '' });
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const run = useCallback(async () => {
    const problem = checkInput(text);
    if (problem) return setStatus({ kind: 'problem', problem });
    const published = source.published.trim();
    if (published && !ISO.test(published)) return setStatus({ kind: 'problem', problem: { code: 'bad-date' } });
    setStatus({ kind: 'running' });
    const today = new Date().toISOString().slice(0, 10);
    const r = await call({ kind: 'run', text, published: published || null, today });
    if (r.kind === 'error') return setStatus({ kind: 'error', message: r.message });
    if (r.kind !== 'result') return;
    setDrafts(r.proposals.map((p, i) => ({ key: `${i}`, p, texts: initialTexts(p, names) })));
    setStatus({ kind: 'done', ms: r.ms });
  }, [call, names, source.published, text]);
  const search = useCallback(
    async (query: string): Promise<PlaceHit[]> => {
      const r = await call({ kind: 'search', query });
      return r.kind === 'places' ? r.places : [];
    },
    [call],
  );
  const records = useMemo(() => drafts.map((d) => recordOf(d, source, names)), [drafts, source, names]);
  const update = useCallback((d: Draft) => setDrafts((all) => all.map((x) => (x.key === d.key ? d : x))), []);
  return { text, setText, source, setSource, status, drafts, update, run, search, records };
}
