/** Writes files so that a reader never sees a half-written one: temp file in the same directory, then rename. */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function writeAtomic(files: Record<string, string>): void {
  const temps = Object.entries(files).map(([path, text]) => {
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.tmp-${process.pid}`;
    writeFileSync(tmp, text);
    return [tmp, path] as const;
  });
  for (const [tmp, path] of temps) renameSync(tmp, path);
}
