/**
 * Draft records for `--write`: a proposal from a stored article as a record quoting it (record.ts builds it), and
 * an atomic, never-overwriting writer for `data/operations/drafts/`.
 */
import { linkSync, mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { proposalRecord, type DraftResult, type Names } from './record';
import type { Proposal } from './types';

export { slug, type DraftResult, type Names } from './record';

export interface DraftSource {
  /** Article id (the file name without .txt). */
  article: string;
  file: string;
  url?: string;
  outlet?: string;
}

/** A proposal from a stored article as a draft record quoting it. */
export function toDraft(p: Proposal, src: DraftSource, names: Names): DraftResult {
  return proposalRecord(p, { kind: 'stored', ...src }, names);
}

/**
 * Writes `<dir>/<id>.yaml` atomically (temp file, then a hard link that fails instead of overwriting) and never
 * replaces an existing file: the name gets a suffix (-2, -3, …). Returns the path written.
 */
export function writeDraft(dir: string, id: string, text: string): string {
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${id}.yaml.tmp-${process.pid}`);
  writeFileSync(tmp, text);
  try {
    for (let n = 1; ; n++) {
      const path = join(dir, n === 1 ? `${id}.yaml` : `${id}-${n}.yaml`);
      try {
        linkSync(tmp, path);
        return path;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
    }
  } finally {
    unlinkSync(tmp);
  }
}
