/**
 * The map's "Area & distance" tool: a button over the map. Its panel (area and radius controls, drawing) loads on
 * the first click (spatial-tool-full.tsx), and replaces this button with one just like it.
 */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { prefetchFilterExtras } from '../../domain/filter-extras';
import type { SpatialToolProps } from './spatial-tool-full';
import './spatial-tool.css';

// The panel and the code that filters an area or a radius (domain/filter-extras.ts) come together.
const load = () => {
  prefetchFilterExtras();
  return import('./spatial-tool-full');
};
const SpatialToolFull = lazy(() => load().then((m) => ({ default: m.SpatialToolFull })));

export function SpatialTool(props: SpatialToolProps) {
  const { t } = useTranslation();
  const [used, setUsed] = useState(false);
  const button = (
    <div className="spatial-tool" data-open={used}>
      <button
        type="button"
        className="tool-button spatial-toggle"
        data-testid="spatial-open"
        aria-expanded={used}
        aria-controls="spatial-panel"
        data-active={!!(props.area || props.near)}
        // Pointing at the button starts fetching the panel's code, so that the click seldom waits.
        onPointerEnter={() => void load()}
        onFocus={() => void load()}
        onClick={() => setUsed(true)}
      >
        {t('spatial.open')}
      </button>
    </div>
  );
  if (!used) return button;
  return (
    <Suspense fallback={button}>
      <SpatialToolFull {...props} />
    </Suspense>
  );
}
