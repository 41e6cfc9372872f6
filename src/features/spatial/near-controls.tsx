/**
 * "Within N km of …" (`near=<place id>,<km>`): a gazetteer search by Arabic or Latin name (the gazetteer loads
 * when this opens) and the distance; the chosen place and distance go to the URL.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, localizeDigits } from '../../domain/format';
import type { Meta } from '../../domain/meta-schema';
import type { Near } from '../../domain/spatial';
import type { Lang } from '../../domain/view';
import { kmFromTyped } from './area-shape';
import { loadGazetteer, type Gazetteer } from './gazetteer';
import { placeName } from './place-name';
import { searchPlaces, type Place } from './places';

interface Props {
  near: Near | null;
  place: Place | null;
  meta: Meta;
  lang: Lang;
  onChange: (near: Near | null) => void;
}

export { placeName };

export function NearControls({ near, place, meta, lang, onChange }: Props) {
  const { t } = useTranslation();
  const [gazetteer, setGazetteer] = useState<Gazetteer | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadGazetteer().then(
      (g) => live && setGazetteer(g),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<Place[] | null>(null);
  const [kmText, setKmText] = useState(() => localizeDigits(String(near?.km ?? 10), lang));
  const km = kmFromTyped(kmText);
  const find = (e?: FormEvent) => {
    e?.preventDefault();
    if (gazetteer) setHits(searchPlaces(gazetteer.places, q));
  };
  const applyKm = () => {
    if (near && km && km !== near.km) onChange({ place: near.place, km });
  };
  const other = (p: Place) => (lang === 'ar' ? p.en : p.ar);

  return (
    <section className="spatial-section" aria-labelledby="spatial-near-heading">
      <h3 id="spatial-near-heading">{t('spatial.near.heading')}</h3>
      {near && (
        <p className="spatial-current" data-testid="near-current">
          <span>
            {t('spatial.chip.near', {
              km: formatNumber(near.km, lang),
              place: place ? placeName(place, lang) : near.place,
            })}
          </span>{' '}
          <button type="button" className="link-button" data-testid="near-clear" onClick={() => onChange(null)}>
            {t('spatial.near.clear')}
          </button>
        </p>
      )}
      <label className="spatial-km">
        <span>{t('spatial.near.km')}</span>
        <input
          dir="ltr"
          inputMode="decimal"
          data-testid="near-km"
          value={kmText}
          aria-invalid={!km || undefined}
          onChange={(e) => setKmText(e.target.value)}
          onBlur={applyKm}
          onKeyDown={(e) => e.key === 'Enter' && applyKm()}
        />
      </label>
      {!km && (
        <p className="spatial-error" role="alert">
          {t('spatial.near.kmInvalid')}
        </p>
      )}
      <form className="spatial-search" role="search" onSubmit={find}>
        <label>
          <span>{t('spatial.near.search')}</span>
          <input type="search" data-testid="near-search" value={q} onChange={(e) => setQ(e.target.value)} />
        </label>
        <button type="submit" className="tool-button" data-testid="near-find" disabled={!gazetteer}>
          {t('spatial.near.find')}
        </button>
      </form>
      {!gazetteer && !failed && <p role="status">{t('spatial.near.loading')}</p>}
      {failed && (
        <p className="spatial-error" role="alert">
          {t('spatial.near.failed')}
        </p>
      )}
      {hits && !hits.length && <p role="status">{t('spatial.near.none')}</p>}
      {hits && hits.length > 0 && (
        <ul className="spatial-hits" data-testid="near-hits">
          {hits.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                data-place-id={p.id}
                disabled={!km}
                onClick={() => {
                  if (!km) return;
                  onChange({ place: p.id, km });
                  setHits(null);
                }}
              >
                <bdi>{placeName(p, lang)}</bdi>
                {other(p) && (
                  <span className="spatial-hit-other">
                    <bdi>{other(p)}</bdi>
                  </span>
                )}
                {meta.governorates[p.gov] && <span className="spatial-hit-gov">{meta.governorates[p.gov][lang]}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
