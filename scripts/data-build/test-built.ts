/**
 * For tests: a file as the data build publishes it, built in-process from the repository's own `data/` (a clean
 * clone has no `public/data/` until the build runs). Built once per test file.
 */
import { join } from 'node:path';
import { build } from './build';
import { readInputs } from './read-inputs';

let files: Record<string, string> | null = null;

export function builtFile(path: string): string {
  if (!files) {
    const result = build(readInputs(join(import.meta.dirname, '../../data'), new Date().toISOString().slice(0, 10)));
    if (!result.ok) throw new Error(`the data build failed:\n${result.errors.join('\n')}`);
    files = result.files;
  }
  const text = files[path];
  if (text === undefined) throw new Error(`the data build publishes no ${path}`);
  return text;
}
