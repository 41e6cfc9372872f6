/**
 * The map's marks drawn on a 2D canvas for the PNG legend, matching the on-screen legend (map/legend.tsx) and the
 * map layers (map/operation-layers.ts): a type-coloured dot; a solid dot for exact/village places; a translucent
 * halo with a hollow centre for near/subdistrict; an outlined ring with a hollow centre for governorate/region;
 * a yellow "?" badge for a disputed date.
 */
export type PngSymbol = { kind: 'type'; color: string } | { kind: 'solid' | 'halo' | 'area' | 'disputed' };

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
