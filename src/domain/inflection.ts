/**
 * A light Arabic stemmer for the nouns of this domain, so that singular, dual and plural meet on one stem:
 * رهينة / رهينتين / رهائن → رهين; طائرة / طائرتين / طائرات → طاير; مروحية / مروحيتين / مروحيات → مروحي.
 * Works on tokens from `searchTokens` (normalised: ة → ه, ئ → ي, no leading ال / و / ب …).
 * - broken plurals come from a small lexicon of the domain's nouns (plural → singular);
 * - sound suffixes go: feminine dual ـتين/ـتان, feminine plural ـات, masculine dual/plural ـين/ـان/ـون (only on
 *   words of six letters or more: names such as عمران، لبنان، ياسين stay whole), then a final ه (ta marbuta);
 * - a stem keeps at least three letters, so short words (بين، كان، سنه، قوات) are left whole.
 * Matching compares whole stems (never parts), which keeps false friends out (see inflection.test.ts).
 */
import { normalizeArabic } from './arabic';

/** Broken plurals (and a few irregular sound ones) of the domain's nouns: plural → singular, as written. */
const BROKEN_PLURALS: Record<string, string> = {
  رهائن: 'رهينة',
  عناصر: 'عنصر',
  قادة: 'قائد',
  أسرى: 'أسير',
  قتلى: 'قتيل',
  جرحى: 'جريح',
  أطفال: 'طفل',
  رجال: 'رجل',
  جنود: 'جندي',
  ضباط: 'ضابط',
  قوات: 'قوة',
  مناطق: 'منطقة',
  قواعد: 'قاعدة',
  مواقع: 'موقع',
  حقول: 'حقل',
  أهداف: 'هدف',
  أسلحة: 'سلاح',
  وثائق: 'وثيقة',
  منازل: 'منزل',
  بيوت: 'بيت',
  قرى: 'قرية',
  مدن: 'مدينة',
  زعماء: 'زعيم',
  أمراء: 'أمير',
  ولاة: 'والي',
  خلايا: 'خلية',
  سجون: 'سجن',
  جثث: 'جثة',
  عشائر: 'عشيرة',
  قبائل: 'قبيلة',
  مقرات: 'مقر',
  دواعش: 'داعشي',
  أمريكان: 'أمريكي',
  أشخاص: 'شخص',
};

const MIN_STEM = 3;
const LEXICON = new Map(Object.entries(BROKEN_PLURALS).map(([pl, sg]) => [normalizeArabic(pl), normalizeArabic(sg)]));

const cut = (w: string, suffix: string, minWord = 0) =>
  w.length >= minWord && w.endsWith(suffix) && w.length - suffix.length >= MIN_STEM ? w.slice(0, -suffix.length) : null;

/** The stem of one normalised Arabic token; anything else (Latin, digits, short words) comes back unchanged. */
export function arabicStem(token: string): string {
  if (!/^[\u0621-\u064A]+$/.test(token)) return token;
  let w = LEXICON.get(token) ?? token;
  const sound = cut(w, 'تين') ?? cut(w, 'تان') ?? cut(w, 'ات') ?? cut(w, 'ين', 6) ?? cut(w, 'ون', 6) ?? cut(w, 'ان', 6);
  if (sound !== null) w = sound;
  return cut(w, 'ه') ?? w;
}
