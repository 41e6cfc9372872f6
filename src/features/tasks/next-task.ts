/**
 * Runs `fn` in a later task, sooner than setTimeout's clamped delay: long work split into steps lets the page
 * paint and answer input between them.
 */
export function nextTask(fn: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    fn();
  };
  channel.port2.postMessage(null);
}

/**
 * Resolves once the page has drawn two more frames: layout changes made before the call (and the map's resize they
 * cause, run by its ResizeObserver within a frame) are done by then.
 */
export function afterTwoFrames(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}
