/**
 * CLI: `npm run build:data [-- --data DIR --out DIR]`. Builds public/data/operations.geojson and meta.json
 * from data/. On any error prints every `path: field: message` line, exits 1 and leaves the old output untouched.
 */
import { parseArgs } from 'node:util';
import { build } from './data-build/build';
import { readInputs } from './data-build/read-inputs';
import { writeDirAtomic } from './write-atomic';

const { values } = parseArgs({
  options: { data: { type: 'string', default: 'data' }, out: { type: 'string', default: 'public/data' } },
});
const today = new Date().toISOString().slice(0, 10);

let result;
try {
  result = build(readInputs(values.data!, today));
} catch (e) {
  result = { ok: false as const, errors: [e instanceof Error ? e.message : String(e)] };
}
if (!result.ok) {
  console.error(`Data build failed with ${result.errors.length} error(s); ${values.out} was left unchanged:`);
  for (const e of result.errors) console.error(`  ${e}`);
  process.exit(1);
}
writeDirAtomic(values.out!, result.files);
console.log(`Data build: ${result.count} operations → ${values.out}/ (${Object.keys(result.files).length} files)`);
