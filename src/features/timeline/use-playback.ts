/**
 * Playback of the timeline: every tick moves the time range one bin later (cumulative: the end only; moving
 * window: both ends), through the URL with replaceState, and stops at the end of the data.
 */
import { useEffect, useState } from 'react';
import { addDays, binStart, nextBin, type Bin } from '../../domain/dates';

export type PlayMode = 'cumulative' | 'window';
export const SPEEDS = [1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

interface Args {
  extent: { from: string; to: string };
  bin: Bin;
  range: { from: string | null; to: string | null };
  onStep: (from: string | null, to: string) => void;
}

export function usePlayback({ extent, bin, range, onStep }: Args) {
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(1);
  const [mode, setMode] = useState<PlayMode>('cumulative');

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const end = range.to ?? extent.from;
      if (end >= extent.to) {
        setPlaying(false);
        return;
      }
      // The last day of the bin after the one that holds `end`.
      const nextEnd = addDays(nextBin(binStart(addDays(end, 1), bin), bin), -1);
      const to = nextEnd > extent.to ? extent.to : nextEnd;
      onStep(mode === 'cumulative' ? null : binStart(to, bin), to);
    }, 1000 / speed);
    return () => window.clearInterval(timer);
  }, [playing, speed, mode, range.to, extent, bin, onStep]);

  const play = () => {
    // Start from the beginning when nothing is selected or the selection already reached the end.
    if (!range.to || range.to >= extent.to) {
      const first = addDays(nextBin(binStart(extent.from, bin), bin), -1);
      onStep(mode === 'cumulative' ? null : binStart(extent.from, bin), first);
    }
    setPlaying(true);
  };

  return { playing, play, pause: () => setPlaying(false), speed, setSpeed, mode, setMode };
}
