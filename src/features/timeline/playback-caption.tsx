import { useTranslation } from 'react-i18next';
import type { Bin } from '../../domain/dates';
import { formatDate, formatNumber } from '../../domain/format';
import type { Lang } from '../../domain/view';
import type { Playback } from './use-playback';

interface Props {
  playback: Playback;
  bin: Bin;
  lang: Lang;
}

/** Over the map while playback runs or is paused mid-way: the period on show, and which step of how many. */
export function PlaybackCaption({ playback, bin, lang }: Props) {
  const { t } = useTranslation();
  const { step, index, steps, mode } = playback;
  if (!step) return null;
  const period = formatDate(step.start, lang, bin === 'day' ? 'day' : bin);
  return (
    <p className="playback-caption" data-testid="playback-caption" role="status">
      <strong>{t(mode === 'window' ? 'timeline.showing' : 'timeline.upTo', { period })}</strong>
      <span className="muted">
        {t('timeline.stepOf', { step: formatNumber(index + 1, lang), steps: formatNumber(steps.length, lang) })}
      </span>
    </p>
  );
}
