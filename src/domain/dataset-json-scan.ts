/**
 * Where each element of a GeoJSON text's top-level `features` array starts, read from the JSON text itself:
 * strings, escapes and nesting are tracked, so a feature without `"type": "Feature"`, or that tag inside nested
 * objects or strings, changes nothing. Meant for text that `JSON.parse` accepted.
 */
const QUOTE = 34;
const BACKSLASH = 92;

/** The offset of the quote closing the string that opens at `i`. */
function stringEnd(text: string, i: number): number {
  let q = text.indexOf('"', i + 1);
  for (;;) {
    if (q < 0) return text.length;
    let slashes = 0;
    while (text.charCodeAt(q - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return q;
    q = text.indexOf('"', q + 1);
  }
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * Where the elements of the last top-level `"features"` array start (JSON.parse keeps the last key): character
 * offsets and 1-based lines. JSON strings hold no raw line breaks, so lines are counted between tokens only.
 */
export function featureStarts(text: string): { offsets: number[]; lines: number[] } {
  let offsets: number[] = [];
  let lines: number[] = [];
  let line = 1;
  let depth = 0;
  let expectKey = false;
  let key: string | null = null;
  let inFeatures = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
      continue;
    }
    if (expectElement) {
      expectElement = false;
      if (c !== 93) {
        offsets.push(i);
        lines.push(line);
      }
    }
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (depth === 1 && expectKey) {
        const raw = text.slice(i, end + 1);
        key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        expectKey = false;
      }
      i = end;
    } else if (c === 123 || c === 91) {
      depth++;
      if (depth === 1) expectKey = c === 123;
      else if (depth === 2 && c === 91 && key === 'features') {
        inFeatures = true;
        offsets = [];
        lines = [];
        expectElement = true;
      }
    } else if (c === 125 || c === 93) {
      if (depth === 2) inFeatures = false;
      depth--;
    } else if (c === 44) {
      if (depth === 1) expectKey = true;
      else if (depth === 2 && inFeatures) expectElement = true;
    }
  }
  return { offsets, lines };
}
