import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadFilterExtras, prefetchFilterExtras } from '../../domain/filter-extras';
import './search-box.css';

interface Props {
  value: string;
  onChange: (q: string) => void;
  /** Frames the matching operations on the map; offered while a search is active and finds something. */
  onZoomToResults?: () => void;
  /** How many operations match (the button hides at 0); unknown counts as some. */
  resultCount?: number;
}

/** Free-text search in both scripts; typing updates the URL with replaceState after a short pause. */
export function SearchBox({ value, onChange, onZoomToResults, resultCount }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [synced, setSynced] = useState(value);
  if (value !== synced) {
    // The URL changed from elsewhere (Back, a chip, clear all): show it.
    setSynced(value);
    setText(value);
  }
  useEffect(() => {
    if (text === value) return;
    let live = true;
    // The URL takes the query once the code that filters it is in (domain/filter-extras.ts; it starts loading
    // when the box is focused), so that the address and the results change together.
    const timer = window.setTimeout(
      () =>
        void loadFilterExtras()
          .catch(() => undefined)
          .then(() => live && onChange(text)),
      200,
    );
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [text, value, onChange]);
  const zoom = onZoomToResults && value.trim() !== '' && resultCount !== 0;
  return (
    <div className="search-box">
      <label className="search">
        <span className="visually-hidden">{t('filters.search')}</span>
        <input
          type="search"
          data-testid="search"
          value={text}
          placeholder={t('filters.searchPlaceholder')}
          onChange={(e) => setText(e.target.value)}
          // The code that filters a query (domain/filter-extras.ts) loads while the first words are typed.
          onFocus={prefetchFilterExtras}
          dir="auto"
        />
      </label>
      {zoom && (
        <button type="button" className="link-button search-zoom" data-testid="search-zoom" onClick={onZoomToResults}>
          {t('search.zoom')}
        </button>
      )}
    </div>
  );
}
