/** Builds schema-valid operations for unit tests, overriding only what a test cares about. */
import { unstated, type OperationFeature, type OperationProperties } from './operation-schema';

export function makeOp(
  p: Partial<OperationProperties> & { id: string },
  lonLat: [number, number] = [40, 35],
): OperationFeature {
  const date = p.date ?? '2020-01-01';
  return {
    type: 'Feature',
    id: p.id,
    geometry: { type: 'Point', coordinates: lonLat },
    properties: {
      ...unstated(),
      date,
      date_end: null,
      date_precision: 'day',
      date_disputed: false,
      year: Number(date.slice(0, 4)),
      type: 'raid',
      actors: ['coalition'],
      target: 'isis',
      place_id: 'wof:1',
      place_ar: 'مكان',
      place_en: 'Place',
      place_note_en: '',
      place_note_ar: '',
      governorate: 'SY-DY',
      location_precision: 'village',
      title_ar: 'عنوان',
      title_en: 'Title',
      summary_ar: 'ملخص',
      summary_en: 'Summary',
      confidence: 'medium',
      airborne_explicit: true,
      sources: [
        {
          article_id: 'a',
          outlet: 'O',
          outlet_ar: 'م',
          url: 'https://example.org',
          published: date,
          published_end: null,
          published_precision: 'exact',
          quote_ar: 'اقتباس',
        },
      ],
      ...p,
    },
  };
}
