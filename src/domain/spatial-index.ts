/**
 * The engine's spatial prefilter: the operations' distinct locations (each with its positions) in a uniform
 * grid over their bounds (about 8 locations per cell; CSR arrays, coordinates stored in cell order). An area or
 * radius query visits only the cells under its bounding box: a cell wholly inside takes all its positions
 * without a test, a cell wholly outside none, and only cells an edge (or the circle's rim) comes near test each
 * location exactly with the reference tests of spatial.ts, once per location however many operations it holds.
 * "Wholly" is decided with a margin of a cell, so float rounding at cell borders cannot change an answer:
 * results equal the straightforward test (property-tested).
 */
import { kmBetween, kmBetweenXY, type Area, type LonLat, type Near } from './spatial';
import { areaBox, inRing, inRingXY } from './spatial-geometry';

export interface SpatialIndex {
  /** Clears `bits` and sets the positions inside `area` (when given) and within `near` (when resolved). */
  select(area: Area | null, near: Near | null, bits: Uint32Array): void;
}

const PER_CELL = 8;
const MAX_SIDE = 1024;
const RAD = Math.PI / 180;

/** `perCell`: the mean locations per cell (tests pass less than 1 for a fine grid with many border cases). */
export function buildSpatialIndex(xs: Float64Array, ys: Float64Array, perCell = PER_CELL): SpatialIndex {
  const n = xs.length;
  // Distinct locations: operations share their gazetteer places, so each place is tested once, however many
  // operations it holds (1M synthetic operations sit on ~10k places).
  const locOf = new Uint32Array(n);
  const seen = new Map<string, number>();
  const lxs: number[] = [];
  const lys: number[] = [];
  // Stryker disable next-line EqualityOperator: one past the end adds a location with no coordinates and no positions; nothing takes it
  for (let i = 0; i < n; i++) {
    const key = `${xs[i]},${ys[i]}`;
    let l = seen.get(key);
    // Stryker disable next-line ConditionalExpression: speed only; a location per operation gives the same answers
    if (l === undefined) {
      seen.set(key, (l = lxs.length));
      lxs.push(xs[i]);
      lys.push(ys[i]);
    }
    locOf[i] = l;
  }
  const count = lxs.length;
  // Positions per location (CSR, ascending).
  const posStart = new Uint32Array(count + 1);
  // Stryker disable next-line EqualityOperator: one past the end of a typed array reads undefined and writes nothing
  for (let i = 0; i < n; i++) posStart[locOf[i] + 1]++;
  // Stryker disable next-line EqualityOperator: one past the end of a typed array reads undefined and writes nothing
  for (let l = 0; l < count; l++) posStart[l + 1] += posStart[l];
  const positions = new Uint32Array(n);
  const posFill = posStart.slice(0, count);
  // Stryker disable next-line EqualityOperator: one past the end of a typed array reads undefined and writes nothing
  for (let i = 0; i < n; i++) positions[posFill[locOf[i]]++] = i;

  // Stryker disable next-line UnaryOperator: speed only; with an infinite east or north bound the grid collapses to one column or row
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  // Stryker disable next-line EqualityOperator: one past the end reads undefined, which compares false
  for (let l = 0; l < count; l++) {
    // Stryker disable next-line EqualityOperator: an equal value assigns the same bound
    if (lxs[l] < x0) x0 = lxs[l];
    // Stryker disable next-line EqualityOperator: an equal value assigns the same bound
    if (lxs[l] > x1) x1 = lxs[l];
    // Stryker disable next-line EqualityOperator: an equal value assigns the same bound
    if (lys[l] < y0) y0 = lys[l];
    // Stryker disable next-line EqualityOperator: an equal value assigns the same bound
    if (lys[l] > y1) y1 = lys[l];
  }
  // Stryker disable next-line ArithmeticOperator: the grid's size only (speed); every grid gives the same answers
  const side = Math.max(1, Math.min(MAX_SIDE, Math.round(Math.sqrt(count / perCell))));
  // Stryker disable next-line ArithmeticOperator: wider cells only (speed)
  const cw = (x1 - x0) / side || 1;
  // Stryker disable next-line ArithmeticOperator: taller cells only (speed)
  const ch = (y1 - y0) / side || 1;
  // Stryker disable next-line EqualityOperator: 0 clamps to 0
  const clampCell = (c: number) => (c < 0 ? 0 : c >= side ? side - 1 : c);
  /** Cell column/row of a coordinate: monotonic in it, so index order follows coordinate order exactly. */
  const col = (x: number) => clampCell(Math.floor((x - x0) / cw));
  const row = (y: number) => clampCell(Math.floor((y - y0) / ch));

  // Locations per cell (CSR), coordinates stored in cell order.
  const start = new Uint32Array(side * side + 1);
  const cellOf = new Uint32Array(count);
  // Stryker disable next-line EqualityOperator: one past the end of a typed array reads undefined and writes nothing
  for (let l = 0; l < count; l++) {
    cellOf[l] = row(lys[l]) * side + col(lxs[l]);
    start[cellOf[l] + 1]++;
  }
  // Stryker disable next-line EqualityOperator: one past the end of a typed array reads undefined and writes nothing
  for (let c = 0; c < side * side; c++) start[c + 1] += start[c];
  const fill = start.slice(0, side * side);
  const members = new Uint32Array(count);
  const mx = new Float64Array(count);
  const my = new Float64Array(count);
  // Stryker disable next-line EqualityOperator: one past the end of a typed array reads undefined and writes nothing
  for (let l = 0; l < count; l++) {
    const k = fill[cellOf[l]]++;
    members[k] = l;
    mx[k] = lxs[l];
    my[k] = lys[l];
  }

  const take = (bits: Uint32Array, l: number) => {
    for (let p = posStart[l]; p < posStart[l + 1]; p++) bits[positions[p] >>> 5] |= 1 << (positions[p] & 31);
  };
  const takeAll = (bits: Uint32Array, c: number) => {
    for (let k = start[c]; k < start[c + 1]; k++) take(bits, members[k]);
  };
  /** Tests each location of a cell; `test` takes x, y apart so that no pair is allocated per location. */
  const takeIf = (bits: Uint32Array, c: number, test: (x: number, y: number) => boolean) => {
    // Stryker disable next-line EqualityOperator: one location more is taken only if it passes the same exact test
    for (let k = start[c]; k < start[c + 1]; k++) if (test(mx[k], my[k])) take(bits, members[k]);
  };

  function selectBox(box: [number, number, number, number], bits: Uint32Array) {
    const [w, s, e, north] = box;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: speed only; a shape off the data visits clamped border cells whose exact tests find nothing
    if (!count || e < x0 || w > x1 || north < y0 || s > y1) return;
    const [c0, c1, r0, r1] = [col(w), col(e), row(s), row(north)];
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++) {
        // A column strictly between the edges' columns holds only x with w ≤ x ≤ e (col is monotonic).
        if (c > c0 && c < c1 && r > r0 && r < r1) takeAll(bits, r * side + c);
        else takeIf(bits, r * side + c, (x, y) => x >= w && x <= e && y >= s && y <= north);
      }
  }

  function selectPolygon(ring: LonLat[], bits: Uint32Array) {
    // Stryker disable next-line StringLiteral: areaBox takes any kind but 'box' as a polygon
    const [w, s, e, north] = areaBox({ kind: 'polygon', ring });
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: speed only; a shape off the data visits clamped border cells whose exact tests find nothing; the even-odd test never holds a point on the ring's eastmost x or northmost y, so a polygon ending exactly at the data's edge holds none
    if (!count || e < x0 || w > x1 || north < y0 || s > y1) return;
    const [c0, c1, r0, r1] = [col(w), col(e), row(s), row(north)];
    // Stryker disable next-line ArithmeticOperator: a larger buffer indexed the same way
    const width = c1 - c0 + 1;
    // Cells an edge passes through or comes within a cell of: their positions are tested one by one.
    // Stryker disable next-line ArithmeticOperator: a larger buffer indexed the same way
    const edge = new Uint8Array(width * (r1 - r0 + 1));
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xa, ya] = ring[j];
      const [xb, yb] = ring[i];
      // Stryker disable next-line EqualityOperator: equal values give the same pair
      const [lo, hi] = ya < yb ? [ya, yb] : [yb, ya];
      // Stryker disable next-line MethodExpression: speed only; more rows of edge cells are only tested one by one
      for (let r = Math.max(r0, row(lo) - 1); r <= Math.min(r1, row(hi) + 1); r++) {
        // The edge's x extent within this row's band widened by a row on each side.
        // Stryker disable next-line MethodExpression: speed only; a wider band marks more edge cells, tested one by one
        const bandLo = Math.max(lo, y0 + (r - 1) * ch);
        // Stryker disable next-line MethodExpression: speed only; a wider band marks more edge cells, tested one by one
        const bandHi = Math.min(hi, y0 + (r + 2) * ch);
        // Stryker disable next-line ConditionalExpression: speed only; more edge cells are only tested one by one
        if (bandLo > bandHi) continue;
        // Called only when ya !== yb (next line).
        const xAt = (y: number) => xa + ((y - ya) * (xb - xa)) / (yb - ya);
        const xs2 = ya === yb ? [xa, xb] : [xAt(bandLo), xAt(bandHi)];
        // Stryker disable next-line MethodExpression: speed only; more edge cells are only tested one by one
        const from = Math.max(c0, col(Math.min(...xs2)) - 1);
        // Stryker disable next-line MethodExpression: speed only; more edge cells are only tested one by one
        const to = Math.min(c1, col(Math.max(...xs2)) + 1);
        for (let c = from; c <= to; c++) edge[(r - r0) * width + (c - c0)] = 1;
      }
    }
    for (let r = r0; r <= r1; r++) {
      // Along a row, a run of cells no edge comes near is all inside or all outside: one test decides it.
      let runInside: boolean | null = null;
      for (let c = c0; c <= c1; c++) {
        const cell = r * side + c;
        if (edge[(r - r0) * width + (c - c0)]) {
          runInside = null;
          takeIf(bits, cell, (x, y) => inRingXY(x, y, ring));
          continue;
        }
        runInside ??= inRing([x0 + (c + 0.5) * cw, y0 + (r + 0.5) * ch], ring);
        if (runInside) takeAll(bits, cell);
      }
    }
  }

  function selectNear([lon, lat]: LonLat, km: number, bits: Uint32Array) {
    // Stryker disable next-line ConditionalExpression: speed only; with no locations there are no cells to visit
    if (!count) return;
    // A box around the circle, generous (110 km per degree of latitude is less than the sphere's 111.2).
    // Stryker disable next-line ArithmeticOperator: speed only; a larger box around the circle
    const dLat = km / 110;
    // A circle reaching within 0.1° of a pole may span every longitude there: all of them are searched.
    const reach = Math.abs(lat) + dLat;
    // Stryker disable next-line MethodExpression: speed only; a larger box around the circle
    const dLon = reach >= 89.9 ? 180 : Math.min(180, km / (110 * Math.cos(reach * RAD)));
    const [w, s, e, north] = [lon - dLon, lat - dLat, lon + dLon, lat + dLat];
    // Stryker disable next-line ConditionalExpression,LogicalOperator: speed only; a circle off the data visits clamped border cells whose exact tests find nothing
    if (e < x0 || w > x1 || north < y0 || s > y1) return;
    // Stryker disable next-line ArrayDeclaration: speed only; NaN distances make no cell inner, so every cell is tested location by location
    const at: LonLat = [lon, lat];
    const within = (x: number, y: number) => kmBetweenXY(x, y, lon, lat) <= km;
    for (let r = row(s); r <= row(north); r++)
      for (let c = col(w); c <= col(e); c++) {
        // On a sphere the farthest point of a lon/lat cell from a point is a corner: a cell whose neighbours'
        // outer corners are all within the radius lies wholly within it.
        // Stryker disable next-line ArrayDeclaration: speed only; NaN corners make no cell inner, so every cell is tested location by location
        const [ax, bx, ay, by] = [x0 + (c - 1) * cw, x0 + (c + 2) * cw, y0 + (r - 1) * ch, y0 + (r + 2) * ch];
        const inner =
          // Stryker disable next-line ConditionalExpression,EqualityOperator,ArrayDeclaration: speed only (no cell inner, or NaN distances); an equal distance is a float tie a whole cell away from the cell
          Math.max(kmBetween([ax, ay], at), kmBetween([bx, ay], at), kmBetween([ax, by], at), kmBetween([bx, by], at)) <
          // Stryker disable next-line ArithmeticOperator: the corners checked lie a whole cell beyond the cell, far more than a relative 1e-9
          km * (1 - 1e-9);
        if (inner) takeAll(bits, r * side + c);
        else takeIf(bits, r * side + c, within);
      }
  }

  let scratch = new Uint32Array(0);
  return {
    select(area, near, bits) {
      bits.fill(0);
      const resolved = near?.at ? near : null;
      // Stryker disable next-line ConditionalExpression: speed only; neither filter leaves the cleared bits as they are
      if (!area && !resolved) return;
      if (area) {
        if (area.kind === 'box') selectBox(area.box, bits);
        else selectPolygon(area.ring, bits);
      }
      if (!resolved) return;
      if (!area) return selectNear(resolved.at!, resolved.km, bits);
      // Stryker disable next-line ConditionalExpression: reuse of the buffer only; it is cleared before use
      if (scratch.length !== bits.length) scratch = new Uint32Array(bits.length);
      scratch.fill(0);
      selectNear(resolved.at!, resolved.km, scratch);
      // Stryker disable next-line EqualityOperator: one past the end of a typed array reads undefined and writes nothing
      for (let w = 0; w < bits.length; w++) bits[w] &= scratch[w];
    },
  };
}
