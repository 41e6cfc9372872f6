/** Messages between the propose view and its ingest worker. */
import type { Proposal } from '../../../scripts/ingest/types';
import type { PlaceHit } from './place-search';

export type WorkerRequest = { id: number; dataUrl: string } & (
  | { kind: 'run'; text: string; published: string | null; today: string }
  | { kind: 'search'; query: string }
  | { kind: 'place'; placeId: string }
);

export type WorkerResponse =
  | { id: number; kind: 'result'; proposals: Proposal[]; ms: number }
  | { id: number; kind: 'places'; places: PlaceHit[] }
  | { id: number; kind: 'error'; message: string };
