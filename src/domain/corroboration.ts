/**
 * Corroboration: how many distinct outlets report an operation. A story republished by another site (a wire
 * story, a syndicated article, marked `republished_from`) counts once, under the outlet that wrote it. Outlet
 * names are compared case- and spacing-insensitively, so "Enab Baladi" and "enab  baladi" are one outlet.
 */
import type { PublishedSource } from './operation-schema';

/** Two or more distinct outlets: what the "corroborated only" filter keeps. */
export const CORROBORATED = 2;

/** The outlet a source's story comes from, normalised for comparison. */
export function outletKey(s: Pick<PublishedSource, 'outlet' | 'republished_from'>): string {
  return (s.republished_from ?? s.outlet)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The number of distinct outlets among the sources. */
export function countOutlets(sources: readonly Pick<PublishedSource, 'outlet' | 'republished_from'>[]): number {
  return new Set(sources.map(outletKey).filter(Boolean)).size;
}

/** An operation's corroboration: as published, or counted from its sources (imported datasets may lack it). */
export function corroborationOf(p: { corroboration?: number; sources: PublishedSource[] }): number {
  return p.corroboration ?? countOutlets(p.sources);
}

/** True for a source cited by URL only: its text is not stored here, its claims are paraphrased. */
export const isCited = (s: PublishedSource): boolean => s.quote_ar === undefined;
