/**
 * Playback of the timeline, one histogram bin per tick, through the URL (replaceState). Only the bins that hold
 * operations (under every other filter) are steps, so empty years or months are skipped. Cumulative playback
 * shows everything up to the step's end; the moving window shows the step's bin alone. At the end the time
 * filter from before playback comes back; a person changing the time takes over (`stop`).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { addDays } from '../../domain/dates';
import type { Filters } from '../../domain/filter-state';
import type { TimeAxis } from './use-time-axis';

export type PlayMode = 'cumulative' | 'window';
export const SPEEDS = [1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];
export type TimePatch = Pick<Filters, 'from' | 'to' | 'years'>;

export interface PlaybackStep {
  start: string;
  end: string;
}

export interface Playback {
  playing: boolean;
  /** The step on show while playing or paused mid-way, else null. */
  step: PlaybackStep | null;
  index: number;
  steps: PlaybackStep[];
  play: () => void;
  pause: () => void;
  /** Ends playback where it is (a person took over the time filter). */
  stop: () => void;
  speed: Speed;
  setSpeed: (s: Speed) => void;
  mode: PlayMode;
  setMode: (m: PlayMode) => void;
}

/** The steps of a playback: the bins that hold operations, as inclusive date ranges. */
export function playbackSteps(axis: TimeAxis): PlaybackStep[] {
  return axis.bins.filter((b) => b.total > 0).map((b) => ({ start: b.start, end: addDays(b.end, -1) }));
}

export function usePlayback(axis: TimeAxis, time: TimePatch, onStep: (patch: TimePatch) => void): Playback {
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(1);
  const [mode, setMode] = useState<PlayMode>('cumulative');
  const [index, setIndex] = useState<number | null>(null);
  const saved = useRef<TimePatch | null>(null);
  const steps = useMemo(() => playbackSteps(axis), [axis]);

  const show = useCallback(
    (i: number) => {
      const s = steps[i];
      setIndex(i);
      onStep({ from: mode === 'window' ? s.start : null, to: s.end, years: [] });
    },
    [steps, mode, onStep],
  );
  const finish = useCallback(() => {
    setPlaying(false);
    setIndex(null);
    if (saved.current) onStep(saved.current);
    saved.current = null;
  }, [onStep]);

  useEffect(() => {
    if (!playing || index === null) return;
    const timer = window.setTimeout(() => (index + 1 < steps.length ? show(index + 1) : finish()), 1000 / speed);
    return () => window.clearTimeout(timer);
  }, [playing, index, steps, speed, show, finish]);

  const play = () => {
    if (!steps.length) return;
    if (index !== null && index + 1 < steps.length) {
      // Resume after a pause.
      setPlaying(true);
      show(index + 1);
      return;
    }
    saved.current ??= { from: time.from, to: time.to, years: time.years };
    setPlaying(true);
    show(0);
  };
  const stop = useCallback(() => {
    setPlaying(false);
    setIndex(null);
    saved.current = null;
  }, []);

  return {
    playing,
    step: index === null ? null : (steps[index] ?? null),
    index: index ?? -1,
    steps,
    play,
    pause: () => setPlaying(false),
    stop,
    speed,
    setSpeed,
    mode,
    setMode,
  };
}
