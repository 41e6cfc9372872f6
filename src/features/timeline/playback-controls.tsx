import { useTranslation } from 'react-i18next';
import { SPEEDS, type Playback, type PlayMode, type Speed } from './use-playback';

type Props = Pick<Playback, 'playing' | 'play' | 'pause' | 'speed' | 'setSpeed' | 'mode' | 'setMode'>;

/** Play/pause, speed and cumulative vs moving-window playback. */
export function PlaybackControls({ playing, play, pause, speed, setSpeed, mode, setMode }: Props) {
  const { t } = useTranslation();
  return (
    <div className="playback" role="group" aria-label={t('timeline.playback')}>
      <button
        type="button"
        className="play-button"
        data-testid="play"
        aria-pressed={playing}
        onClick={playing ? pause : play}
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
        <span className="visually-hidden">{t(playing ? 'timeline.pause' : 'timeline.play')}</span>
      </button>
      <label>
        <span className="visually-hidden">{t('timeline.speed')}</span>
        <select dir="ltr" value={speed} onChange={(e) => setSpeed(Number(e.target.value) as Speed)} data-testid="speed">
          {SPEEDS.map((s) => (
            <option key={s} value={s}>{`${s}×`}</option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">{t('timeline.mode')}</span>
        <select value={mode} onChange={(e) => setMode(e.target.value as PlayMode)} data-testid="play-mode">
          <option value="cumulative">{t('timeline.cumulative')}</option>
          <option value="window">{t('timeline.window')}</option>
        </select>
      </label>
    </div>
  );
}
