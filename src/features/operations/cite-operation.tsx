import { useTranslation } from 'react-i18next';
import { citeOperation, permalink } from '../../domain/citation';
import type { UiLang } from '../../domain/format';
import type { OperationFeature } from '../../domain/operation-schema';
import { CiteButton } from '../share/cite-button';

/** "Cite this operation": its title, date and id, the data version and the operation's permalink, in the UI language. */
export function CiteOperation({ operation, version }: { operation: OperationFeature; version: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as UiLang;
  const p = operation.properties;
  const cite = () =>
    citeOperation(
      {
        id: p.id,
        title: lang === 'ar' ? p.title_ar : p.title_en,
        date: p.date,
        version,
        url: permalink(window.location.href, { lang, op: p.id }),
        accessed: new Date().toISOString().slice(0, 10),
      },
      lang,
    );
  return <CiteButton cite={cite} label={t('methodology.citeOperation')} testId="cite-operation" />;
}
