// Translators' spreadsheets: an edition's translations go out as CSV and come back. An unchanged round trip
// changes nothing; an edited row translates the English beside it; a row left alone stays as it was, stale
// or not; a wrong key or an unreadable file is refused with its place.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFileNames } from '../../src/lib/data/load';
import { textFields, translationProblems, type TranslationFile } from '../../src/lib/data/translations';
import { translationsFromCsv, translationsToCsv } from '../../src/lib/data/translationsCsv';
import { validDir } from './helpers';

const raw = Object.fromEntries(
  dataFileNames.map((f) => [f, JSON.parse(readFileSync(join(validDir, f), 'utf8'))]),
);
const fields = textFields(raw);
const [dek, headline] = ['story/dek', 'story/headline'].map((k) => fields.find((f) => f.key === k)!);
const file: TranslationFile = {
  edition: 'fa',
  translatedFrom: '2026-12-07',
  status: 'test',
  glossary: [],
  entries: [
    { key: headline.key, en: headline.en, text: 'عنوان' },
    { key: dek.key, en: 'An older dek.', text: 'خلاصهٔ قدیمی' },
  ],
};
const bytes = (text: string) => new TextEncoder().encode(text);
const rows = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');

describe("an edition's translations through a spreadsheet", () => {
  it('writes a row per English text, with the translation and what it was made from', () => {
    const csv = translationsToCsv(fields, file);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(rows(csv)).toHaveLength(fields.length + 1);
    expect(rows(csv)[0]).toBe('key,english,translation,translated_from');
  });

  it('changes nothing when nothing was edited, stale included', () => {
    const back = translationsFromCsv(bytes(translationsToCsv(fields, file)), 'fa.csv', fields, file);
    expect(back.problems).toEqual([]);
    expect(back.changed).toEqual([]);
    expect(back.file).toEqual(file);
    expect(translationProblems(fields, back.file!).filter((p) => p.kind === 'stale')).toHaveLength(1);
  });

  it('makes an edited row translate the English beside it, and adds a new one', () => {
    const csv = translationsToCsv(fields, file)
      .replace('خلاصهٔ قدیمی', 'خلاصهٔ تازه')
      .replace(`${fields[0].key},`, `${fields[0].key},`);
    const edited = csv.split('\r\n');
    const i = edited.findIndex((l) => l.startsWith(`${fields[0].key},`));
    edited[i] = edited[i].replace(/,,$/, ',ترجمهٔ نو,');
    const back = translationsFromCsv(bytes(edited.join('\r\n')), 'fa.csv', fields, file);
    expect(back.problems).toEqual([]);
    expect(back.changed.sort()).toEqual([dek.key, fields[0].key].sort());
    const entry = back.file!.entries.find((e) => e.key === dek.key)!;
    expect(entry).toEqual({ key: dek.key, en: dek.en, text: 'خلاصهٔ تازه' });
    expect(translationProblems(fields, back.file!).filter((p) => p.kind === 'stale')).toEqual([]);
  });

  it('refuses a key no English has, naming the row and column', () => {
    const csv = translationsToCsv(fields, file).replace(`${headline.key},`, 'story/nothing,');
    const back = translationsFromCsv(bytes(csv), 'fa.csv', fields, file);
    expect(back.file).toBeUndefined();
    expect(back.problems[0]).toMatch(/^fa\.csv row \d+, column "key": "story\/nothing"/);
  });

  it('refuses a file a legacy code page could not hold, saying how to save it', () => {
    const latin1 = new Uint8Array([
      ...bytes('key,english,translation,translated_from\r\nstory/dek,x,'),
      0xe9,
    ]);
    const back = translationsFromCsv(latin1, 'fa.csv', fields, file);
    expect(back.file).toBeUndefined();
    expect(back.problems[0]).toMatch(/fa\.csv.*UTF-8/);
  });
});
