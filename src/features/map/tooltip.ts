/** The hover tooltip over the map: title and date of one operation, as text (never HTML). */
import { formatDateSpan } from '../../domain/format';
import type { OperationFeature } from '../../domain/operation-schema';
import type { Lang } from '../../domain/view';

export function createTooltip(container: HTMLElement, lang: () => Lang) {
  const el = document.createElement('div');
  el.className = 'map-tooltip';
  el.setAttribute('role', 'tooltip');
  el.hidden = true;
  const title = el.appendChild(document.createElement('strong'));
  const date = el.appendChild(document.createElement('span'));
  title.dir = 'auto';
  container.appendChild(el);
  let shown: string | null = null;

  return {
    show(op: OperationFeature | null, at: { x: number; y: number }) {
      if (!op) {
        el.hidden = true;
        shown = null;
        return;
      }
      if (shown !== op.id) {
        const l = lang();
        const p = op.properties;
        title.textContent = l === 'ar' ? p.title_ar : p.title_en;
        date.textContent = formatDateSpan(p.date, p.date_end, l, p.date_precision);
        el.lang = l;
        el.dir = l === 'ar' ? 'rtl' : 'ltr';
        shown = op.id;
      }
      el.hidden = false;
      el.style.transform = `translate(${Math.round(at.x + 12)}px, ${Math.round(at.y + 12)}px)`;
    },
    destroy() {
      el.remove();
    },
  };
}
