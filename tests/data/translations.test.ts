// Translations are checked like data: every English text a reader meets has a key, a change to the English
// makes its translation stale, and check:data names each missing, stale or unknown entry with its place.
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { textFields, translationProblems, type TranslationFile } from '../../src/lib/data/translations';
import { checkTranslations } from '../../src/lib/data/translationCheck';
import { gregorianOnlyDays, gregorianOnlyYears } from '../../src/lib/data/persianCalendar';
import { dataFileNames } from '../../src/lib/data/load';
import { positionOf, replaceNth, validDir } from './helpers';

const raw = () =>
  Object.fromEntries(dataFileNames.map((f) => [f, JSON.parse(readFileSync(join(validDir, f), 'utf8'))]));
const fields = textFields(raw());
const field = (key: string) => {
  const f = fields.find((x) => x.key === key);
  if (!f) throw new Error(`no text field ${key}`);
  return f;
};
const file = (
  entries: TranslationFile['entries'],
  glossary: TranslationFile['glossary'] = [],
): TranslationFile => ({
  edition: 'fa',
  translatedFrom: '2026-12-07',
  status: 'test',
  glossary,
  entries,
});

describe('the English a reader meets', () => {
  it('keys every text by record and field, and leaves out ids, dates and source titles', () => {
    const keys = fields.map((f) => f.key);
    expect(keys).toContain('story/dek');
    expect(keys).toContain('story/steps/iran/text');
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.some((k) => k.startsWith('sources/') && k.endsWith('/title'))).toBe(false);
    expect(fields.every((f) => !/^\d{4}(-\d{2}){0,2}$/.test(f.en))).toBe(true);
  });
  it('reads the English raw, with its named values unfilled', () => {
    const withPlaceholder = fields.find((f) => f.en.includes('{'));
    expect(withPlaceholder?.en).toMatch(/\{[a-z]+\.[a-z-]+\}/);
  });
});

describe('one edition against the English', () => {
  const dek = field('story/dek');
  it('lists every text without a translation as missing, at the English', () => {
    const problems = translationProblems(fields, file([]));
    expect(problems.filter((p) => p.kind === 'missing')).toHaveLength(fields.length);
    expect(problems[0].at.file).not.toBe('translation');
  });
  it('finds a translation current while its English stands', () => {
    const problems = translationProblems(fields, file([{ key: dek.key, en: dek.en, text: 'ترجمه' }]));
    expect(problems.some((p) => p.message.includes(`"${dek.key}"`))).toBe(false);
  });
  it('marks it stale once the English changes, quoting the new English', () => {
    const [stale] = translationProblems(fields, file([{ key: dek.key, en: 'An older dek.', text: 'ترجمه' }]));
    expect(stale.kind).toBe('stale');
    expect(stale.at).toEqual({ file: 'translation', path: ['entries', 0, 'en'] });
    expect(stale.message).toContain(dek.en);
  });
  it('refuses a key no English has, and a key translated twice', () => {
    const entry = { key: dek.key, en: dek.en, text: 'ترجمه' };
    const kinds = translationProblems(
      fields,
      file([{ ...entry, key: 'story/steps/gone/text' }, entry, entry]),
    )
      .filter((p) => p.kind !== 'missing')
      .map((p) => p.kind);
    expect(kinds).toEqual(['unknown-key', 'duplicate-key']);
  });
  it('holds names to the glossary, word for word', () => {
    const named = fields.find((f) => /\bTiandy\b/.test(f.en))!;
    const glossary = [{ en: 'Tiandy', text: 'تیاندی', checked: true }];
    const off = translationProblems(
      fields,
      file([{ key: named.key, en: named.en, text: 'تیندی' }], glossary),
    );
    expect(off.find((p) => p.kind === 'glossary')?.message).toContain('تیاندی');
    const on = translationProblems(
      fields,
      file([{ key: named.key, en: named.en, text: 'تیاندی' }], glossary),
    );
    expect(on.some((p) => p.kind === 'glossary')).toBe(false);
  });
});

describe("sources' publishers and names, which the provenance counts by", () => {
  const publishers = fields.filter((f) => /^sources\/[^/]+\/publisher$/.test(f.key));
  const names = (entries: { key: string; en: string; text: string }[]) =>
    translationProblems(fields, file(entries)).filter((p) => p.kind === 'names');
  it('are text a reader meets, one key per source', () => {
    expect(publishers.length).toBeGreaterThan(2);
  });
  it('must be written one way and never two alike, saying where', () => {
    const [a, b] = publishers;
    const twoWays = names([
      { key: a.key, en: 'NBC News', text: 'ان‌بی‌سی نیوز' },
      { key: b.key, en: 'NBC News', text: 'ان‌بی‌سی' },
    ]);
    expect(twoWays).toHaveLength(1);
    expect(twoWays[0].at).toEqual({ file: 'translation', path: ['entries', 1, 'text'] });
    expect(twoWays[0].message).toContain(a.key);
    const alike = names([
      { key: a.key, en: 'Reuters', text: 'رویترز' },
      { key: b.key, en: 'Reuters (via Yahoo)', text: 'رویترز' },
    ]);
    expect(alike[0].message).toContain('tell them apart');
    const fine = names([
      { key: a.key, en: 'NBC News', text: 'ان‌بی‌سی نیوز' },
      { key: b.key, en: 'NBC News', text: 'ان‌بی‌سی نیوز' },
    ]);
    expect(fine).toEqual([]);
  });
});

describe('Persian publishers, which citations and map claims already bracket', () => {
  const publisher = fields.find((f) => f.key.endsWith('/publisher'))!;
  const brackets = (text: string) =>
    translationProblems(fields, file([{ key: publisher.key, en: publisher.en, text }])).filter(
      (p) => p.kind === 'brackets',
    );
  it('hold no brackets of their own outside a Latin name, saying what to write', () => {
    const [p] = brackets('دولت شهر دالیان (وب‌سایت انگلیسی)');
    expect(p.at).toEqual({ file: 'translation', path: ['entries', 0, 'text'] });
    expect(p.message).toContain('دولت شهر دالیان، وب‌سایت انگلیسی');
    expect(brackets('دولت شهر دالیان، وب‌سایت انگلیسی')).toEqual([]);
    expect(brackets('Thompson Hine (SmarTrade)')).toEqual([]);
  });
  it('hold in data/', () => {
    const fa = checkTranslations('data').find((r) => r.edition === 'fa')!;
    expect(fa.translation!.entries.filter((e) => e.key.endsWith('/publisher')).length).toBeGreaterThan(50);
    expect(fa.warnings.filter((w) => w.kind === 'brackets').map((w) => w.message)).toEqual([]);
  });
});

describe('Persian dates (editions-glossary §11)', () => {
  it('finds a Gregorian day written without its Solar Hijri day first', () => {
    expect(gregorianOnlyDays('گزارش ۱۶ دسامبر ان‌بی‌سی و حدود ۱ دسامبر')).toEqual(['۱۶ دسامبر', '۱ دسامبر']);
    expect(gregorianOnlyDays('در ۲۸–۲۹ آوریل ۲۰۲۱ و ۱ و ۱۶ دسامبر')).toEqual([
      '۲۸–۲۹ آوریل',
      '۱ و ۱۶ دسامبر',
    ]);
  });
  it('passes a Gregorian day in brackets or after a dash, and a month alone', () => {
    for (const text of [
      '۲۴ آذر ۱۴۰۱ (۱۵ دسامبر ۲۰۲۲)',
      'حدود ۱۰ آذر (حدود ۱ دسامبر)',
      '(امریکن میلیتاری نیوز در ۲۶ آذر – ۱۷ دسامبر گفت)',
      'احتمالاً ۹ آذر ۱۴۰۱ (احتمالاً ۳۰ نوامبر ۲۰۲۲)',
      'دسامبر ۲۰۲۲ (آذر و دی ۱۴۰۱)',
      'در ماه مه',
    ])
      expect(gregorianOnlyDays(text), text).toEqual([]);
  });
  it('is a warning at the entry, in Persian only, saying what to write', () => {
    const dek = field('story/dek');
    const entry = { key: dek.key, en: dek.en, text: 'در ۱۶ دسامبر' };
    const [p] = translationProblems(fields, file([entry])).filter((x) => x.kind === 'calendar');
    expect(p.at).toEqual({ file: 'translation', path: ['entries', 0, 'text'] });
    expect(p.message).toContain('۲۵ آذر (۱۶ دسامبر)');
    const zh = translationProblems(fields, { ...file([entry]), edition: 'zh' });
    expect(zh.some((x) => x.kind === 'calendar')).toBe(false);
  });
  it('finds a Gregorian year or month with no Solar Hijri beside it, and says what to write', () => {
    const write = (text: string) => gregorianOnlyYears(text).map((f) => f.write);
    expect(write('در سال ۱۹۹۴ بنیان گذاشت')).toEqual(['۱۹۹۴ (۱۳۷۲–۱۳۷۳)']);
    expect(write('در ۲۰۲۱ و ۲۰۲۲ پاسخ داد؛ از ۲۰۲۲ تا ۲۰۲۵')).toEqual([
      '۲۰۲۱ و ۲۰۲۲ (۱۳۹۹–۱۴۰۱)',
      '۲۰۲۲ تا ۲۰۲۵ (۱۴۰۰–۱۴۰۴)',
    ]);
    // Late or mid in a year falls after its Nowruz.
    expect(write('در اواخر ۲۰۲۲ و اوایل ۲۰۲۱')).toEqual(['۲۰۲۲ (۱۴۰۱)', '۲۰۲۱ (۱۳۹۹–۱۴۰۰)']);
    expect(write('در فوریهٔ ۲۰۲۳ و مارس ۲۰۲۲')).toEqual([
      'فوریهٔ ۲۰۲۳ (بهمن و اسفند ۱۴۰۱)',
      'مارس ۲۰۲۲ (اسفند ۱۴۰۰ و فروردین ۱۴۰۱)',
    ]);
    // Inside brackets, joined by a dash, so brackets never nest.
    expect(write('پلیس را (در گزارش ۲۰۱۵) نام برد')).toEqual(['۲۰۱۵ – ۱۳۹۳–۱۳۹۴']);
    // Where each is, to write it there (the same year twice is found twice).
    const twice = 'سال ۲۰۱۹، نه ۲۰۱۹';
    expect(gregorianOnlyYears(twice).map((f) => f.at)).toEqual([
      twice.indexOf('۲۰'),
      twice.lastIndexOf('۲۰'),
    ]);
  });
  it('passes a year beside its Solar Hijri one, a day, and a year in a name', () => {
    for (const text of [
      'در سال ۱۹۹۴ (۱۳۷۲–۱۳۷۳)',
      'اواخر ۲۰۲۲ (۱۴۰۱)',
      'دسامبر ۲۰۲۲ (آذر و دی ۱۴۰۱)',
      '۲۴ آذر ۱۴۰۱ (۱۵ دسامبر ۲۰۲۲)',
      '(۲۵ آذر ۱۴۰۱ – ۱۶ دسامبر ۲۰۲۲)',
      '(دسامبر ۲۰۲۲ – آذر و دی ۱۴۰۱)',
      '۱ ژانویهٔ ۲۰۲۵',
      'قانون تدارکات ۲۰۲۳',
      'قانون مجوز دفاع ملی سال مالی ۲۰۱۹',
      'مجلس ایالت لوئیزیانا (SB 15 سال ۲۰۲۱)',
      'شمارهٔ ۱۲۳۴ و ۲۰۵۰۰ نفر',
    ])
      expect(gregorianOnlyYears(text), text).toEqual([]);
  });
  it("warns at a Persian entry's bare year, but not in a chart's label", () => {
    const role = field('entities/intel/role');
    const entry = { key: role.key, en: role.en, text: 'در ۲۰۲۱ پاسخ داد' };
    const [p] = translationProblems(fields, file([entry])).filter((x) => x.kind === 'calendar');
    expect(p.at).toEqual({ file: 'translation', path: ['entries', 0, 'text'] });
    expect(p.message).toContain('«۲۰۲۱ (۱۳۹۹–۱۴۰۰)»');
    const label = fields.find((f) => f.key.endsWith('/label'))!;
    const short = { key: label.key, en: label.en, text: 'جایزه، ۲۰۱۹' };
    expect(translationProblems(fields, file([short])).filter((x) => x.kind === 'calendar')).toEqual([]);
  });
  it("holds the edition's own status and updates to it too, at their place", () => {
    const said = {
      ...file([]),
      status: 'از نسخهٔ ۷ دسامبر ۲۰۲۶',
      updates: [{ date: '2026-12', text: 'در ۲۰۲۶' }],
    };
    const found = translationProblems(fields, said).filter((x) => x.kind === 'calendar');
    expect(found.map((p) => p.at.path)).toEqual([['status'], ['updates', 0, 'text']]);
    expect(found[1].message).toContain('«۲۰۲۶ (۱۴۰۴–۱۴۰۵)»');
  });
  it('holds in the Persian edition in data/', () => {
    const fa = checkTranslations('data').find((r) => r.edition === 'fa')!;
    expect(fa.translation?.entries.length).toBeGreaterThan(800);
    expect(fa.warnings.filter((w) => w.kind === 'calendar').map((w) => w.message)).toEqual([]);
  });
});

describe('check:data on a folder with translations', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const setUp = (entries: TranslationFile['entries'], more: Partial<TranslationFile> = {}) => {
    dir = mkdtempSync(join(tmpdir(), 'translations-'));
    cpSync(validDir, dir, { recursive: true });
    mkdirSync(join(dir, 'translations'));
    writeFileSync(
      join(dir, 'translations', 'fa.json'),
      JSON.stringify({ ...file(entries), ...more }, null, 2) + '\n',
    );
  };

  it('names the translation an English edit made stale, with its line and column', () => {
    const dek = field('story/dek');
    setUp([{ key: dek.key, en: dek.en, text: 'ترجمه' }]);
    const story = join(dir, 'story.json');
    writeFileSync(
      story,
      replaceNth(readFileSync(story, 'utf8'), dek.en, 'A corrected dek for the test story.'),
    );
    const [report] = checkTranslations(dir, 'data');
    const stale = report.warnings.filter((w) => w.kind === 'stale');
    const text = readFileSync(join(dir, 'translations', 'fa.json'), 'utf8');
    expect(stale).toEqual([
      expect.objectContaining({
        file: 'data/translations/fa.json',
        pointer: '/entries/0/en',
        ...positionOf(text, JSON.stringify(dek.en)),
      }),
    ]);
    expect(stale[0].message).toContain('A corrected dek for the test story.');
    expect(report.current).toBe(0);
  });

  it('refuses a translation file that is not valid, with its place', () => {
    setUp([{ key: 'story/dek', en: 'x', text: '' }]);
    const [report] = checkTranslations(dir, 'data');
    expect(report.errors).toEqual([expect.objectContaining({ pointer: '/entries/0/text' })]);
    expect(report.errors[0].message).toMatch(/empty translation/);
  });

  it("refuses the edition's own dates that are not real, with their place", () => {
    setUp([], { translatedFrom: '2026-13', updates: [{ date: '2026-12-32', text: 'تصحیح' }] });
    const [report] = checkTranslations(dir, 'data');
    expect(report.errors.map((e) => [e.pointer, e.message])).toEqual([
      ['/translatedFrom', expect.stringMatching(/no month 13/)],
      ['/updates/0/date', expect.stringMatching(/December 2026 has 31 days/)],
    ]);
  });
});
