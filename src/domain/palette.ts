/** Okabe–Ito colours per operation type, distinguishable with the common colour-vision deficiencies. */
export const TYPE_COLORS: Record<string, string> = {
  raid: '#D55E00',
  'hostage-rescue': '#CC79A7',
  evacuation: '#0072B2',
  'supply-drop': '#009E73',
  airlift: '#E69F00',
};
export const OTHER_TYPE_COLOR = '#555555';
export const typeColorOf = (type: string) => TYPE_COLORS[type] ?? OTHER_TYPE_COLOR;

/** Series colours for actors and other categories in charts (Okabe–Ito, then greys). */
export const SERIES_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'];
