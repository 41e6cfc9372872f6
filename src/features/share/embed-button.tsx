import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from './copy-text';
import { EMBED_SIZES, embedSnippet, type EmbedSize } from './embed';
import './share.css';

/**
 * "Embed": the iframe snippet of the current view for an article, at a chosen size, with a copy button. The
 * snippet is built when the panel opens, from the address at that moment (the view in the URL).
 */
export function EmbedButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [size, setSize] = useState<EmbedSize>('medium');
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();
  const snippet = open ? embedSnippet(window.location.href, size, t('app.title')) : '';

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>('input:checked')?.focus();
    const escape = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    document.addEventListener('keydown', escape);
    return () => document.removeEventListener('keydown', escape);
  }, [open]);

  return (
    <span className="embed-share">
      <button
        type="button"
        className="tool-button"
        data-testid="embed-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          setStatus('idle');
          setOpen(!open);
        }}
      >
        {t('share.embed')}
      </button>
      {open && (
        <div ref={panel} id={id} className="embed-panel" role="dialog" aria-label={t('share.embedTitle')}>
          <fieldset>
            <legend>{t('share.embedSize')}</legend>
            {(Object.keys(EMBED_SIZES) as EmbedSize[]).map((s) => (
              <label key={s}>
                <input type="radio" name={`${id}-size`} checked={size === s} onChange={() => setSize(s)} />
                {t(`share.size.${s}`)} <bdi dir="ltr">{`${EMBED_SIZES[s].width}×${EMBED_SIZES[s].height}`}</bdi>
              </label>
            ))}
          </fieldset>
          <textarea
            readOnly
            dir="ltr"
            rows={4}
            value={snippet}
            data-testid="embed-snippet"
            aria-label={t('share.embedTitle')}
          />
          <button
            type="button"
            className="tool-button"
            data-testid="embed-copy"
            onClick={async () => setStatus((await copyText(snippet)) ? 'copied' : 'failed')}
          >
            {t('share.embedCopy')}
          </button>
          <span role="status" className="copy-status">
            {status === 'copied' ? t('share.copied') : status === 'failed' ? t('share.failed') : ''}
          </span>
        </div>
      )}
    </span>
  );
}
