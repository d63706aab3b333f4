// Translators work in a spreadsheet: one edition's translations as CSV and back. A row per English text:
// its key, the English as it is now, the translation and the English that translation was made from.
// Editing a row's translation means it now translates the English beside it; a row left as it was keeps
// what it was made from, so a stale translation stays stale until someone looks at it.
import { csvFormatRow, dsvFormat } from 'd3-dsv';
import { decodeCsv, delimiterOf } from './csvBytes.ts';
import { guardCell, unguardCell } from './cells.ts';
import type { TextField, TranslationEntry, TranslationFile } from './translations.ts';

export const translationColumns = ['key', 'english', 'translation', 'translated_from'] as const;

/** The CSV of one edition: every English text, in the order of the data, translated or not. */
export function translationsToCsv(fields: TextField[], file: TranslationFile): string {
  const byKey = new Map(file.entries.map((e) => [e.key, e]));
  const line = (cells: string[]) => csvFormatRow(cells.map(guardCell));
  const rows = fields.map((f) => {
    const e = byKey.get(f.key);
    return line([f.key, f.en, e?.text ?? '', e?.en ?? '']);
  });
  // A byte-order mark, so that Excel opens the UTF-8 as UTF-8.
  return '\uFEFF' + [line([...translationColumns]), ...rows].join('\r\n') + '\r\n';
}

export interface TranslationsImport {
  /** The edition's file with the spreadsheet's translations, when there are no problems. */
  file?: TranslationFile;
  problems: string[];
  /** Keys whose translation the spreadsheet changed, added or emptied. */
  changed: string[];
}

/** Reads an edition's CSV back: each problem names its row (the header is row 1) and column. */
export function translationsFromCsv(
  bytes: Uint8Array,
  label: string,
  fields: TextField[],
  file: TranslationFile,
): TranslationsImport {
  const decoded = decodeCsv(bytes, label);
  if ('problem' in decoded) return { problems: [decoded.problem], changed: [] };
  const text = decoded.text.replace(/^\uFEFF/, '');
  const [header, ...rows] = dsvFormat(delimiterOf(text)).parseRows(text);
  const missing = translationColumns.filter((c) => !header?.includes(c));
  if (missing.length)
    return {
      problems: [`${label} row 1: the columns ${missing.join(', ')} are missing; export the file again`],
      changed: [],
    };
  const col = (row: string[], name: (typeof translationColumns)[number]) =>
    unguardCell((row[header.indexOf(name)] ?? '').trim());
  const english = new Map(fields.map((f) => [f.key, f.en]));
  const before = new Map(file.entries.map((e) => [e.key, e]));
  const problems: string[] = [];
  const changed: string[] = [];
  const read = new Map<string, TranslationEntry>();
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    if (row.every((c) => c.trim() === '')) return;
    const at = `${label} row ${i + 2}`;
    const key = col(row, 'key');
    if (!english.has(key)) {
      problems.push(`${at}, column "key": "${key}" is no English text's key; keep the keys as exported`);
      return;
    }
    if (seen.has(key)) {
      problems.push(`${at}, column "key": "${key}" appears twice; keep one row for it`);
      return;
    }
    seen.add(key);
    const translation = col(row, 'translation');
    const old = before.get(key);
    if (translation === '') {
      if (old) changed.push(key);
      return;
    }
    if (old && old.text === translation) {
      read.set(key, old);
      return;
    }
    changed.push(key);
    // A new or changed translation translates the English as it is now.
    read.set(key, { key, en: english.get(key)!, text: translation });
  });
  if (problems.length) return { problems, changed: [] };
  // A row the spreadsheet left out keeps its translation; an emptied one is removed.
  const entries = fields.flatMap((f) =>
    seen.has(f.key) ? (read.get(f.key) ?? []) : (before.get(f.key) ?? []),
  );
  return { file: { ...file, entries }, problems, changed };
}
