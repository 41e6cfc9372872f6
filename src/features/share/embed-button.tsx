import { lazy, Suspense, useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmbedSize } from './embed';
import './share.css';

const load = () => import('./embed-panel');
const EmbedPanel = lazy(() => load().then((m) => ({ default: m.EmbedPanel })));

/**
 * "Embed": opens the panel with the iframe snippet of the current view for an article (embed-panel.tsx, whose
 * code loads when it first opens).
 */
export function EmbedButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [size, setSize] = useState<EmbedSize>('medium');
  const id = useId();
  const close = useCallback(() => setOpen(false), []);

  return (
    <span className="embed-share">
      <button
        type="button"
        className="tool-button"
        data-testid="embed-button"
        aria-expanded={open}
        aria-controls={id}
        // Pointing at the button starts fetching the panel's code, so that the click seldom waits.
        onPointerEnter={() => void load()}
        onFocus={() => void load()}
        onClick={() => setOpen(!open)}
      >
        {t('share.embed')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <EmbedPanel id={id} size={size} onSize={setSize} onClose={close} />
        </Suspense>
      )}
    </span>
  );
}
