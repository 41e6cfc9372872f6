/**
 * Composes the PNG export: a header (title, the active view, which data and version), the map image, a legend
 * band below the map (operation types, then the location-precision and disputed-date marks, never covering the
 * map) and the credits in readable type, wrapped over as many lines as they need.
 */
import { flowItems, wrapText } from './png-layout';
import { drawSymbol, SYMBOL_SIZE, type PngSymbol } from './png-symbols';

export interface PngLegendGroup {
  heading: string;
  items: { symbol: PngSymbol; label: string }[];
}

export interface PngParts {
  map: HTMLCanvasElement;
  title: string;
  caption: string;
  /** Which data the image shows and its version. */
  provenance: string;
  /** A warning line (synthetic data), drawn emphasised; null for none. */
  warning: string | null;
  legend: PngLegendGroup[];
  credits: string;
  rtl: boolean;
}

const FAMILY = `'Noto Sans Arabic', 'Noto Sans', sans-serif`;
const INK = '#1f2328';
const MUTED = '#4b5260';
const WARN = '#9a3412';

interface Block {
  lines: string[];
  font: string;
  color: string;
  lineHeight: number;
}

/** Waits for the bundled faces so that the canvas does not fall back to a system font (or none for Arabic). */
async function fontsReady(sample: string) {
  const fonts = document.fonts;
  if (!fonts) return;
  const faces = ['Noto Sans Arabic', 'Noto Sans'].flatMap((f) => [`400 16px '${f}'`, `700 16px '${f}'`]);
  await Promise.all(faces.map((f) => fonts.load(f, sample))).catch(() => undefined);
}

export async function composeMapPng(parts: PngParts): Promise<Blob> {
  const { map, rtl } = parts;
  await fontsReady(`${parts.title} ${parts.caption} ${parts.credits}`);
  const r = window.devicePixelRatio || 1;
  const W = map.width;
  const pad = 16 * r;
  const inner = W - 2 * pad;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  const font = (size: number, weight = 400) => `${weight} ${size * r}px ${FAMILY}`;
  const measure = (f: string) => (s: string) => {
    ctx.font = f;
    return ctx.measureText(s).width;
  };
  const block = (text: string, size: number, color: string, weight = 400): Block => ({
    lines: wrapText(text, inner, measure(font(size, weight))),
    font: font(size, weight),
    color,
    lineHeight: size * 1.45 * r,
  });
  const blocksHeight = (bs: Block[]) => bs.reduce((h, b) => h + b.lines.length * b.lineHeight, 0);

  const header = [
    block(parts.title, 18, INK, 700),
    block(parts.caption, 13, MUTED),
    block(parts.provenance, 13, MUTED),
    ...(parts.warning ? [block(parts.warning, 13, WARN, 700)] : []),
  ];
  const credits = [block(parts.credits, 12, MUTED)];

  // Legend: per group a heading line, then items flowed over lines.
  const row = 26 * r;
  const itemGap = 18 * r;
  const symbolBox = SYMBOL_SIZE * r;
  const labelFont = font(13);
  const groups = parts.legend.map((g) => {
    const widths = g.items.map((i) => Math.min(inner, symbolBox + 6 * r + measure(labelFont)(i.label)));
    const at = flowItems(widths, inner, itemGap);
    const lines = at.length ? at[at.length - 1].line + 1 : 0;
    return { g, at, height: 20 * r + lines * row };
  });
  const legendHeight = groups.reduce((h, g) => h + g.height, 0) + 8 * r;

  const headerHeight = pad + blocksHeight(header) + 6 * r;
  const mapBottom = headerHeight + map.height;
  canvas.width = W;
  canvas.height = Math.ceil(mapBottom + pad + legendHeight + blocksHeight(credits) + pad);

  // Resizing reset the context: set it up again.
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(map, 0, headerHeight);
  ctx.fillStyle = '#d9d7d0';
  ctx.fillRect(0, mapBottom, W, 1 * r);
  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textAlign = 'start';
  ctx.textBaseline = 'alphabetic';
  const inlineX = (x: number) => (rtl ? W - pad - x : pad + x);

  const drawBlocks = (bs: Block[], top: number) => {
    let y = top;
    for (const b of bs) {
      ctx.font = b.font;
      ctx.fillStyle = b.color;
      for (const line of b.lines) {
        y += b.lineHeight;
        ctx.fillText(line, inlineX(0), y - b.lineHeight * 0.3, inner);
      }
    }
  };
  drawBlocks(header, pad - 4 * r);

  let y = mapBottom + pad;
  for (const { g, at, height } of groups) {
    ctx.font = font(12, 700);
    ctx.fillStyle = MUTED;
    ctx.fillText(g.heading, inlineX(0), y + 12 * r, inner);
    g.items.forEach((item, i) => {
      const cy = y + 20 * r + at[i].line * row + row / 2;
      const start = inlineX(at[i].x);
      const dir = rtl ? -1 : 1;
      drawSymbol(ctx, item.symbol, start + (dir * symbolBox) / 2, cy, r);
      ctx.font = labelFont;
      ctx.fillStyle = INK;
      ctx.textBaseline = 'middle';
      ctx.fillText(item.label, start + dir * (symbolBox + 6 * r), cy, inner - symbolBox - 6 * r);
      ctx.textBaseline = 'alphabetic';
    });
    y += height;
  }
  drawBlocks(credits, mapBottom + pad + legendHeight);

  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
