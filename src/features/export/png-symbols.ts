/**
 * The map's marks drawn on a 2D canvas for the PNG legend, matching the on-screen legend (map/legend.tsx) and the
 * map layers (map/operation-layers.ts): a type-coloured dot; a solid dot for exact/village places; a translucent
 * halo with a hollow centre for near/subdistrict; an outlined ring with a hollow centre for governorate/region;
 * a yellow "?" badge for a disputed date; a governorate's class colour (choropleth); and the two periods of a
 * comparison (compare-layers.ts: A a filled blue dot, B a hollow orange ring, both a dot inside a ring).
 */
import { COMPARE_A_COLOR, COMPARE_B_COLOR } from '../map/compare-layers';

export type PngSymbol =
  | { kind: 'type'; color: string }
  | { kind: 'solid' | 'halo' | 'area' | 'disputed' }
  | { kind: 'swatch'; color: string | null }
  | { kind: 'period'; period: 'A' | 'B' | 'both' };

const NEUTRAL = '#5d6470';
const INK = '#1f2328';

/** Width of the box every symbol is drawn in, in CSS pixels. */
export const SYMBOL_SIZE = 22;

function circle(ctx: CanvasRenderingContext2D, x: number, y: number, radius: number) {
  ctx.beginPath();
  ctx.arc(x, y, radius, 0, Math.PI * 2);
}

function hollowCentre(ctx: CanvasRenderingContext2D, x: number, y: number, r: number) {
  circle(ctx, x, y, 4 * r);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.lineWidth = 2 * r;
  ctx.strokeStyle = NEUTRAL;
  ctx.stroke();
}

/** Draws `symbol` centred on (x, y); `r` is the device pixel ratio. */
export function drawSymbol(ctx: CanvasRenderingContext2D, symbol: PngSymbol, x: number, y: number, r: number) {
  ctx.save();
  switch (symbol.kind) {
    case 'type':
    case 'solid':
      circle(ctx, x, y, 6 * r);
      ctx.fillStyle = symbol.kind === 'type' ? symbol.color : NEUTRAL;
      ctx.fill();
      ctx.lineWidth = 1.5 * r;
      ctx.strokeStyle = '#ffffff';
      ctx.stroke();
      circle(ctx, x, y, 7 * r);
      ctx.lineWidth = 1 * r;
      ctx.strokeStyle = '#9a9a9a';
      ctx.stroke();
      break;
    case 'halo':
      circle(ctx, x, y, 10 * r);
      ctx.fillStyle = 'rgba(93, 100, 112, 0.22)';
      ctx.fill();
      ctx.lineWidth = 1 * r;
      ctx.strokeStyle = 'rgba(93, 100, 112, 0.6)';
      ctx.stroke();
      hollowCentre(ctx, x, y, r);
      break;
    case 'area':
      circle(ctx, x, y, 9.5 * r);
      ctx.fillStyle = 'rgba(93, 100, 112, 0.06)';
      ctx.fill();
      ctx.lineWidth = 2.5 * r;
      ctx.strokeStyle = NEUTRAL;
      ctx.stroke();
      hollowCentre(ctx, x, y, r);
      break;
    case 'swatch':
      ctx.beginPath();
      ctx.rect(x - 9 * r, y - 7 * r, 18 * r, 14 * r);
      // No colour: a governorate without operations (the map leaves it unfilled).
      ctx.fillStyle = symbol.color ?? '#ffffff';
      ctx.fill();
      ctx.lineWidth = 1 * r;
      ctx.strokeStyle = '#9a9a9a';
      ctx.stroke();
      break;
    case 'period':
      if (symbol.period !== 'A') {
        circle(ctx, x, y, 8 * r);
        ctx.lineWidth = 3 * r;
        ctx.strokeStyle = COMPARE_B_COLOR;
        ctx.stroke();
      }
      if (symbol.period !== 'B') {
        circle(ctx, x, y, 5 * r);
        ctx.fillStyle = COMPARE_A_COLOR;
        ctx.fill();
        ctx.lineWidth = 1.5 * r;
        ctx.strokeStyle = '#ffffff';
        ctx.stroke();
      }
      break;
    case 'disputed':
      circle(ctx, x, y, 8 * r);
      ctx.fillStyle = '#ffd866';
      ctx.fill();
      ctx.fillStyle = INK;
      ctx.font = `700 ${12 * r}px 'Noto Sans', sans-serif`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.direction = 'ltr';
      ctx.fillText('?', x, y + 0.5 * r);
      break;
  }
  ctx.restore();
}
