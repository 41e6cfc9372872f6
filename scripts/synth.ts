/**
 * CLI: `npm run synth -- --n 100000 --seed 1 --out <file>`. Writes a synthetic dataset in the published format
 * (flagged synthetic) for scale tests; it refuses to write inside data/, which holds reviewed inputs only.
 */
import { createWriteStream, readFileSync, renameSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseGazetteer } from './data-build/gazetteer';
import { synthesize } from './synth/synth';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});
const n = Number(values.n);
const seed = Number(values.seed);
const fail = (msg: string) => {
  console.error(`synth: ${msg}`);
  process.exit(1);
};
if (!Number.isInteger(n) || n < 1 || n > 5_000_000)
  fail(`--n must be an integer between 1 and 5000000, got "${values.n}"`);
if (!Number.isInteger(seed)) fail(`--seed must be an integer, got "${values.seed}"`);
if (!values.out) fail('--out <file> is required');
const out = resolve(values.out!);
if (out.startsWith(resolve('data') + '/'))
  fail(`refusing to write into data/ (${values.out}): synthetic data never mixes with reviewed inputs`);

const { places, errors } = parseGazetteer(readFileSync('data/gazetteer/gazetteer-sy.tsv', 'utf8'));
if (errors.length) fail(`data/gazetteer/gazetteer-sy.tsv: line ${errors[0].line}: ${errors[0].message}`);

const tmp = `${out}.tmp-${process.pid}`;
const stream = createWriteStream(tmp);
for (const chunk of synthesize(places, { n, seed }))
  if (!stream.write(chunk)) await new Promise<void>((r) => stream.once('drain', () => r()));
stream.end(() => {
  renameSync(tmp, out);
  console.log(`synth: ${n} synthetic operations (seed ${seed}) → ${values.out}`);
});
