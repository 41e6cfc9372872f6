/**
 * `page=propose`: an analyst pastes an Arabic article (publication date, URL and outlet optional) and gets the
 * ingest's proposals, computed offline in a Web Worker by the same core as `npm run ingest`: drawn as drafts on a
 * small map, listed with their confidence and evidence highlighted in the text, editable, downloadable as YAML
 * records (a source cited by URL only) or explored with the rest of the atlas as the session's own dataset.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageProps } from '../../app/full-page';
import { formatNumber, localizeDigits } from '../../domain/format';
import { DraftMap } from '../map/draft-map';
import { downloadRecords } from './download';
import { EvidenceText } from './evidence-text';
import { ProposalCard } from './proposal-card';
import { ProposeForm } from './propose-form';
import { NEEDS_SOURCE, toFeature } from './drafts';
import { useProposals, type Status } from './use-proposals';
import './propose.css';

function StatusLine({ status }: { status: Status }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ar' ? 'ar' : 'en';
  if (status.kind === 'idle') return null;
  if (status.kind === 'running') return <p role="status">{t('propose.running')}</p>;
  if (status.kind === 'error')
    return (
      <p role="alert" className="propose-error">
        {t('propose.failed', { message: status.message })}
      </p>
    );
  if (status.kind === 'problem') {
    const p = status.problem;
    const msg =
      p.code === 'too-long'
        ? t('propose.problem.too-long', { chars: formatNumber(p.chars, lang), max: formatNumber(p.max, lang) })
        : t(`propose.problem.${p.code}`);
    return (
      <p role="alert" className="propose-error" data-testid="propose-problem" data-code={p.code}>
        {msg}
      </p>
    );
  }
  return <p role="status">{localizeDigits(t('propose.took', { ms: Math.round(status.ms) }), lang)}</p>;
}

export default function ProposePage({ meta, lang, onExplore }: PageProps) {
  const { t } = useTranslation();
  const s = useProposals(meta);
  const [selected, setSelected] = useState<string | null>(null);
  const current = s.drafts.find((d) => d.key === selected) ?? s.drafts[0] ?? null;
  const points = useMemo(
    () =>
      s.drafts.flatMap((d, i) =>
        d.p.lon !== null && d.p.lat !== null
          ? [
              {
                key: d.key,
                n: localizeDigits(String(i + 1), lang),
                lon: d.p.lon,
                lat: d.p.lat,
                selected: d === current,
              },
            ]
          : [],
      ),
    [s.drafts, current, lang],
  );
  const good = s.records.flatMap((r, i) => (r.ok ? [{ r, d: s.drafts[i] }] : []));
  const files = good.map(({ r }) => ({ name: `${r.id}.yaml`, text: r.yaml }));
  const features = good.map(({ r, d }) => toFeature(r.record, d.p));
  const errors = s.records.flatMap((r, i) =>
    r.ok
      ? []
      : r.errors.map(
          (e) => `${localizeDigits(String(i + 1), lang)}: ${e === NEEDS_SOURCE ? t('propose.needSource') : e}`,
        ),
  );
  return (
    <div className="propose-page" data-testid="propose">
      <h2>{t('propose.title')}</h2>
      <p>{t('propose.intro')}</p>
      <ProposeForm
        text={s.text}
        source={s.source}
        busy={s.status.kind === 'running'}
        onText={s.setText}
        onSource={s.setSource}
        onRun={() => void s.run()}
      />
      <StatusLine status={s.status} />
      {s.status.kind === 'done' && (
        <div className="propose-results">
          <div className="propose-side">
            <DraftMap points={points} onSelect={setSelected} />
            <p data-testid="proposal-count" data-count={s.drafts.length}>
              {t('propose.count', { count: s.drafts.length, n: formatNumber(s.drafts.length, lang) })}
            </p>
            <ol className="proposal-list">
              {s.drafts.map((d, i) => (
                <ProposalCard
                  key={d.key}
                  n={i + 1}
                  draft={d}
                  meta={meta}
                  selected={d === current}
                  onSelect={() => setSelected(d.key)}
                  onChange={s.update}
                  search={s.search}
                />
              ))}
            </ol>
            {s.drafts.length > 0 && (
              <div className="propose-actions">
                <button
                  type="button"
                  data-testid="proposal-download"
                  disabled={!good.length}
                  onClick={() => downloadRecords(files)}
                >
                  {t('propose.download')}
                </button>
                <button
                  type="button"
                  data-testid="proposal-explore"
                  disabled={!good.length}
                  onClick={() => onExplore(t('propose.datasetName'), features)}
                >
                  {t('propose.explore')}
                </button>
                {errors.length > 0 && (
                  <ul role="alert" className="propose-error" data-testid="proposal-errors">
                    {errors.map((e) => (
                      <li key={e}>{e}</li>
                    ))}
                  </ul>
                )}
              </div>
            )}
          </div>
          <EvidenceText text={s.text} proposal={current?.p ?? null} />
        </div>
      )}
    </div>
  );
}
