import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

interface Props {
  /** The citation, built when the button is pressed (the permalink and access date are those of that moment). */
  cite: () => string;
  label: string;
  testId: string;
}

/** Copies a citation and says so; when the clipboard refuses, the citation is shown to copy by hand. */
export function CiteButton({ cite, label, testId }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ status: 'idle' | 'copied' | 'failed'; text: string }>({
    status: 'idle',
    text: '',
  });
  useEffect(() => {
    if (state.status !== 'copied') return;
    const timer = window.setTimeout(() => setState((s) => ({ ...s, status: 'idle' })), 4000);
    return () => window.clearTimeout(timer);
  }, [state.status]);
  return (
    <span className="cite">
      <button
        type="button"
        className="tool-button"
        data-testid={testId}
        onClick={async () => {
          const text = cite();
          setState({ status: (await copy(text)) ? 'copied' : 'failed', text });
        }}
      >
        {label}
      </button>
      <span role="status" className="cite-status" data-testid={`${testId}-status`}>
        {state.status === 'copied'
          ? t('methodology.copied')
          : state.status === 'failed'
            ? t('methodology.copyFailed')
            : ''}
      </span>
      {state.status === 'failed' && (
        <textarea className="cite-text" readOnly value={state.text} dir="auto" aria-label={label} />
      )}
    </span>
  );
}
