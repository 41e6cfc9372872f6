/**
 * The methodology's prose in both languages (long text lives here rather than in the locale files; the page
 * adds the figures computed from the data). Keep the two languages saying the same thing.
 */
import type { UiLang } from '../../domain/format';

export interface Section {
  id: string;
  title: string;
  paragraphs: string[];
  /** Bullet points after the paragraphs. */
  items?: string[];
}

const en: Section[] = [
  {
    id: 'scope',
    title: 'Scope: what counts as an airborne operation',
    paragraphs: [
      'The atlas records coalition airborne operations in Syria since 2014: operations in which coalition or partner forces were carried by aircraft to or from the ground, or supplies were dropped to them from the air. Every operation rests on public reporting that is cited with its link, outlet and publication date.',
    ],
    items: [
      'Raid: a heliborne raid or air landing to kill, capture, search or gather material, including the raids on ISIS leaders.',
      'Hostage rescue: an attempt to free hostages by air, including attempts that failed.',
      'Evacuation by air: people flown out, whether wounded, detainees, informants or defectors as reported.',
      'Airlift: partner forces flown or air-assaulted into an area.',
      'Supply airdrop: weapons, ammunition, food or equipment dropped or landed for partner forces or coalition bases.',
    ],
  },
  {
    id: 'actors',
    title: 'Who counts as coalition and partner forces',
    paragraphs: [
      "Coalition: the US-led Global Coalition against ISIS and Combined Joint Task Force – Operation Inherent Resolve, with US Central Command and the special forces of its members. Partner forces: the forces that operate with the coalition on the ground: the SDF (and before it the YPG), and from 2025 the Syrian government's security forces in joint operations.",
      "Operations by Russia, Turkey, Iran, Israel or the former Assad government are not coalition operations and are left out, for example the government's airdrops to besieged Deir ez-Zor.",
    ],
  },
  {
    id: 'borderline',
    title: 'Borderline cases and what is left out',
    paragraphs: [
      'A ground raid that reports describe with coalition helicopters overhead, but without saying that troops landed, is included and marked "not explicitly airborne", with a note saying what the reports do say. A report of aircraft merely circling, with no landing, pickup or drop, is left out.',
      'Air and drone strikes without a landing are excluded, including the strikes that killed leaders of ISIS, Hurras al-Din or al-Qaeda, as are artillery, ground convoys and patrols, training, movements between coalition bases, and operations outside Syria.',
      'An operation needs at least one named outlet that gives a place and a date (or at least a month). When reports are too thin to tell an operation from a rumour, it is left out, or kept with low confidence and a note saying why. No operation, date, casualty figure or coordinate is invented.',
    ],
  },
  {
    id: 'sources',
    title: 'Where the reports come from and how they were found',
    paragraphs: [
      'The eleven first operations come from five Arabic articles whose full text is stored with the data, so that each quote can be checked word for word. The others were found by searching stored copies of public web pages in Arabic and English: local Syrian outlets (Enab Baladi, Deir Ezzor 24, Syria TV, Shaam News, Jesr Press and others), monitors such as the Syrian Observatory for Human Rights, regional and international media, news agencies, and US Central Command and coalition statements.',
      "Every Arabic article read was run through the atlas's own ingest (the propose view), and each record was then checked and completed by hand against the sources. Titles, summaries and the short description of what each source reports are written in our own words in both languages; the text of these sources is not stored here, and the evidence view says so and links to the original.",
    ],
  },
  {
    id: 'precision',
    title: 'Date and location precision',
    paragraphs: [
      'Each operation has a best-estimate date, with a span when the night crossed midnight or sources differ by a day, and a date precision (day, month or year). Each place has a location precision, drawn on the map as a halo of the given radius; when a village is not in the gazetteer, a coarser place is used, never a guessed point:',
    ],
  },
  {
    id: 'confidence',
    title: 'Confidence grading',
    paragraphs: [
      'High: the operation is confirmed by a party to it (a coalition or CENTCOM statement) or by several independent outlets that agree on the date and place. Medium: one or two outlets with concrete details (place, date, people detained or killed) and nothing contradicting them. Low: a single outlet, a partisan claim, or details inferred from circumstances; the record says why.',
    ],
  },
  {
    id: 'disputes',
    title: 'Disputes and corroboration',
    paragraphs: [
      'When sources disagree on the date, place or outcome, every version is kept with who reported it: other dates appear as disputed dates, other figures as ranges with notes and as "what other sources report". Outcomes are ranges as reported, open-ended when a source says "at least".',
      'Corroboration is the number of distinct outlets among an operation\'s sources. A story republished by another site (a wire story, a syndicated article) counts once, under the outlet that wrote it; two articles of one outlet count once; a statement by a party to the operation counts as one outlet. "Corroborated only" keeps operations reported by two or more outlets.',
    ],
  },
  {
    id: 'gaps',
    title: 'Known gaps and biases',
    paragraphs: [
      'Reporting is uneven. Most operations are in Deir ez-Zor, where local outlets and monitors report landings night by night; operations announced by CENTCOM often give only "northern" or "eastern Syria" and are placed at governorate level. Years when few landings were reported in the sources searched appear thin here, and that reflects the sources as much as the operations. Claims by parties hostile to the coalition (for example of ISIS members being flown out) are included only as low-confidence claims.',
    ],
  },
  {
    id: 'propose',
    title: 'How to propose a correction or a new operation',
    paragraphs: [
      'Paste the text of an article into the propose view (the "Propose" page of the atlas): it suggests records in the data format, which you can download as YAML. A record lives in data/operations/<date>-<place>.yaml and is described in data/README.md; each needs at least one source with its link, outlet and publication date, and claims written in your own words in both languages. Corrections are reviewed by hand and checked by the data build before they are published.',
    ],
  },
];

const ar: Section[] = [
  {
    id: 'scope',
    title: 'النطاق: ما الذي يُعدّ عملية محمولة جواً',
    paragraphs: [
      'يسجّل الأطلس عمليات التحالف المحمولة جواً في سوريا منذ عام 2014: العمليات التي نُقلت فيها قوات التحالف أو القوات الشريكة بالطائرات إلى الأرض أو منها، أو أُسقطت لها إمدادات من الجو. وتستند كل عملية إلى تقارير علنية مذكورة برابطها ووسيلتها وتاريخ نشرها.',
    ],
    items: [
      'إنزال ومداهمة: إنزال مروحي أو جوي للقتل أو الاعتقال أو التفتيش أو جمع المعلومات، بما في ذلك العمليات ضد قادة داعش.',
      'تحرير رهائن: محاولة لتحرير رهائن جواً، بما في ذلك المحاولات الفاشلة.',
      'إجلاء جوي: نقل أشخاص جواً، جرحى أو محتجزين أو مخبرين أو منشقين كما تذكر التقارير.',
      'نقل جوي لقوات شريكة: نقل قوات شريكة أو إنزالها جواً في منطقة ما.',
      'إنزال إمدادات: إسقاط أسلحة أو ذخائر أو أغذية أو معدات أو إنزالها لقوات شريكة أو لقواعد التحالف.',
    ],
  },
  {
    id: 'actors',
    title: 'من يُعدّ من التحالف ومن القوات الشريكة',
    paragraphs: [
      'التحالف: التحالف الدولي ضد داعش بقيادة الولايات المتحدة وقوة المهام المشتركة – عملية العزم الصلب، مع القيادة المركزية الأمريكية والقوات الخاصة للدول الأعضاء. القوات الشريكة: القوات التي تعمل مع التحالف على الأرض: قسد (ووحدات حماية الشعب قبلها)، وابتداءً من 2025 قوات الأمن الحكومية السورية في العمليات المشتركة.',
      'عمليات روسيا وتركيا وإيران وإسرائيل والحكومة السورية السابقة ليست عمليات للتحالف ولا تُدرج، ومنها مثلاً إسقاطات الحكومة الجوية لدير الزور المحاصرة.',
    ],
  },
  {
    id: 'borderline',
    title: 'الحالات الحدّية وما يُستبعد',
    paragraphs: [
      'المداهمة البرية التي تذكر التقارير فيها مروحيات للتحالف في الأجواء دون أن تقول إن جنوداً نزلوا تُدرج مع وسم «لا يصف المصدر إنزالاً صراحة» وملاحظة بما تقوله التقارير فعلاً. أما خبر تحليق الطائرات وحده، دون إنزال أو التقاط أو إسقاط، فلا يُدرج.',
      'تُستبعد الغارات الجوية وغارات المسيّرات التي لا إنزال فيها، ومنها الغارات التي قتلت قادة في داعش أو حراس الدين أو القاعدة، وكذلك القصف المدفعي والأرتال البرية والدوريات والتدريبات والتنقل بين قواعد التحالف والعمليات خارج سوريا.',
      'تحتاج العملية إلى وسيلة إعلامية مسمّاة واحدة على الأقل تذكر مكاناً وتاريخاً (أو شهراً على الأقل). وحين تكون التقارير أضعف من أن تميّز العملية من الشائعة تُستبعد، أو تُبقى بدرجة ثقة منخفضة مع ملاحظة تبيّن السبب. ولا تُختلق عملية أو تاريخ أو حصيلة أو إحداثيات.',
    ],
  },
  {
    id: 'sources',
    title: 'مصادر التقارير وكيف جُمعت',
    paragraphs: [
      'تأتي العمليات الإحدى عشرة الأولى من خمسة مقالات عربية نُصّها الكامل محفوظ مع البيانات، ليمكن التحقق من كل اقتباس حرفياً. أما البقية فجُمعت بالبحث في نسخ محفوظة من صفحات ويب عامة بالعربية والإنجليزية: وسائل إعلام سورية محلية (عنب بلدي ودير الزور 24 وتلفزيون سوريا وشبكة شام وجسر برس وغيرها)، ومراصد مثل المرصد السوري لحقوق الإنسان، ووسائل إعلام إقليمية ودولية ووكالات أنباء، وبيانات القيادة المركزية الأمريكية والتحالف.',
      'مُرّر كل مقال عربي قُرئ عبر أداة الاستخراج في الأطلس (صفحة الاقتراح)، ثم رُوجع كل سجل وأُكمل يدوياً مقابل المصادر. وكُتبت العناوين والملخصات والوصف الموجز لما يذكره كل مصدر بكلماتنا وباللغتين؛ ونصوص هذه المصادر غير محفوظة هنا، ويقول عرض الأدلة ذلك ويحيل إلى الأصل.',
    ],
  },
  {
    id: 'precision',
    title: 'دقة التاريخ والموقع',
    paragraphs: [
      'لكل عملية تاريخ هو أفضل تقدير، مع مدى زمني حين تمتد الليلة بعد منتصفها أو تختلف المصادر بيوم، ودرجة دقة للتاريخ (يوم أو شهر أو سنة). ولكل مكان درجة دقة تُرسم على الخريطة هالةً بنصف القطر المذكور؛ وحين لا تكون القرية في المعجم الجغرافي يُستخدم مكان أعمّ، ولا تُخمَّن نقطة أبداً:',
    ],
  },
  {
    id: 'confidence',
    title: 'درجات الثقة',
    paragraphs: [
      'عالية: يؤكد العملية طرف فيها (بيان للتحالف أو للقيادة المركزية) أو عدة وسائل مستقلة تتفق على التاريخ والمكان. متوسطة: وسيلة أو وسيلتان بتفاصيل ملموسة (المكان والتاريخ والمعتقلون أو القتلى) دون ما يناقضها. منخفضة: وسيلة واحدة أو ادعاء طرف منحاز أو تفاصيل مستنتجة من الظروف؛ ويذكر السجل السبب.',
    ],
  },
  {
    id: 'disputes',
    title: 'الخلافات والتأكيد من مصادر مستقلة',
    paragraphs: [
      'حين تختلف المصادر في التاريخ أو المكان أو الحصيلة تُحفظ كل رواية مع من ذكرها: تظهر التواريخ الأخرى تواريخَ متنازعاً عليها، والأرقام الأخرى مدياتٍ مع ملاحظات وضمن «ما تذكره مصادر أخرى». والحصائل مديات كما وردت، مفتوحة حين يقول المصدر «على الأقل».',
      'التأكيد هو عدد الوسائل الإعلامية المختلفة بين مصادر العملية. والخبر الذي يعيد موقع آخر نشره (خبر وكالة أو مقال منقول) يُحسب مرة واحدة باسم الوسيلة التي كتبته؛ ومقالان لوسيلة واحدة يُحسبان مرة واحدة؛ وبيان طرف في العملية يُحسب وسيلة واحدة. ويُبقي خيار «المؤكَّدة فقط» العمليات التي ذكرتها وسيلتان أو أكثر.',
    ],
  },
  {
    id: 'gaps',
    title: 'الثغرات والانحيازات المعروفة',
    paragraphs: [
      'التغطية غير متوازنة. معظم العمليات في دير الزور، حيث تنقل وسائل الإعلام المحلية والمراصد الإنزالات ليلة بليلة؛ أما العمليات التي تعلنها القيادة المركزية فكثيراً ما لا تذكر سوى «شمال سوريا» أو «شرقها» فتوضع على مستوى المحافظة. والسنوات التي ذُكرت فيها إنزالات قليلة في المصادر التي بُحث فيها تبدو هنا ضعيفة التمثيل، وهذا يعكس المصادر بقدر ما يعكس العمليات. وتُدرج ادعاءات الأطراف المعادية للتحالف (كنقل عناصر من داعش جواً) ادعاءاتٍ بدرجة ثقة منخفضة فقط.',
    ],
  },
  {
    id: 'propose',
    title: 'كيف تقترح تصحيحاً أو عملية جديدة',
    paragraphs: [
      'الصق نص المقال في صفحة الاقتراح في الأطلس: تقترح سجلات بصيغة البيانات يمكنك تنزيلها بصيغة YAML. يُحفظ السجل في data/operations/<date>-<place>.yaml وصيغته موصوفة في data/README.md؛ ويحتاج كل سجل إلى مصدر واحد على الأقل برابطه ووسيلته وتاريخ نشره، ووصف لما يذكره بكلماتك وباللغتين. وتُراجع التصحيحات يدوياً ويتحقق منها بناء البيانات قبل نشرها.',
    ],
  },
];

export const METHODOLOGY: Record<UiLang, Section[]> = { en, ar };
