/**
 * A GeoJSON FeatureCollection read in pieces (a file larger than a string can hold, or one read in a worker with
 * progress): its UTF-8 bytes come in chunks, and each element of the top-level `features` array is handed over as
 * soon as it is complete, as bytes (not decoded: a checker decodes a batch of them at once), with the line where
 * it starts (lines counted as `featureStarts` counts them). JSON's structure is ASCII, and no byte of a
 * multi-byte UTF-8 character is, so the bytes can be followed without decoding them. Other top-level members are
 * kept and decoded (strictly) at the end. Only the plain shape is followed: anything else (a syntax error, a key
 * given twice, `features` that is not an array, a non-ASCII byte outside a string, invalid UTF-8 in a
 * key or member) makes the reader give up, and the caller reads the whole file with `parseDataset`, which says
 * exactly what is wrong.
 */
import { concatBytes } from './bytes';

const enum S {
  Start,
  KeyOrEnd,
  Key,
  Colon,
  Value,
  Member,
  AfterMember,
  FirstElement,
  Element,
  AfterElement,
  NextElement,
  End,
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

export class FeatureStream {
  private state = S.Start;
  private line = 1;
  private lastCR = false;
  /** The value being read: its bytes so far (earlier chunks), nesting depth, and string state. */
  private parts: Uint8Array[] = [];
  private depth = 0;
  private inString = false;
  /** The previous chunk ended inside a string on a backslash: this chunk's first byte is escaped. */
  private escaped = false;
  private primitive = false;
  private startLine = 1;
  private key = '';
  private readonly seen = new Set<string>();
  private readonly raw = new Map<string, Uint8Array>();
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  failed = false;
  /** Elements of `features` handed over so far. */
  count = 0;

  /**
   * `onFeature(bytes, line)` receives each element's JSON as UTF-8 bytes (a view that is only valid during the
   * call: copy what is kept); returning false makes the reader give up.
   */
  constructor(private readonly onFeature: (bytes: Uint8Array, line: number) => boolean | void) {}

  /** Whether the collection had its `features` array (so far). */
  get seenFeatures(): boolean {
    return this.seen.has('features');
  }

  /** Reads one more chunk; false once the reader has given up. */
  push(chunk: Uint8Array): boolean {
    if (this.failed) return false;
    const n = chunk.length;
    let from = this.reading() ? 0 : -1;
    let i = 0;
    while (i < n) {
      if (this.reading()) {
        if (from < 0) from = i;
        const end = this.scanValue(chunk, i);
        if (end < 0) {
          i = n;
          break;
        }
        const piece = chunk.subarray(from, end);
        const bytes = this.parts.length ? concatBytes([...this.parts, piece]) : piece;
        this.parts = [];
        from = -1;
        if (!this.finishValue(bytes)) return false;
        i = end;
        continue;
      }
      const c = chunk[i];
      if (isSpace(c)) {
        this.countBreak(c);
        i++;
        continue;
      }
      this.lastCR = false;
      if (!this.token(c)) return this.fail();
      // A value's first character is read again by the value scan.
      if (!this.reading()) i++;
    }
    // Kept past this call: copied, as the caller may reuse the chunk.
    if (from >= 0 && this.reading()) this.parts.push(chunk.slice(from));
    return true;
  }

  /** The other top-level members, parsed; null when the reader gave up or the text ended early. */
  end(): Map<string, unknown> | null {
    if (this.failed || this.state !== S.End) return null;
    try {
      return new Map([...this.raw].map(([k, v]) => [k, JSON.parse(this.decoder.decode(v)) as unknown]));
    } catch {
      return null;
    }
  }

  private fail(): false {
    this.failed = true;
    this.parts = [];
    return false;
  }

  private reading() {
    return this.state === S.Key || this.state === S.Member || this.state === S.Element;
  }

  /** `\r\n`, `\n` and a lone `\r` each end a line, also when `\r\n` straddles two chunks. */
  private countBreak(c: number) {
    if (c === 10) {
      if (!this.lastCR) this.line++;
      this.lastCR = false;
    } else if (c === 13) {
      this.line++;
      this.lastCR = true;
    } else this.lastCR = false;
  }

  /** A structural character outside any value being read. */
  private token(c: number): boolean {
    switch (this.state) {
      case S.Start:
        if (c !== 123) return false;
        this.state = S.KeyOrEnd;
        return true;
      case S.KeyOrEnd:
        if (c !== 34) return false;
        return this.begin(S.Key, c);
      case S.Colon:
        if (c !== 58) return false;
        this.state = S.Value;
        return true;
      case S.Value:
        if (this.key === 'features') {
          if (c !== 91) return false;
          this.state = S.FirstElement;
          return true;
        }
        return this.begin(S.Member, c);
      case S.AfterMember:
        if (c === 44) this.state = S.KeyOrEnd;
        else if (c === 125) this.state = S.End;
        else return false;
        return true;
      case S.FirstElement:
        if (c === 93) {
          this.state = S.AfterMember;
          return true;
        }
        return this.begin(S.Element, c);
      case S.NextElement:
        return this.begin(S.Element, c);
      case S.AfterElement:
        if (c === 44) this.state = S.NextElement;
        else if (c === 93) this.state = S.AfterMember;
        else return false;
        return true;
      default:
        return false;
    }
  }

  /** Starts reading a value whose first character is `c` (the scan re-reads it). */
  private begin(state: S, c: number): boolean {
    this.state = state;
    this.depth = 0;
    this.inString = false;
    this.escaped = false;
    this.primitive = c !== 123 && c !== 91 && c !== 34;
    this.startLine = this.line;
    return true;
  }

  /** Scans the value being read from `i`: the offset just after it, or -1 when it goes on in the next chunk. */
  private scanValue(s: Uint8Array, i: number): number {
    const n = s.length;
    if (this.primitive) {
      while (i < n) {
        const c = s[i];
        if (c === 44 || c === 125 || c === 93 || isSpace(c)) return i;
        i++;
      }
      return -1;
    }
    // One byte at a time: the strings of a feature are mostly short (keys, codes), so a search call per string
    // would cost more than it skips.
    let depth = this.depth;
    let inString = this.inString;
    let escaped = this.escaped;
    for (; i < n; i++) {
      const c = s[i];
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92) escaped = true;
        else if (c === 34) {
          inString = false;
          if (depth === 0) break;
        }
        continue;
      }
      if (c === 34) inString = true;
      else if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) {
        if (--depth === 0) break;
      } else if (c === 10 || c === 13) this.countBreak(c);
      else this.lastCR = false;
    }
    this.depth = depth;
    this.inString = inString;
    this.escaped = escaped;
    return i < n ? i + 1 : -1;
  }

  private finishValue(bytes: Uint8Array): boolean {
    if (this.state === S.Key) {
      try {
        this.key = JSON.parse(this.decoder.decode(bytes)) as string;
      } catch {
        return this.fail();
      }
      if (this.seen.has(this.key)) return this.fail();
      this.seen.add(this.key);
      this.state = S.Colon;
      return true;
    }
    if (this.state === S.Member) {
      this.raw.set(this.key, bytes.slice());
      this.state = S.AfterMember;
      return true;
    }
    this.count++;
    this.state = S.AfterElement;
    if (this.onFeature(bytes, this.startLine) === false) return this.fail();
    return true;
  }
}
