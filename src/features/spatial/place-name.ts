import type { Lang } from '../../domain/view';
import type { Place } from './places';

/** A gazetteer place's name in the UI language (the other language's when it has none). */
export const placeName = (p: Place, lang: Lang) => (lang === 'ar' ? p.ar || p.en : p.en || p.ar);
