/**
 * CLI: `npm run eval:ingest [-- --data DIR --runs N]`. Runs the ingest on every article in data/articles/ that
 * curated records cite, with the article's `published` date, scores the proposals against the curated records
 * (eval-core.ts) and prints per-field scores, candidate precision and recall, per-operation details and timings
 * (gazetteer index load, lexicon load, per-article processing: first run and median of N runs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { articleMeta, operationRecord, type OperationRecord } from '../../src/domain/operation-schema';
import { formatClassTable, parseCases, scoreCase } from './class-eval';
import { EXTRA, FIELDS, scoreArticle, summarize, type ArticleResult } from './eval-core';
import { ingest } from './ingest';
import { loadLexicons, loadPlaceIndex, timed } from './load';

const { values } = parseArgs({
  options: { data: { type: 'string', default: 'data' }, runs: { type: 'string', default: '5' } },
});
const data = values.data!;
const runs = Math.max(1, Number(values.runs) || 5);

const index = timed(() => loadPlaceIndex(data));
const lexicons = timed(() => loadLexicons(data));

const curated: OperationRecord[] = readdirSync(join(data, 'operations'))
  .filter((n) => n.endsWith('.yaml'))
  .sort()
  .map((n) => operationRecord.parse(parseYaml(readFileSync(join(data, 'operations', n), 'utf8'))));
const articles = [
  ...new Set(curated.flatMap((c) => c.sources.flatMap((s) => ('article' in s ? [s.article] : [])))),
].sort();

const results: ArticleResult[] = [];
const timings: { article: string; first: number; median: number }[] = [];
for (const id of articles) {
  const text = readFileSync(join(data, 'articles', `${id}.txt`), 'utf8');
  const meta = articleMeta.parse(parseYaml(readFileSync(join(data, 'articles', `${id}.yaml`), 'utf8')));
  const run = () => ingest(text, { published: meta.published }, index.value, lexicons.value);
  const first = timed(run);
  const times = [first.ms, ...Array.from({ length: runs - 1 }, () => timed(run).ms)].sort((a, b) => a - b);
  timings.push({ article: id, first: first.ms, median: times[Math.floor(times.length / 2)] });
  const mine = curated.filter((c) => c.sources.some((s) => 'article' in s && s.article === id));
  results.push(scoreArticle(id, first.value, mine, index.value));
}

const pct = (x: number) => `${(100 * x).toFixed(0)}%`.padStart(5);
const mark = (b: boolean | undefined) => (b === undefined ? ' ' : b ? '✓' : '✗');
const s = summarize(results);

console.log('Ingest eval: proposals vs curated records in data/operations/\n');
console.log('Per operation (✓/✗: gov, date, place, type, actors | airborne, precision, outcomes):');
for (const r of results) {
  for (const p of r.pairs) {
    const flags = [...FIELDS].map((f) => mark(p.ok[f])).join('') + ' ' + [...EXTRA].map((f) => mark(p.ok[f])).join('');
    const got = p.proposal
      ? `${p.proposal.date}${p.proposal.date_end ? '…' + p.proposal.date_end : ''} ${p.proposal.place_ar} ${p.proposal.place_id} ${p.proposal.type} [${p.proposal.actors.join(',')}]${p.distanceKm !== null ? ` ${p.distanceKm.toFixed(1)} km` : ''}`
      : 'not found';
    console.log(`  ${flags}  ${p.curated.id.padEnd(26)} ${got}`);
  }
  for (const u of r.unmatched) console.log(`  (extra)  ${r.article}: ${u.date} ${u.place_ar} ${u.type}`);
}
console.log('\nField            matched   all curated');
for (const f of [...FIELDS, ...EXTRA]) {
  const x = s.fields[f];
  const label = (EXTRA as readonly string[]).includes(f) ? `${f} (info)` : f;
  console.log(
    `  ${label.padEnd(16)} ${pct(x.ofMatched)}   ${pct(x.ofCurated)}   (${x.correct}/${s.matched} matched, ${s.curated} curated)`,
  );
}
console.log(`\nCandidates: ${s.proposals} proposed, ${s.matched} match a curated record, ${s.curated} curated`);
console.log(`  precision ${pct(s.precision)}   recall ${pct(s.recall)}`);
console.log(
  `\nTimings: gazetteer index load ${index.ms.toFixed(0)} ms (${index.value.size} places), lexicons ${lexicons.ms.toFixed(0)} ms`,
);
for (const t of timings)
  console.log(`  ${t.article}: first run ${t.first.toFixed(0)} ms, median of ${runs} ${t.median.toFixed(0)} ms`);
const worst = Math.max(...timings.map((t) => t.first));
console.log(
  `  goals: index ≤ 1000 ms ${index.ms <= 1000 ? 'met' : 'MISSED'}; article ≤ 200 ms ${worst <= 200 ? 'met' : 'MISSED'} (slowest first run ${worst.toFixed(0)} ms)`,
);

const own = parseCases(readFileSync(join(import.meta.dirname, 'class-cases.yaml'), 'utf8'));
const run = (c: (typeof own.cases)[number]) =>
  ingest(c.text, { published: c.published ?? null, today: own.today }, index.value, lexicons.value);
console.log(`\n${formatClassTable(own.cases.map((c) => scoreCase(c, run(c), index.value)))}`);
