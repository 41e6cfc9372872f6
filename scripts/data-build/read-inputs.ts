/** Reads the data build's inputs from a data directory (the only file-reading part of the build). */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BuildInputs, TextFile } from './build';

function read(root: string, path: string): TextFile {
  const full = join(root, path);
  if (!existsSync(full)) throw new Error(`${path}: file is missing`);
  return { path: relative(process.cwd(), full) || path, text: readFileSync(full, 'utf8') };
}

function yamlFiles(root: string, dir: string): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(dir, e.name))
    .sort();
}

/** `root` is the data directory (normally `data/`). Drafts in `operations/drafts/` are not read. */
export function readInputs(root: string, today: string): BuildInputs {
  const articles = yamlFiles(root, 'articles').map((p) => read(root, p));
  const articleTexts: Record<string, TextFile> = {};
  for (const name of readdirSync(join(root, 'articles'))
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    articleTexts[name.replace(/\.txt$/, '')] = read(root, join('articles', name));
  }
  return {
    taxonomy: read(root, 'taxonomy.yaml'),
    credits: read(root, 'credits.yaml'),
    articles,
    articleTexts,
    operations: yamlFiles(root, 'operations').map((p) => read(root, p)),
    gazetteers: ['gazetteer/gazetteer-sy.tsv', 'gazetteer/gazetteer-neighbours.tsv', 'gazetteer/places-local.tsv'].map(
      (p) => read(root, p),
    ),
    governorates: read(root, 'basemap/syria-adm1.geojson'),
    basemap: {
      countries: read(root, 'basemap/countries.geojson'),
      rivers: read(root, 'basemap/rivers.geojson'),
      lakes: read(root, 'basemap/lakes.geojson'),
      cities: read(root, 'basemap/cities.geojson'),
    },
    today,
  };
}
