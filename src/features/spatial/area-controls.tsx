/**
 * The area (`area=`): draw a rectangle or a polygon on the map (terra-draw, loaded on first use), edit or clear
 * it; or, from the keyboard, type its corners or take a governorate's outline.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localizeDigits } from '../../domain/format';
import type { Meta } from '../../domain/meta-schema';
import type { Area } from '../../domain/spatial';
import type { Lang } from '../../domain/view';
import { areaFromTyped, governorateArea, type GovernorateShapes } from './area-shape';
import type { useAreaDraw } from './use-area-draw';

interface Props {
  area: Area | null;
  meta: Meta;
  lang: Lang;
  drawing: ReturnType<typeof useAreaDraw>;
  canDraw: boolean;
  onChange: (area: Area | null) => void;
}

const SIDES = ['west', 'south', 'east', 'north'] as const;

let outlines: Promise<GovernorateShapes> | null = null;
const loadOutlines = () =>
  (outlines ??= fetch(`${import.meta.env.BASE_URL}data/basemap/governorates.geojson`).then((r) => {
    if (!r.ok) throw new Error(`governorates.geojson: HTTP ${r.status}`);
    return r.json() as Promise<GovernorateShapes>;
  })).catch((e: unknown) => {
    outlines = null;
    throw e;
  });

export function AreaControls({ area, meta, lang, drawing, canDraw, onChange }: Props) {
  const { t } = useTranslation();
  const box = area?.kind === 'box' ? area.box : null;
  const [typed, setTyped] = useState<string[]>(() =>
    box ? box.map((v) => localizeDigits(String(v), lang)) : ['', '', '', ''],
  );
  const [invalid, setInvalid] = useState(false);
  const [failed, setFailed] = useState(false);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const a = areaFromTyped(typed[0], typed[1], typed[2], typed[3]);
    setInvalid(!a);
    if (a) onChange(a);
  };
  const pickGovernorate = (iso: string) => {
    if (!iso) return;
    loadOutlines().then(
      (shapes) => {
        setFailed(false);
        const a = governorateArea(shapes, iso);
        if (a) onChange(a);
      },
      () => setFailed(true),
    );
  };
  const govs = Object.entries(meta.governorates).sort((a, b) => a[1][lang].localeCompare(b[1][lang], lang));

  return (
    <section className="spatial-section" aria-labelledby="spatial-area-heading">
      <h3 id="spatial-area-heading">{t('spatial.area.heading')}</h3>
      <div className="spatial-buttons">
        <button
          type="button"
          className="tool-button"
          data-testid="area-draw-rectangle"
          disabled={!canDraw}
          onClick={() => drawing.start('rectangle')}
        >
          {t('spatial.area.drawRectangle')}
        </button>
        <button
          type="button"
          className="tool-button"
          data-testid="area-draw-polygon"
          disabled={!canDraw}
          onClick={() => drawing.start('polygon')}
        >
          {t('spatial.area.drawPolygon')}
        </button>
        {area && (
          <>
            <button
              type="button"
              className="tool-button"
              data-testid="area-edit"
              disabled={!canDraw}
              onClick={() => drawing.start('edit')}
            >
              {t('spatial.area.edit')}
            </button>
            <button type="button" className="link-button" data-testid="area-clear" onClick={() => onChange(null)}>
              {t('spatial.area.clear')}
            </button>
          </>
        )}
      </div>
      <form className="spatial-typed" onSubmit={apply} noValidate>
        <fieldset>
          <legend>{t('spatial.area.typed')}</legend>
          {SIDES.map((side, i) => (
            <label key={side}>
              <span>{t(`spatial.area.${side}`)}</span>
              <input
                dir="ltr"
                inputMode="decimal"
                data-testid={`area-${side}`}
                value={typed[i]}
                aria-invalid={invalid || undefined}
                onChange={(e) => setTyped(typed.map((v, j) => (j === i ? e.target.value : v)))}
              />
            </label>
          ))}
        </fieldset>
        <button type="submit" className="tool-button" data-testid="area-apply">
          {t('spatial.area.apply')}
        </button>
        {invalid && (
          <p className="spatial-error" role="alert">
            {t('spatial.area.invalid')}
          </p>
        )}
      </form>
      <label className="spatial-governorate">
        <span>{t('spatial.area.governorate')}</span>
        <select data-testid="area-governorate" value="" onChange={(e) => pickGovernorate(e.target.value)}>
          <option value="">{t('spatial.area.chooseGovernorate')}</option>
          {govs.map(([iso, g]) => (
            <option key={iso} value={iso}>
              {g[lang]}
            </option>
          ))}
        </select>
      </label>
      {failed && (
        <p className="spatial-error" role="alert">
          {t('spatial.area.loadFailed')}
        </p>
      )}
    </section>
  );
}
