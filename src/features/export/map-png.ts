/** Composes the PNG export: the map image, a legend of operation types and a caption of the active view. */
export interface PngParts {
  map: HTMLCanvasElement;
  title: string;
  caption: string;
  credits: string;
  legend: { color: string; label: string }[];
  rtl: boolean;
}

const FONT = `'Noto Sans Arabic', 'Noto Sans', sans-serif`;

export async function composeMapPng(parts: PngParts): Promise<Blob> {
  const { map, rtl } = parts;
  const ratio = window.devicePixelRatio || 1;
  const pad = 16 * ratio;
  const header = 64 * ratio;
  const footer = 28 * ratio;
  const canvas = document.createElement('canvas');
  canvas.width = map.width;
  canvas.height = map.height + header + footer;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(map, 0, header);

  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textAlign = 'start';
  const startX = rtl ? canvas.width - pad : pad;
  ctx.fillStyle = '#1f2328';
  ctx.font = `700 ${18 * ratio}px ${FONT}`;
  ctx.fillText(parts.title, startX, 26 * ratio);
  ctx.font = `${13 * ratio}px ${FONT}`;
  ctx.fillStyle = '#4b5260';
  ctx.fillText(parts.caption, startX, 50 * ratio, canvas.width - 2 * pad);
  ctx.font = `${11 * ratio}px ${FONT}`;
  ctx.fillText(parts.credits, startX, canvas.height - 9 * ratio, canvas.width - 2 * pad);

  // Legend box at the inline-start bottom corner of the map.
  const row = 18 * ratio;
  const boxW = 190 * ratio;
  const boxH = parts.legend.length * row + 12 * ratio;
  const boxX = rtl ? canvas.width - pad - boxW : pad;
  const boxY = header + map.height - boxH - pad;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(boxX, boxY, boxW, boxH);
  ctx.strokeStyle = '#d9d7d0';
  ctx.strokeRect(boxX, boxY, boxW, boxH);
  ctx.font = `${12 * ratio}px ${FONT}`;
  parts.legend.forEach((item, i) => {
    const y = boxY + 6 * ratio + i * row + row / 2;
    const dotX = rtl ? boxX + boxW - 14 * ratio : boxX + 14 * ratio;
    ctx.fillStyle = item.color;
    ctx.beginPath();
    ctx.arc(dotX, y, 5 * ratio, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#1f2328';
    ctx.textBaseline = 'middle';
    ctx.fillText(item.label, rtl ? dotX - 12 * ratio : dotX + 12 * ratio, y);
    ctx.textBaseline = 'alphabetic';
  });

  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
