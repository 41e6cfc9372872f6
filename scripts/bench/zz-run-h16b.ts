import { readFileSync } from 'node:fs';
import { benchTiledBrowser, benchTiledSearch } from '/work/main/scripts/bench/tiled-bench';
const dir = '/tmp/h16b/tiled-1m';
const meta = JSON.parse(readFileSync('dist-h16b/data/meta.json', 'utf8'));
const which = process.argv[2];
if (which !== 'browser') console.log(JSON.stringify(await benchTiledSearch(dir, meta)));
if (which !== 'search') console.log(JSON.stringify(await benchTiledBrowser('dist-h16b', dir, 4316, 3, 20)));
