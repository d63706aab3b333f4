// The dataset as each edition prints it, on the fixture data: translations in place of the English they
// were made from, counts in the edition's digits, and the English kept (and named) where a translation is
// missing or stale, which a build for publishing refuses.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editionData, loadEditionDir, TranslationsIncomplete } from '../../src/lib/data/editionData';
import { readDataDir } from '../../src/lib/data/load';
import { countWords, fillCounts } from '../../src/lib/data/counts';
import { editions } from '../../src/lib/editions/editions';
import type { TranslationFile } from '../../src/lib/data/translations';
import { validDir, validTexts } from '../data/helpers';

const english = editionData(validTexts(), validDir, 'en').dataset!;
const claimStep = english.story.sections.flatMap((s) => s.steps).find((s) => s.id === 'claim')!;
const rawClaim = 'Tiandy says it has branches in more than {claims.count} countries [nbc-2022-12].';
const tiandy = english.entities.find((e) => e.id === 'tiandy')!;

const dirs: string[] = [];
/** The fixture data with a translation file for `edition`. */
function withTranslation(edition: 'fa' | 'zh', entries: TranslationFile['entries']): string {
  const dir = mkdtempSync(join(tmpdir(), 'edition-data-'));
  dirs.push(dir);
  cpSync(validDir, dir, { recursive: true });
  mkdirSync(join(dir, 'translations'), { recursive: true });
  const file: TranslationFile = {
    edition,
    translatedFrom: '2026-12-07',
    status: 'test',
    glossary: [],
    entries,
  };
  writeFileSync(join(dir, 'translations', `${edition}.json`), JSON.stringify(file));
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const faEntries: TranslationFile['entries'] = [
  { key: 'story/dek', en: english.story.dek, text: 'داستانی آزمایشی.' },
  {
    key: 'story/steps/claim/text',
    en: rawClaim,
    text: 'تیاندی از {claims.count} کشور می‌گوید [nbc-2022-12].',
  },
  // Made from English that has since changed: stale.
  { key: 'entities/tiandy/role', en: 'An older English role', text: 'نقشی قدیمی' },
];

describe('a translated edition', () => {
  const dir = withTranslation('fa', faEntries);
  const { dataset, untranslated, files } = editionData(readDataDir(dir), dir, 'fa');
  const claim = dataset!.story.sections.flatMap((s) => s.steps).find((s) => s.id === 'claim')!;

  it('puts each current translation in place of its English, in the data the pages get', () => {
    expect(dataset!.story.dek).toBe('داستانی آزمایشی.');
    expect(JSON.parse(files!['story.json']).dek).toBe('داستانی آزمایشی.');
  });
  it('fills the named values in the translation, in Persian digits', () => {
    expect(claim.text).toBe(`تیاندی از ${countWords(60, editions.fa)} کشور می‌گوید [nbc-2022-12].`);
    expect(claim.text).toContain('۶۰');
    expect(claimStep.text).toContain('more than 60 countries');
  });
  it('keeps the English where the translation is stale or missing, and names each with its key', () => {
    const role = dataset!.entities.find((e) => e.id === 'tiandy')!.role;
    expect(role).toBe(tiandy.role);
    const stale = untranslated.find((p) => p.kind === 'stale');
    expect(stale?.message).toContain('"entities/tiandy/role"');
    expect(untranslated.some((p) => p.kind === 'missing' && p.message.includes('"story/headline"'))).toBe(
      true,
    );
  });
  it('leaves source titles in their own language', () => {
    expect(dataset!.sources.map((s) => s.title)).toEqual(english.sources.map((s) => s.title));
  });
  it('refuses to publish with text left in English, saying which and what to do', () => {
    expect(() => loadEditionDir(dir, 'fa')).not.toThrow();
    expect(() => loadEditionDir(dir, 'fa', { publishing: true })).toThrow(TranslationsIncomplete);
    expect(() => loadEditionDir(dir, 'fa', { publishing: true })).toThrow(
      /entities\/tiandy\/role[\s\S]*Translate them/,
    );
  });
});

describe('counts per edition', () => {
  const values = { 'claims.count': 60, 'countries.claimed': 3 };
  it.each([
    ['en', 'more than 60, three claimed'],
    ['fa', 'more than ۶۰, ۳ claimed'],
    ['zh', 'more than 60, 3 claimed'],
  ] as const)('%s writes them its way', (id, filled) => {
    expect(fillCounts('more than {claims.count}, {countries.claimed} claimed', values, editions[id])).toBe(
      filled,
    );
  });
  it('a Chinese edition gets its translation with Latin digits', () => {
    const dir = withTranslation('zh', [
      faEntries[1] && { ...faEntries[1], text: '天地伟业称在{claims.count}多个国家 [nbc-2022-12]。' },
    ]);
    const claim = editionData(readDataDir(dir), dir, 'zh')
      .dataset!.story.sections.flatMap((s) => s.steps)
      .find((s) => s.id === 'claim')!;
    expect(claim.text).toBe('天地伟业称在60多个国家 [nbc-2022-12]。');
  });
});
