import type { Page } from '@playwright/test';
import { unstated } from '../src/domain/operation-schema';
import { expect, fixtureOperations, SCREENSHOTS, test } from './helpers';

/** Every optional field stated empty, except `place_names` (older and imported data lack it). */
const stated: Partial<ReturnType<typeof unstated>> = unstated();
delete stated.place_names;

/** Our own test operation in the published format (own words, no article text). */
function feature(id: string, lonLat: [number, number], props: Record<string, unknown> = {}) {
  const date = (props.date as string) ?? '2020-05-18';
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: lonLat },
    properties: {
      ...stated,
      id,
      date,
      date_end: null,
      date_precision: 'day',
      date_disputed: false,
      year: Number(date.slice(0, 4)),
      type: 'raid',
      actors: ['coalition'],
      target: null,
      place_id: `test:${id}`,
      place_ar: 'قرية تجريبية',
      place_en: 'Test village',
      place_note_en: 'Test record',
      place_note_ar: 'سجل تجريبي',
      governorate: 'SY-DY',
      location_precision: 'village',
      title_ar: 'عملية تجريبية',
      title_en: 'Test operation',
      summary_ar: 'ملخص كتبناه للاختبار.',
      summary_en: 'A summary written for this test.',
      confidence: 'medium',
      airborne_explicit: true,
      sources: [],
      ...props,
    },
  };
}

const DY: [number, number] = [40.45232, 35.0865];
/** The line where `part` starts in `text`, counted here rather than trusted from the app. */
const lineOf = (text: string, part: string) => text.slice(0, text.indexOf(part)).split('\n').length;
const arabicDigits = (n: number) => String(n).replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]);

async function openFile(page: Page, name: string, content: string | Buffer, mimeType = 'text/plain') {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  await page.getByTestId('open-file-input').setInputFiles({ name, mimeType, buffer });
}

async function showErrors(page: Page) {
  const errors = page.getByTestId('dataset-errors');
  await errors.locator('summary').click();
  return errors;
}

/** Five features written out over many lines: one without its "Feature" tag, one with the tag nested and quoted. */
function geojsonFile() {
  const untagged: Record<string, unknown> = feature('untagged', DY);
  delete untagged.type;
  const parts = [
    feature('good-1', DY),
    untagged,
    feature('wrong-gov', DY, { governorate: 'SY-HA' }),
    feature('baghdad', [44.4, 33.3]),
    { ...feature('good-2', DY, { summary_en: 'Mentions "type": "Feature" in passing.' }), extra: { type: 'Feature' } },
  ].map((f) => JSON.stringify(f, null, 2));
  const text = `{\n  "type": "FeatureCollection",\n  "features": [\n${parts.join(',\n')}\n  ]\n}\n`;
  return { text, lines: parts.map((p) => lineOf(text, p)) };
}

/** What the banner says about the three refused features, with the lines counted above. */
function geojsonRows(lang: 'en' | 'ar', lines: number[]) {
  if (lang === 'en')
    return [
      `Line ${lines[1]} (feature 2): type is missing`,
      `Line ${lines[2]} (feature 3): properties.governorate: the point 40.45232, 35.0865 lies in SY-DY, not in SY-HA`,
      `Line ${lines[3]} (feature 4): geometry.coordinates: the point 44.4, 33.3 lies outside Syria (`,
    ];
  const l = lines.map(arabicDigits);
  return [
    `السطر ${l[1]} (العنصر ٢): الحقل type غير موجود`,
    `السطر ${l[2]} (العنصر ٣): properties.governorate: النقطة 40.45232, 35.0865 تقع في SY-DY لا في SY-HA`,
    `السطر ${l[3]} (العنصر ٤): geometry.coordinates: النقطة 44.4, 33.3 تقع خارج سوريا`,
  ];
}

for (const lang of ['en', 'ar'] as const) {
  test(`GeoJSON features are named by the exact line they start on and checked against Syria (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/?lang=${lang}`);
    await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '11');
    const { text, lines } = geojsonFile();
    await openFile(page, 'mine.geojson', text, 'application/geo+json');
    await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '2');
    const errors = await showErrors(page);
    const rows = errors.getByTestId('dataset-error');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toHaveAttribute('data-line', String(lines[1]));
    for (const [i, text] of geojsonRows(lang, lines).entries()) await expect(rows.nth(i)).toContainText(text);
  });
}

/**
 * Rows over quoted newlines and blank lines; an unterminated quote on line 5 (nothing after it may be
 * swallowed); a future date; Baghdad with a governorate column; an unknown code; a governorate that does not
 * contain the point; a javascript: link. Two rows are valid.
 */
const CSV = [
  'lon,lat,date,governorate,title_en,summary_en,url,quote_ar',
  '40.45232,35.0865,2020-05-18,SY-DY,Raid one,"A summary',
  'over two lines",,',
  '',
  '40.14,35.33,2020-05-19,,"Broken,x,,',
  '40.14,35.33,2099-01-01,,Future,x,,',
  '   ',
  '44.4,33.3,2020-01-01,SY-DY,Baghdad,x,,',
  '40.14,35.33,2020-05-20,SY-XX,Unknown code,x,,',
  '40.55756,36.42752,2020-05-20,SY-DY,Wrong governorate,x,,',
  '40.14,35.33,2020-05-21,,Script,x,javascript:alert(1),نص من عندنا',
  '40.14,35.33,2021-03-04,,Airdrop,x,https://example.org/a,نص من عندنا',
].join('\n');

const CSV_ROWS = {
  en: [
    'Line 5 (row 2): a quote opened on this line is never closed',
    'Line 6 (row 3): date: 2099-01-01 is after today',
    'Line 8 (row 4): lon, lat: the point 44.4, 33.3 lies outside Syria',
    'Line 9 (row 5): governorate: SY-XX is not a governorate code (known: SY-DI, SY-DR, SY-DY',
    'Line 10 (row 6): governorate: the point 40.55756, 36.42752 lies in SY-HA, not in SY-DY',
    'Line 11 (row 7): url: javascript:alert(1) is not an http(s) link',
  ],
  ar: [
    'السطر ٥ (الصف ٢): علامة اقتباس فُتحت في هذا السطر ولم تُغلق',
    'السطر ٦ (الصف ٣): date: التاريخ 2099-01-01 بعد اليوم',
    'السطر ٨ (الصف ٤): lon, lat: النقطة 44.4, 33.3 تقع خارج سوريا',
    'السطر ٩ (الصف ٥): governorate: SY-XX ليس رمز محافظة (المعروفة: SY-DI, SY-DR, SY-DY',
    'السطر ١٠ (الصف ٦): governorate: النقطة 40.55756, 36.42752 تقع في SY-HA لا في SY-DY',
    'السطر ١١ (الصف ٧): url: javascript:alert(1) ليس رابط http(s)',
  ],
};

for (const lang of ['en', 'ar'] as const) {
  for (const size of ['desktop', 'phone'] as const) {
    test(`CSV rows are refused on their exact lines, the rest explored (${lang}, ${size})`, async ({ page }) => {
      if (size === 'phone') await page.setViewportSize({ width: 390, height: 844 });
      const requests: string[] = [];
      page.on('request', (r) => {
        if (r.method() !== 'GET') requests.push(`${r.method()} ${r.url()}`);
      });
      await page.goto(`/?lang=${lang}`);
      await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '11');
      await openFile(page, 'events.csv', CSV, 'text/csv');
      await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '2');
      await expect(page.getByTestId('dataset-banner')).toContainText('events.csv');
      const errors = await showErrors(page);
      const rows = errors.getByTestId('dataset-error');
      await expect(rows).toHaveCount(6);
      for (const [i, text] of CSV_ROWS[lang].entries()) await expect(rows.nth(i)).toContainText(text);
      await expect(errors.locator('summary')).toContainText(lang === 'en' ? '6 invalid rows' : '٦ صفوف غير صالحة');
      await page.screenshot({ path: `${SCREENSHOTS}/datasets-csv-${lang}-${size}.png` });
      expect(requests).toEqual([]);
    });
  }
}

test('a file that is not UTF-8 is refused with its line, in both languages, and the atlas data stays', async ({
  page,
}) => {
  const latin1 = Buffer.concat([
    Buffer.from('lon,lat,date,title_en\n40.45232,35.0865,2020-05-18,Caf'),
    Buffer.from([0xe9]),
    Buffer.from('\n'),
  ]);
  await page.goto('/?lang=en');
  await openFile(page, 'latin1.csv', latin1, 'text/csv');
  await expect(page.getByTestId('dataset-failure')).toHaveText(
    'This dataset could not be used: latin1.csv: not UTF-8 text (first invalid byte on line 2). Save it as UTF-8 and open it again',
  );
  await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '11');
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('dataset-failure')).toContainText(
    'latin1.csv: ليس نصاً بترميز UTF-8 (أول بايت غير صالح في السطر ٢)',
  );
  await page.screenshot({ path: `${SCREENSHOTS}/datasets-utf8-ar-desktop.png` });
});

test('a long list of columns is cut after twelve, in both languages', async ({ page }) => {
  const header = [...Array.from({ length: 200 }, (_, i) => `c${i + 1}`), 'lat', 'date'].join(',');
  await page.goto('/?lang=en');
  await openFile(page, 'wide.csv', `${header}\n${'1,'.repeat(201)}1\n`, 'text/csv');
  const failure = page.getByTestId('dataset-failure');
  await expect(failure).toContainText('wide.csv: missing required column(s) lon (found: c1, c2, c3');
  await expect(failure).toContainText('c11, c12 … and 190 more)');
  await expect(failure).not.toContainText('c13');
  await page.getByTestId('lang-switch').click();
  await expect(failure).toContainText('c11, c12 … و١٩٠ غيرها');
  await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '11');
});

test('data= loads another same-origin dataset, lists invalid rows by line and explores the rest', async ({ page }) => {
  const real = fixtureOperations();
  const broken = structuredClone(real.features[1]);
  broken.properties.date = '2020-02-30';
  const body = `{"type":"FeatureCollection","features":[\n${JSON.stringify(real.features[0])},\n${JSON.stringify(broken)},\n${JSON.stringify(real.features[2])}\n]}`;
  await page.route(
    (url) => url.pathname === '/fixtures/mine.geojson',
    (r) => r.fulfill({ body, contentType: 'application/geo+json' }),
  );
  await page.goto('/?lang=en&data=/fixtures/mine.geojson');
  await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '2');
  const banner = page.getByTestId('dataset-banner');
  await expect(banner).toContainText('mine.geojson');
  await banner.getByTestId('dataset-errors').locator('summary').click();
  await expect(banner.getByTestId('dataset-errors')).toContainText(
    'Line 3 (feature 2): properties.date: 2020-02-30 is not a real calendar date',
  );
  await banner.getByTestId('dataset-reset').click();
  await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '11');
  await expect(page).not.toHaveURL(/data=/);
});

test('a data= link that fails offers the atlas data instead of a dead end', async ({ page }) => {
  await page.goto('/?lang=en&data=/missing/none.geojson');
  await expect(page.getByTestId('data-error')).toContainText('/missing/none.geojson');
  await page.getByTestId('use-atlas-data').click();
  await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '11');
});

test('an unusable file is refused with a message naming it, and the atlas data stays', async ({ page }) => {
  await page.goto('/?lang=en');
  await openFile(page, 'empty.geojson', '   ', 'application/json');
  await expect(page.getByTestId('dataset-banner')).toContainText('empty.geojson: the file is empty');
  await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '11');
});

test('a row whose " | "-joined sources do not line up is refused saying why, in both languages', async ({ page }) => {
  const csv = [
    'lon,lat,date,quote_ar,url',
    '40.45232,35.0865,2020-05-18,نص أول | نص ثان,https://example.org/a',
    '40.45232,35.0865,2020-05-19,نص أول | نص ثان,https://example.org/a | https://example.org/b',
  ].join('\n');
  await page.goto('/?lang=en');
  await openFile(page, 'sources.csv', csv, 'text/csv');
  await expect(page.getByTestId('op-count')).toHaveAttribute('data-count', '1');
  const row = (await showErrors(page)).getByTestId('dataset-error');
  await expect(row).toHaveText(
    'Line 2 (row 1): url: 1 item(s) separated by “ | ” where the quotes have 2: each source column needs one item per source, in the same order',
  );
  await page.getByTestId('lang-switch').click();
  await expect(row).toHaveText(
    'السطر ٢ (الصف ١): url: عدد العناصر المفصولة بـ « | » ١ وعدد الاقتباسات ٢؛ يلزم في كل عمود من أعمدة المصادر عنصر لكل مصدر وبالترتيب نفسه',
  );
});
