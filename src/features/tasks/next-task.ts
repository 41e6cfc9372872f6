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
