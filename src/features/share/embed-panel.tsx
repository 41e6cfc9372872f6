import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from './copy-text';
import { EMBED_SIZES, embedSnippet, type EmbedSize } from './embed';
import './share.css';

/**
 * The Embed panel (loaded when it first opens): the iframe snippet of the current view at a chosen size, with a
 * copy button. The snippet is built from the address at that moment (the view in the URL).
 */
interface Props {
  id: string;
  /** The size, kept by the button from one opening to the next. */
  size: EmbedSize;
  onSize: (size: EmbedSize) => void;
  onClose: () => void;
}

export function EmbedPanel({ id, size, onSize, onClose }: Props) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const panel = useRef<HTMLDivElement>(null);
  const snippet = embedSnippet(window.location.href, size, t('app.title'));

  useEffect(() => {
    panel.current?.querySelector<HTMLElement>('input:checked')?.focus();
    const escape = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', escape);
    return () => document.removeEventListener('keydown', escape);
  }, [onClose]);

  return (
    <div ref={panel} id={id} className="embed-panel" role="dialog" aria-label={t('share.embedTitle')}>
      <fieldset>
        <legend>{t('share.embedSize')}</legend>
        {(Object.keys(EMBED_SIZES) as EmbedSize[]).map((s) => (
          <label key={s}>
            <input type="radio" name={`${id}-size`} checked={size === s} onChange={() => onSize(s)} />
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
  );
}
