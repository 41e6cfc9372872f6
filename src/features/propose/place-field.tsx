/** The place of a draft: the gazetteer searched in Arabic or Latin through the worker; a pick sets the place. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlaceHit } from './place-search';

export function PlaceField({
  search,
  onPick,
}: {
  search: (q: string) => Promise<PlaceHit[]>;
  onPick: (p: PlaceHit) => void;
}) {
  const { t, i18n } = useTranslation();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<PlaceHit[] | null>(null);
  const run = async () => setHits(await search(q));
  return (
    <div className="place-field">
      <label>
        {t('propose.placeSearch')}
        <input
          type="search"
          value={q}
          data-testid="place-search"
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void run();
            }
          }}
        />
      </label>
      <button type="button" onClick={() => void run()}>
        {t('propose.find')}
      </button>
      {hits && !hits.length && <p role="status">{t('propose.noPlace')}</p>}
      {hits && hits.length > 0 && (
        <ul className="place-hits">
          {hits.map((h) => (
            <li key={h.id}>
              <button
                type="button"
                data-place-id={h.id}
                onClick={() => {
                  onPick(h);
                  setHits(null);
                }}
              >
                <bdi>{i18n.language === 'ar' ? h.name_ar || h.name_en : h.name_en}</bdi> ({h.governorate})
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
