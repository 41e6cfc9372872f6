/** The ingest lexicons (data/lexicons/*.yaml) bundled into the propose view's worker as text. */
import actors from '../../../data/lexicons/actors.yaml?raw';
import dates from '../../../data/lexicons/dates.yaml?raw';
import numbers from '../../../data/lexicons/numbers.yaml?raw';
import operations from '../../../data/lexicons/operations.yaml?raw';
import places from '../../../data/lexicons/places.yaml?raw';
import types from '../../../data/lexicons/types.yaml?raw';
import type { LexiconTexts } from '../../../scripts/ingest/lexicon';

export const LEXICON_TEXTS: LexiconTexts = { operations, types, actors, numbers, dates, places };
