/** The article and its (optional) publication date, URL and outlet, and the button that runs the extractor. */
import { useTranslation } from 'react-i18next';
import type { SourceFields } from './drafts';

export function ProposeForm(props: {
  text: string;
  source: SourceFields;
  busy: boolean;
  onText: (t: string) => void;
  onSource: (s: SourceFields) => void;
  onRun: () => void;
}) {
  const { t } = useTranslation();
  const field = (k: keyof SourceFields, testid?: string, placeholder?: string) => (
    <label>
      {t(`propose.source.${k}`)}
      <input
        dir="ltr"
        value={props.source[k]}
        placeholder={placeholder}
        data-testid={testid}
        onChange={(e) => props.onSource({ ...props.source, [k]: e.target.value })}
      />
    </label>
  );
  return (
    <form
      className="propose-form"
      onSubmit={(e) => {
        e.preventDefault();
        props.onRun();
      }}
    >
      <label className="propose-text-label">
        {t('propose.text.label')}
        <textarea
          dir="auto"
          rows={12}
          value={props.text}
          data-testid="propose-text"
          placeholder={t('propose.text.placeholder')}
          onChange={(e) => props.onText(e.target.value)}
        />
      </label>
      <div className="editor-row">
        {field('published', 'propose-published', 'YYYY-MM-DD')}
        {field('url', 'propose-url', 'https://')}
        {field('outlet', 'propose-outlet')}
      </div>
      <p className="propose-note">{t('propose.optional')}</p>
      <button type="submit" data-testid="propose-run" disabled={props.busy}>
        {props.busy ? t('propose.running') : t('propose.run')}
      </button>
    </form>
  );
}
