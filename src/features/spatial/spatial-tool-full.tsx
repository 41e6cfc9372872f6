/**
 * The map's "Area & distance" tool once first opened (spatial-tool.tsx shows its button until then): the area and
 * radius controls. While a shape is being drawn the panel gives way to a slim bar (what to do, Done/Cancel), so
 * the map stays usable.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meta } from '../../domain/meta-schema';
import type { Area, Near } from '../../domain/spatial';
import type { Lang } from '../../domain/view';
import { AreaControls } from './area-controls';
import { areaKey } from './area-shape';
import { NearControls } from './near-controls';
import type { Place } from './places';
import { useAreaDraw, type DrawArea } from './use-area-draw';
import './spatial-tool.css';

export interface SpatialToolProps {
  area: Area | null;
  near: Near | null;
  /** The place of `near=`, once the gazetteer has it. */
  place: Place | null;
  meta: Meta;
  lang: Lang;
  /** Drawing on the map (null while the map is not ready). */
  draw: DrawArea | null;
  onChange: (patch: { area?: Area | null; near?: Near | null }, mode: 'push' | 'replace') => void;
}

const HINTS = { rectangle: 'hintRectangle', polygon: 'hintPolygon', edit: 'hintEdit' } as const;

/** Mounted open, by a click on the button it replaces; that button's focus passes to its own. */
export function SpatialToolFull({ area, near, place, meta, lang, draw, onChange }: SpatialToolProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);
  const drawing = useAreaDraw(draw, area, (a, edit) => onChange({ area: a }, edit ? 'replace' : 'push'));
  // When drawing ends the bar goes: focus returns to the tool's button, not to the page's start.
  const toggle = useRef<HTMLButtonElement>(null);
  const wasDrawing = useRef(false);
  useEffect(() => {
    if (document.activeElement === document.body) toggle.current?.focus();
  }, []);
  useEffect(() => {
    if (wasDrawing.current && !drawing.kind) toggle.current?.focus();
    wasDrawing.current = !!drawing.kind;
  }, [drawing.kind]);

  if (drawing.kind)
    return (
      <div
        className="spatial-bar"
        role="status"
        data-testid="area-drawing"
        data-kind={drawing.kind}
        data-status={drawing.status ?? 'ready'}
      >
        <span>
          {drawing.status === 'loading'
            ? t('spatial.area.loading')
            : drawing.status === 'failed'
              ? t('spatial.area.drawFailed')
              : t(`spatial.area.${HINTS[drawing.kind]}`)}
        </span>
        {drawing.kind === 'edit' ? (
          <button type="button" className="tool-button" data-testid="area-done" onClick={drawing.end}>
            {t('spatial.area.done')}
          </button>
        ) : (
          <button type="button" className="tool-button" data-testid="area-cancel" onClick={drawing.end}>
            {t('spatial.area.cancel')}
          </button>
        )}
      </div>
    );

  return (
    <div className="spatial-tool" data-open={open}>
      <button
        ref={toggle}
        type="button"
        className="tool-button spatial-toggle"
        data-testid="spatial-open"
        aria-expanded={open}
        aria-controls="spatial-panel"
        data-active={!!(area || near)}
        onClick={() => setOpen(!open)}
      >
        {t('spatial.open')}
      </button>
      {open && (
        <div className="spatial-panel" id="spatial-panel" data-testid="spatial-panel">
          <AreaControls
            key={`area:${areaKey(area)}`}
            area={area}
            meta={meta}
            lang={lang}
            drawing={drawing}
            canDraw={!!draw}
            onChange={(a) => onChange({ area: a }, 'push')}
          />
          <NearControls
            key={`near:${near ? `${near.place},${near.km}` : ''}`}
            near={near}
            place={place}
            meta={meta}
            lang={lang}
            onChange={(n) => onChange({ near: n }, 'push')}
          />
          <button type="button" className="link-button spatial-close" onClick={() => setOpen(false)}>
            {t('spatial.close')}
          </button>
        </div>
      )}
    </div>
  );
}
