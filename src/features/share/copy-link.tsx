import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from './copy-text';

/** Copies the permalink (the whole view is in the URL) and confirms. */
export function CopyLink() {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);
  return (
    <span className="copy-link">
      <button
        type="button"
        className="tool-button"
        data-testid="copy-link"
        onClick={async () => setState((await copyText(window.location.href)) ? 'copied' : 'failed')}
      >
        {t('share.copy')}
      </button>
      <span role="status" className="copy-status" data-testid="copy-status">
        {state === 'copied' ? t('share.copied') : state === 'failed' ? t('share.failed') : ''}
      </span>
    </span>
  );
}
