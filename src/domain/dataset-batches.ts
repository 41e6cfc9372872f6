/**
 * A GeoJSON's features checked in batches, possibly by several workers at once, with the same rows, lines and
 * issues as one reader in file order (`featureChecker`). A batch is a run of consecutive features, their bytes
 * laid out as one JSON array (`BatchBuilder`); `checkBatch` decodes and parses it at once and checks each
 * feature on its own (`checkRow`); `BatchMerge` takes the batches' summaries in any order and decides, in file
 * order, what only the whole file can say: an id given twice, and the date order.
 */
import { checkRow, duplicateIds } from './dataset-geojson';
import type { RowError } from './dataset-issues';
import { dateOrder } from './dataset-reader';
import type { RuleContext } from './dataset-rules';
import type { OperationFeature } from './operation-schema';

export interface FeatureBatch {
  seq: number;
  /** The row number of the batch's first feature (1-based). */
  firstRow: number;
  /** UTF-8 bytes of a JSON array of the features, as the file has them. */
  json: Uint8Array;
  /** The line where each feature starts. */
  lines: number[];
}

/** Lays features' bytes out as one JSON array, `[f1,f2,…]`, in a buffer of its own (to transfer, not copy). */
export class BatchBuilder {
  private buffer = new Uint8Array(1 << 16);
  private used = 1;
  lines: number[] = [];

  constructor() {
    this.buffer[0] = 91;
  }

  add(bytes: Uint8Array, line: number): void {
    const need = this.used + bytes.length + 2;
    if (need > this.buffer.length) {
      const grown = new Uint8Array(Math.max(need, this.buffer.length * 2));
      grown.set(this.buffer.subarray(0, this.used));
      this.buffer = grown;
    }
    if (this.lines.length) this.buffer[this.used++] = 44;
    this.buffer.set(bytes, this.used);
    this.used += bytes.length;
    this.lines.push(line);
  }

  /** The array so far (a view of the buffer it hands over), and a new buffer of the same size for the next batch. */
  take(): { json: Uint8Array; lines: number[] } {
    this.buffer[this.used] = 93;
    const out = { json: this.buffer.subarray(0, this.used + 1), lines: this.lines };
    this.buffer = new Uint8Array(this.buffer.length);
    this.buffer[0] = 91;
    this.used = 1;
    this.lines = [];
    return out;
  }
}

/** What the merge needs of a checked batch: its refused rows, and the id, row, line and date of each valid one. */
export interface BatchSummary {
  seq: number;
  /** Features in the batch (valid or not). */
  rows: number;
  /** A feature's text was not JSON: the streaming reader must give up (parseDataset names the problem). */
  unparsable: boolean;
  errors: RowError[];
  ids: string[];
  rowsOf: number[];
  lines: number[];
  dates: string[];
}

/** Decodes, parses and checks every feature of a batch: its valid operations (in file order) and its summary. */
export function checkBatch(batch: FeatureBatch, ctx: RuleContext) {
  const ops: OperationFeature[] = [];
  const summary: BatchSummary = {
    seq: batch.seq,
    rows: batch.lines.length,
    unparsable: false,
    errors: [],
    ids: [],
    rowsOf: [],
    lines: [],
    dates: [],
  };
  let candidates: unknown;
  try {
    candidates = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(batch.json));
  } catch {
    candidates = null;
  }
  // Not UTF-8, not JSON, or (a safeguard) not one value per feature the stream found: the reader gives up.
  if (!Array.isArray(candidates) || candidates.length !== batch.lines.length) {
    summary.unparsable = true;
    return { ops, summary };
  }
  for (let i = 0; i < candidates.length; i++) {
    const candidate: unknown = candidates[i];
    const row = batch.firstRow + i;
    const line = batch.lines[i];
    const checked = checkRow(candidate, row, line, ctx);
    if ('issues' in checked) {
      summary.errors.push(checked);
      continue;
    }
    ops.push(checked);
    summary.ids.push(checked.id);
    summary.rowsOf.push(row);
    summary.lines.push(line);
    summary.dates.push(checked.properties.date);
  }
  return { ops, summary };
}

/**
 * Puts the summaries back in file order. Valid operations are numbered as the page lays the batches' operations
 * end to end in `seq` order; `finish` gives the refused rows in row order and the date order of the operations
 * kept (positions in that numbering: an operation whose id was taken earlier is left out).
 */
export class BatchMerge {
  private readonly waiting = new Map<number, BatchSummary>();
  private readonly duplicate = duplicateIds();
  private readonly errors: RowError[] = [];
  private readonly kept: number[] = [];
  private readonly keptDates: string[] = [];
  private position = 0;
  /** Summaries merged so far: every batch before `next` is in. */
  next = 0;
  /** Features in the merged batches. */
  rows = 0;
  unparsable = false;

  add(summary: BatchSummary): void {
    this.waiting.set(summary.seq, summary);
    for (let s = this.waiting.get(this.next); s; s = this.waiting.get(this.next)) {
      this.waiting.delete(this.next++);
      this.rows += s.rows;
      this.unparsable ||= s.unparsable;
      this.errors.push(...s.errors);
      for (let i = 0; i < s.ids.length; i++) {
        const refused = this.duplicate(s.ids[i], s.rowsOf[i], s.lines[i]);
        if (refused) this.errors.push(refused);
        else {
          this.kept.push(this.position);
          this.keptDates.push(s.dates[i]);
        }
        this.position++;
      }
    }
  }

  /** Refused rows in row order, and the kept operations' positions in date order (stable). */
  finish(): { errors: RowError[]; order: Uint32Array } {
    if (this.waiting.size) throw new Error(`batch ${this.next} never came (${this.waiting.size} after it wait)`);
    const byDate = dateOrder(this.keptDates);
    return {
      errors: this.errors.sort((a, b) => a.row - b.row),
      order: Uint32Array.from(byDate, (i) => this.kept[i]),
    };
  }
}
