import { readFileSync } from 'node:fs';
import { readIndex } from '../../src/domain/tiled-format';
import { buildTiledEngine } from '../../src/domain/tiled-engine';
import { noFilters } from '../../src/domain/filter-state';
import { tiledAxis } from '../../src/features/tiled/use-tiled-query';
const dir = '/tmp/h16b/tiled-1m';
const m = JSON.parse(readFileSync(dir + '/manifest.json', 'utf8'));
const bin = readFileSync(dir + '/index.bin');
const ix = readIndex(bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength), m.index.columns);
let t0 = performance.now();
const e = buildTiledEngine(ix as never, m.values);
console.log('build', (performance.now() - t0).toFixed(0));
const axis = tiledAxis(e.years);
const ts: number[] = [];
for (let i = 0; i < 20; i++) { t0 = performance.now(); e.query({ ...noFilters, to: `20${14 + (i % 12)}-06-30` }, null, axis.binStarts); ts.push(performance.now() - t0); }
console.log(ts.map((x) => x.toFixed(0)).join(' '));
