// npm run data:import reads a spreadsheet's CSV in any encoding a spreadsheet writes exactly, or refuses it
// with the file, the place and what to do; nothing is ever stored with a replacement character. The files in
// tests/fixtures/csv/ were written by LibreOffice Calc (tests/fixtures/csv/make.ts says how).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../../src/lib/data/importCsv';
import { decodeCsv, plausible } from '../../src/lib/data/csvBytes';
import { cellTexts } from '../fixtures/csv/texts';
import { validTexts } from './helpers';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/csv/${name}.countries.csv`, import.meta.url));
const valid = validTexts();
const presenceOf = (json: string, iso3: string) =>
  (JSON.parse(json).countries as { iso3: string; presence: string }[]).find((c) => c.iso3 === iso3)!.presence;
const save = 'in Excel, File › Save As › "CSV UTF-8 (Comma delimited)"; in LibreOffice Calc';

describe('a CSV a spreadsheet wrote', () => {
  it.each([
    ['utf-8-comma', 'world', 'UTF-8'],
    ['utf-8-semicolon', 'world', 'UTF-8'],
    ['utf-8-bom-crlf', 'world', 'UTF-8'],
    ['utf-16le-tab', 'world', 'UTF-16LE'],
    ['utf-16be-tab', 'world', 'UTF-16BE'],
    ['windows-1252-semicolon', 'western', 'windows-1252'],
    ['windows-1250', 'polish', 'windows-1250'],
    ['gb18030', 'chinese', 'gb18030'],
    ['macintosh', 'western', 'macintosh'],
  ] as const)('in %s is read exactly', async (name, text, encoding) => {
    const result = await importCsv(fixture(name), `${name}.countries.csv`, valid);
    expect(result.problems).toEqual([]);
    expect(result.encoding).toBe(encoding);
    expect(presenceOf(result.text!, 'IRN')).toBe(`${cellTexts[text]} [nbc-2022-12].`);
    expect(result.changes).toMatchObject({ changed: ['IRN'], added: [], removed: [] });
  });

  it.each([
    // ñ is ń in windows-1250; Cyrillic reads as accented Latin in windows-1250 and -1252 too.
    ['windows-1252-spanish', '0xF1', /"España" in windows-1252, "Espańa" in windows-1250/],
    ['windows-1252-lossy', '0xF1', /"España" in windows-1252, "Espańa" in windows-1250/],
    ['windows-1251', '0xCF', /"Продажи" in windows-1251/],
    // Persian in windows-1256 is told for sure, and refused: the code page has no ی.
    ['windows-1256', '0xDD', /it looks like windows-1256, and windows-1256 has no Persian ی/],
  ])(
    'in %s, whose encoding cannot be told for sure or cannot hold the text, is refused with its place',
    async (name, byte, reads) => {
      const result = await importCsv(fixture(name), `${name}.countries.csv`, valid);
      expect(result.text).toBeUndefined();
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toMatch(
        new RegExp(`^${name}\\.countries\\.csv is not UTF-8 \\(byte ${byte} at row 3, column "presence"\\)`),
      );
      expect(result.problems[0]).toMatch(reads);
      expect(result.problems[0]).toContain(save);
    },
  );
});

describe('a CSV that has lost text already', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('is refused when it holds a replacement character, naming row and column', async () => {
    const csv = readFileSync(new URL('../fixtures/csv/utf-8-comma.countries.csv', import.meta.url), 'utf8');
    const result = await importCsv(bytes(csv.replace('Müller', 'M\uFFFDller')), 'countries.csv', valid);
    expect(result.text).toBeUndefined();
    expect(result.problems).toEqual([
      expect.stringMatching(/^countries\.csv holds .* \(row 3, column "presence"\)/),
    ]);
    // The same when the text comes decoded already.
    const decoded = await importCsv(csv.replace('Müller', 'M\uFFFDller'), 'countries.csv', valid);
    expect(decoded.problems).toEqual(result.problems);
  });

  it('is refused where a legacy code page wrote ? for characters it cannot hold', async () => {
    const texts = {
      ...valid,
      'footprint.json': valid['footprint.json'].replace(
        'Sales to the IRGC and police [nbc-2022-12, fdd-2022-12].',
        'Café 天地伟业 sales [nbc-2022-12, fdd-2022-12].',
      ),
    };
    const csv = readFileSync(new URL('../fixtures/csv/utf-8-comma.countries.csv', import.meta.url), 'utf8')
      .replace(`${cellTexts.world} [nbc-2022-12].`, '"Caf\u00e9 ???? sales [nbc-2022-12, fdd-2022-12]."')
      .replace(/\uFEFF/, '');
    // windows-1252: é is the one byte 0xE9; everything else is ASCII.
    const cp1252 = Uint8Array.from([...csv].map((c) => c.charCodeAt(0)));
    const result = await importCsv(cp1252, 'countries.csv', texts);
    expect(result.encoding).toBe('windows-1252');
    expect(result.text).toBeUndefined();
    expect(result.problems[0]).toMatch(
      /^countries\.csv row 3, column "presence": "Café \?\?\?\? sales .*" has \? where the data has "Café 天地伟业 sales .*": windows-1252 cannot hold/,
    );
  });

  it.each([
    ['UTF-16 without a byte-order mark', () => Buffer.from('iso3,name\n', 'utf16le'), /holds zero bytes/],
    [
      'UTF-16 with a lone surrogate',
      () => Uint8Array.from([0xff, 0xfe, 0x41, 0, 0x00, 0xd8, 0x42, 0]),
      /is not valid UTF-16LE/,
    ],
    [
      'UTF-8 cut inside a character',
      () => Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0xe2, 0x80]),
      /is not valid UTF-8/,
    ],
    ['UTF-32', () => Uint8Array.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), /is UTF-32/],
    [
      'bytes no code page reads as text',
      () => Uint8Array.from([0x41, 0x81, 0x8d, 0x0a]),
      /nor in any encoding/,
    ],
  ])('is refused for %s', (_, make, message) => {
    const result = decodeCsv(make(), 'countries.csv');
    expect(result).toEqual({ problem: expect.stringMatching(message) });
    expect((result as { problem: string }).problem).toContain(save);
  });
});

describe('a reading of legacy bytes', () => {
  it.each([
    ['Café Müller’s “quoted” – done…', true],
    ['Łódź, تهران, 天地伟业, Москва', true],
    ['ItÕs', false], // Mac Roman’s apostrophe read as windows-1252: a capital inside a word
    ['Cafй', false], // windows-1252 é read as windows-1251: two scripts in a word
    ['sales ñ 2021', false], // windows-1252's en dash read as Mac Roman: a lone letter that is no word
    ['Café à Paris – 2021', true],
    ['Espa\u064Ca', false], // ñ read as windows-1256: an Arabic vowel mark on a Latin letter
    ['Ìì\u00B5Ø', false], // GBK read as windows-1252
    ['it\u0092s', false], // a control character
  ])('%s is plausible: %s', (text, expected) => expect(plausible(text)).toBe(expected));
});
