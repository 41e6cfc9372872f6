import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Free-text search in both scripts; typing updates the URL with replaceState after a short pause. */
export function SearchBox({ value, onChange }: { value: string; onChange: (q: string) => void }) {
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
    const timer = window.setTimeout(() => onChange(text), 200);
    return () => window.clearTimeout(timer);
  }, [text, value, onChange]);
  return (
    <label className="search">
      <span className="visually-hidden">{t('filters.search')}</span>
      <input
        type="search"
        data-testid="search"
        value={text}
        placeholder={t('filters.searchPlaceholder')}
        onChange={(e) => setText(e.target.value)}
        dir="auto"
      />
    </label>
  );
}
