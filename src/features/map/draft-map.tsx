/**
 * A small map of draft operations for the propose view (the only MapLibre code outside the main controller's
 * map): it creates its own map once, feeds the drafts with setData, fits them, reports clicks, and marks its
 * container `data-map-idle` like the atlas map.
 */
import arabic from '@fontsource-files/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import latin from '@fontsource-files/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { draftData, draftStyle, type DraftPoint } from './draft-style';
import { maplibregl } from './maplibre';

const absolute = (u: string) => new URL(u, location.href).href;

export function DraftMap({ points, onSelect }: { points: DraftPoint[]; onSelect: (key: string) => void }) {
  const { t, i18n } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const map = useRef<maplibregl.Map | null>(null);
  const select = useRef(onSelect);
  useEffect(() => {
    select.current = onSelect;
  }, [onSelect]);
  const lang = i18n.language === 'ar' ? 'ar' : 'en';
  useEffect(() => {
    const el = box.current!;
    const theme = document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
    let m: maplibregl.Map;
    try {
      m = new maplibregl.Map({
        container: el,
        style: draftStyle({
          lang,
          theme,
          dataUrl: absolute(`${import.meta.env.BASE_URL}data/`),
          fonts: { latin: absolute(latin), arabic: absolute(arabic) },
        }),
        center: [38.5, 35.2],
        zoom: 5,
        attributionControl: false,
      });
    } catch {
      el.dataset.mapIdle = 'true';
      return;
    }
    m.on('idle', () => (el.dataset.mapIdle = 'true'));
    m.on('movestart', () => (el.dataset.mapIdle = 'false'));
    m.on('click', 'draft-ring', (e) => {
      const key = e.features?.[0]?.properties?.key;
      if (key !== undefined) select.current(String(key));
    });
    map.current = m;
    return () => {
      m.remove();
      map.current = null;
    };
    // The map is created once; the language of its labels is the one it opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    const m = map.current;
    if (!m) return;
    const apply = () => {
      (m.getSource('drafts') as maplibregl.GeoJSONSource | undefined)?.setData(draftData(points));
      if (!points.length) return;
      const lons = points.map((p) => p.lon);
      const lats = points.map((p) => p.lat);
      m.fitBounds(
        [
          [Math.min(...lons) - 0.3, Math.min(...lats) - 0.3],
          [Math.max(...lons) + 0.3, Math.max(...lats) + 0.3],
        ],
        { maxZoom: 9, duration: 0 },
      );
    };
    if (m.isStyleLoaded()) apply();
    else m.once('load', apply);
  }, [points]);
  return <div ref={box} className="draft-map" data-testid="draft-map" role="img" aria-label={t('propose.map')} />;
}
