/**
 * Which data an export comes from: the atlas's own published data (its name, `meta.version`, `meta.synthetic`)
 * or a dataset the analyst opened (its file name, its own version, its `synthetic` flag). Every export format
 * carries it, so an export of someone's synthetic test file is never mistaken for the atlas data.
 */
import type { OperationFeature } from '../../domain/operation-schema';
import type { Meta } from '../../domain/meta-schema';

export interface ExportSource {
  /** `airborne-operations` for the atlas data, else the opened file's name (`events.csv`). */
  name: string;
  /** The atlas's content hash, a dataset's own version, a content hash computed here, or `unversioned`. */
  version: string;
  synthetic: boolean;
  atlas: boolean;
}

/**
 * What an export needs to know of an opened dataset (`ParsedDataset` fits). `version` is optional: a dataset that
 * names its own version keeps it; otherwise the version is computed from the content.
 */
export interface DatasetInfo {
  name: string;
  synthetic: boolean;
  operations: OperationFeature[];
  version?: string | null;
}

export const ATLAS_NAME = 'airborne-operations';
export const UNVERSIONED = 'unversioned';

/** First 12 hex digits of the SHA-256 of a text, like the atlas's `meta.version`; null without Web Crypto. */
export async function sha256Hex12(text: string): Promise<string | null> {
  // crypto.subtle exists only in secure contexts (https, localhost); a LAN http address has none.
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest).slice(0, 6), (b) => b.toString(16).padStart(2, '0')).join('');
}

// Hashing 100k operations takes a moment: once per opened dataset.
const hashes = new WeakMap<OperationFeature[], Promise<string | null>>();

/** The version of an opened dataset: its own, else a hash of all its operations (not only the filtered ones). */
async function datasetVersion(ds: DatasetInfo): Promise<string> {
  if (ds.version) return ds.version;
  let hash = hashes.get(ds.operations);
  if (!hash) {
    hash = sha256Hex12(JSON.stringify(ds.operations));
    hashes.set(ds.operations, hash);
  }
  return (await hash) ?? UNVERSIONED;
}

export async function exportSource(meta: Meta, dataset: DatasetInfo | null): Promise<ExportSource> {
  if (!dataset) return { name: ATLAS_NAME, version: meta.version, synthetic: meta.synthetic, atlas: true };
  return { name: dataset.name, version: await datasetVersion(dataset), synthetic: dataset.synthetic, atlas: false };
}
