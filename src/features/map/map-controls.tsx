import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './map-controls.css';
import { LAYER_MODES, type Lang, type LayerMode } from '../../domain/view';
import { EMBEDDED_BASEMAP, ONLINE_BASEMAPS } from './basemaps';

interface Props {
  lang: Lang;
  basemap: string;
  mode: LayerMode;
  onBasemap: (id: string) => void;
  onMode: (mode: LayerMode) => void;
  /** Below the pickers, in the same box (the comparison's key while `vs=` is set). */
  children?: ReactNode;
}

const MODES = LAYER_MODES;

/** Basemap and layer-mode pickers; the choices live in the URL (`base=`, `layer=`). */
export function MapControls({ lang, basemap, mode, onBasemap, onMode, children }: Props) {
  const { t } = useTranslation();
  return (
    <div className="map-controls">
      <label>
        <span>{t('map.basemap')}</span>
        <select data-testid="basemap-switch" value={basemap} onChange={(e) => onBasemap(e.target.value)}>
          {[EMBEDDED_BASEMAP, ...ONLINE_BASEMAPS].map((b) => (
            <option key={b.id} value={b.id}>
              {b.label[lang]}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="segmented" data-testid="layer-mode">
        <legend>{t('map.layer')}</legend>
        {MODES.map((m) => (
          <label key={m}>
            <input type="radio" name="layer-mode" value={m} checked={mode === m} onChange={() => onMode(m)} />
            <span>{t(`map.modes.${m}`)}</span>
          </label>
        ))}
      </fieldset>
      {children}
    </div>
  );
}
