/**
 * CLI: `npm run ingest -- [--json] [--published YYYY-MM-DD] [--url URL] [--outlet NAME] [--write] [--timings]
 * [--data DIR] <article.txt>`. Proposes geocoded operation records from one Arabic article, offline.
 * Default output is a readable report with evidence; `--json` prints only the JSON array of proposals;
 * `--write` saves each proposal as a DRAFT record in <data>/operations/drafts/ (never published by the build);
 * `--timings` prints index-load and processing times to stderr. Bad input: message on stderr, exit code 1.
 */
import { basename, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { isRealDate } from '../../src/domain/operation-schema';
import { readArticle } from './article-input';
import { toDraft, writeDraft, type Names } from './draft';
import { ingest } from './ingest';
import { loadLexicons, loadPlaceIndex, timed } from './load';
import { formatReport } from './report';

const USAGE =
  'usage: npm run ingest -- [--json] [--published YYYY-MM-DD] [--url URL] [--outlet NAME] [--write] [--timings] <article.txt>';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      published: { type: 'string' },
      url: { type: 'string' },
      outlet: { type: 'string' },
      write: { type: 'boolean', default: false },
      timings: { type: 'boolean', default: false },
      data: { type: 'string', default: 'data' },
      help: { type: 'boolean', default: false },
    },
  });
} catch (e) {
  fail(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1) fail(`expected one article file, got ${positionals.length}\n${USAGE}`);
const file = positionals[0];
const published = values.published ?? null;
if (published !== null && !isRealDate(published)) fail(`--published: expected a date YYYY-MM-DD, got "${published}"`);

const input = readArticle(file);
if (!input.ok) fail(input.message);

let index, lexicons;
try {
  index = timed(() => loadPlaceIndex(values.data!));
  lexicons = timed(() => loadLexicons(values.data!));
} catch (e) {
  fail(`cannot load the gazetteer or lexicons from ${values.data}: ${e instanceof Error ? e.message : String(e)}`);
}
const run = timed(() => ingest(input.text, { published }, index.value, lexicons.value));
const proposals = run.value;

if (values.timings) {
  console.error(
    `timings: gazetteer index ${index.ms.toFixed(0)} ms (${index.value.size} places), lexicons ${lexicons.ms.toFixed(0)} ms, article ${run.ms.toFixed(0)} ms`,
  );
}
if (values.json) console.log(JSON.stringify(proposals, null, 2));
else console.log(formatReport(proposals, { file, published, url: values.url, outlet: values.outlet }));

if (values.write) {
  const say = values.json ? console.error : console.log;
  type Labels = Record<string, { en: string; ar: string }>;
  const taxonomy = parseYaml(readFileSync(join(values.data!, 'taxonomy.yaml'), 'utf8')) as {
    types: Labels;
    actors: Labels;
    location_precisions: Labels;
  };
  const names: Names = {
    gov: (iso) => {
      const g = index.value.governorates.get(iso);
      return g && { en: g.name_en, ar: g.name_ar };
    },
    type: (id) => taxonomy.types[id],
    actor: (id) => taxonomy.actors[id],
    precision: (id) => taxonomy.location_precisions[id],
  };
  const article = basename(file).replace(/\.txt$/i, '');
  let failed = 0;
  for (const [i, p] of proposals.entries()) {
    const d = toDraft(p, { article, file, url: values.url, outlet: values.outlet }, names);
    if (!d.ok) {
      failed++;
      console.error(`draft ${i + 1}: not written: ${d.errors.join('; ')}`);
      continue;
    }
    say(`draft ${i + 1}: wrote ${writeDraft(join(values.data!, 'operations', 'drafts'), d.id, d.yaml)}`);
  }
  if (failed) process.exitCode = 1;
}
