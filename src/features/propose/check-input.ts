/**
 * What the propose view refuses before running the extractor, with a reason the UI names: nothing pasted, text
 * that is not Arabic, binary content, or a text too long for one article (the extractor reads one article at a
 * time; a 2 MB paste is a mistake, not an article).
 */
export const MAX_CHARS = 100_000;

export type InputProblem =
  | { code: 'empty' }
  | { code: 'binary' }
  | { code: 'not-arabic' }
  | { code: 'too-long'; chars: number; max: number }
  | { code: 'bad-date' };

const ARABIC = /[\u0600-\u06ff]/g;
const LETTER = /\p{L}/gu;
// Control characters other than tab, line feed and carriage return: a file's bytes pasted as text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/g;

export function checkInput(text: string): InputProblem | null {
  if (!text.trim()) return { code: 'empty' };
  if (text.length > MAX_CHARS) return { code: 'too-long', chars: text.length, max: MAX_CHARS };
  const control = text.match(CONTROL)?.length ?? 0;
  if (text.includes('\u0000') || control > Math.max(2, text.length / 200)) return { code: 'binary' };
  const letters = text.match(LETTER)?.length ?? 0;
  const arabic = text.match(ARABIC)?.length ?? 0;
  if (arabic < 20 || arabic < letters * 0.3) return { code: 'not-arabic' };
  return null;
}
