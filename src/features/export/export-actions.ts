/**
 * The three exports as actions (loaded lazily with the export code on first use): each builds its file from the
 * filtered operations and the data's provenance, and hands it to the browser as a download.
 */
import type { TFunction } from 'i18next';
import { buildChoropleth } from '../../domain/choropleth';
import type { DateRange, PeriodMark } from '../../domain/compare';
import type { Filters } from '../../domain/filter-state';
import type { UiLang } from '../../domain/format';
import type { Meta } from '../../domain/meta-schema';
import type { OperationFeature } from '../../domain/operation-schema';
import { typeColorOf } from '../../domain/palette';
import type { LayerMode, Theme } from '../../domain/view';
import { formatDateRange, formatNumber } from '../../domain/format';
import { toCsv, toGeoJson } from './exporters';
import { exportSource, UNVERSIONED, type DatasetInfo, type ExportSource } from './export-source';
import { exportFileName } from './file-name';
import { composeMapPng, type PngLegendGroup } from './map-png';

export interface ExportInput {
  operations: OperationFeature[];
  meta: Meta;
  filters: Filters;
  lang: UiLang;
  caption: string;
  dataset: DatasetInfo | null;
  mapImage: () => Promise<HTMLCanvasElement> | undefined;
  t: TFunction;
  /** Comparing two periods: `operations` is A ∪ B, and this says each one's period. */
  periods?: ReadonlyMap<string, PeriodMark> | null;
  /** The two periods compared (for the image's legend). */
  ranges?: { a: DateRange; b: DateRange } | null;
  /** How the map shows the operations (the image's legend says the same). */
  layer?: LayerMode;
  theme?: Theme;
}

/** The credit of the atlas's own operations, replaced by the opened file's name for another dataset. */
const OPERATIONS_CREDIT = 'articles';

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function exportCsv(x: ExportInput) {
  const source = await exportSource(x.meta, x.dataset);
  const ctx = { meta: x.meta, lang: x.lang, source, near: x.filters.near, periods: x.periods };
  const csv = toCsv(x.operations, ctx, (id) => x.t(`export.columns.${id}`));
  download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), exportFileName(x.filters, 'csv', source));
}

export async function exportGeoJson(x: ExportInput) {
  const source = await exportSource(x.meta, x.dataset);
  download(
    new Blob([toGeoJson(x.operations, source, x.periods)], { type: 'application/geo+json' }),
    exportFileName(x.filters, 'geojson', source),
  );
}

/** The governorate classes of a choropleth image, as its legend on the page shows them. */
function choroplethLegend({ operations, lang, t, theme = 'light' }: ExportInput): PngLegendGroup {
  const data = buildChoropleth(operations, theme);
  const n = (x: number) => formatNumber(x, lang);
  return {
    heading: t('choropleth.title'),
    items: [
      ...data.classes.map((c) => ({
        symbol: { kind: 'swatch' as const, color: c.color },
        label: `${c.min === c.max ? n(c.max) : t('choropleth.range', { min: n(c.min), max: n(c.max) })} (${t(
          'choropleth.classGovs',
          { count: c.governorates, formatted: n(c.governorates) },
        )})`,
      })),
      { symbol: { kind: 'swatch', color: null }, label: t('choropleth.none') },
    ],
  };
}

function legend(x: ExportInput): PngLegendGroup[] {
  const { meta, lang, t } = x;
  const p = meta.taxonomy.location_precisions;
  const l = (id: keyof typeof p) => p[id][lang];
  if (x.layer === 'choropleth') return [choroplethLegend(x)];
  const range = (r: DateRange) => formatDateRange(r.from, r.to, lang);
  // A comparison draws each operation by its period only (compare-layers.ts), not by type or precision.
  if (x.ranges)
    return [
      {
        heading: t('compare.legendTitle'),
        items: [
          { symbol: { kind: 'period', period: 'A' }, label: t('compare.legendA', { range: range(x.ranges.a) }) },
          { symbol: { kind: 'period', period: 'B' }, label: t('compare.legendB', { range: range(x.ranges.b) }) },
          { symbol: { kind: 'period', period: 'both' }, label: t('compare.legendBoth') },
        ],
      },
    ];
  return [
    {
      heading: t('export.image.types'),
      items: Object.entries(meta.taxonomy.types).map(([id, label]) => ({
        symbol: { kind: 'type', color: typeColorOf(id) },
        label: label[lang],
      })),
    },
    {
      heading: t('export.image.precision'),
      items: [
        { symbol: { kind: 'solid' }, label: t('export.image.solid', { exact: l('exact'), village: l('village') }) },
        { symbol: { kind: 'halo' }, label: t('export.image.halo', { near: l('near'), subdistrict: l('subdistrict') }) },
        {
          symbol: { kind: 'area' },
          label: t('export.image.area', { governorate: l('governorate'), region: l('region') }),
        },
        { symbol: { kind: 'disputed' }, label: t('export.image.disputed') },
      ],
    },
  ];
}

function provenance({ t }: ExportInput, source: ExportSource): string {
  const version = source.version === UNVERSIONED ? t('export.image.unversioned') : source.version;
  return source.atlas
    ? t('export.image.atlasVersion', { version })
    : t('export.image.datasetVersion', { name: source.name, version });
}

export async function exportPng(x: ExportInput) {
  const [source, map] = await Promise.all([exportSource(x.meta, x.dataset), x.mapImage()]);
  if (!map) throw new Error(x.t('export.noMap'));
  const credits = x.meta.credits.map((c) =>
    c.id === OPERATIONS_CREDIT && !source.atlas ? x.t('export.image.datasetCredit', { name: source.name }) : c[x.lang],
  );
  const blob = await composeMapPng({
    map,
    title: x.t('app.title'),
    caption: x.caption,
    provenance: provenance(x, source),
    warning: source.synthetic ? x.t('export.image.synthetic') : null,
    legend: legend(x),
    credits: `${x.t('export.image.credits')}: ${credits.join(' · ')}`,
    rtl: x.lang === 'ar',
  });
  download(blob, exportFileName(x.filters, 'png', source));
}
