// Reads a CSV exported from a spreadsheet back into the data: the table is picked by the file's name
// (countries.csv → footprint.json's countries), rows are matched to records by id (or ISO code), the order
// follows the CSV, and fields the CSV does not carry (a country's places, an actor's pin) are kept from the
// JSON. The would-be data is checked in memory by exactly the rules of `npm run check:data`; the result is
// returned only when the whole file is valid, and problems come back as
//   countries.csv row 12, column "status": "confimed" is not a status; use one of …
// with rows numbered as a spreadsheet shows them (the header is row 1). Given the file's bytes, it reads
// them in the encoding the spreadsheet wrote, or refuses them (csvBytes.ts); a cell where a legacy code page
// wrote ? for characters the data holds is refused too.
import { dsvFormat } from 'd3-dsv';
import type { z } from 'zod';
import { decodeCsv, delimiterOf, lostIn, replacementProblem } from './csvBytes.ts';
import { checkDataTexts } from './load.ts';
import { closestMatch, listWords } from './hints.ts';
import { unguardCell } from './cells.ts';
import { cellOf, tableDefs, type Column, type TableDef } from './tables.ts';
import { fileSchemas, type DataFileName } from './schema.ts';
import { formatDataJson } from './writeJson.ts';

export interface ImportResult {
  table: TableDef;
  /** Every problem, one line each; empty when the import is valid. */
  problems: string[];
  /** The new text of the table's data file, when there are no problems. */
  text?: string;
  /** The encoding the CSV file was read in ("UTF-8", "windows-1252", …), when it was given as bytes. */
  encoding?: string;
  changes: { rows: number; added: string[]; removed: string[]; changed: string[]; reordered: boolean };
}

/** The table a file name stands for: "countries.csv", "Tiandy - countries (2).csv". */
export function tableForFile(fileName: string): TableDef | undefined {
  const base = fileName.split(/[\\/]/).pop()!.toLowerCase();
  const found = tableDefs.filter((t) => new RegExp(`(^|[^a-z])${t.name}([^a-z]|$)`).test(base));
  return found.length === 1 ? found[0] : undefined;
}

const normalise = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** A zod/cross-check message, worded for a cell rather than for JSON. */
function forCell(message: string, column: Column | undefined): string {
  return message
    .replace(
      /^missing required field "[^"]*": .*$/,
      () => `the cell is empty; every row needs ${column ? column.codec.hint : 'one'}`,
    )
    .replace(/like \["([^"]+)"\]/g, 'like $1')
    .replace(/; write it in quotes: .*$/, '');
}

export async function importCsv(
  csv: string | Uint8Array,
  csvName: string,
  texts: Partial<Record<DataFileName, string>>,
  options: { dir?: string; table?: TableDef } = {},
): Promise<ImportResult> {
  const dir = options.dir ?? 'data';
  const label = csvName.split(/[\\/]/).pop()!;
  const table = options.table ?? tableForFile(csvName);
  const changes: ImportResult['changes'] = { rows: 0, added: [], removed: [], changed: [], reordered: false };
  if (!table)
    throw new Error(
      `${label}: cannot tell which table this is; name the file ${listWords(tableDefs.map((t) => `${t.name}.csv`))}`,
    );
  const located: { row: number; col: number; text: string }[] = [];
  const elsewhere: string[] = [];
  const at = (row: number, column: string | undefined, message: string, col = 0) =>
    located.push({
      row,
      col,
      text: `${label} row ${row}${column ? `, column "${column}"` : ''}: ${message}`,
    });
  let encoding: string | undefined;
  const done = (): ImportResult => ({
    table,
    encoding,
    problems: [...located.sort((a, b) => a.row - b.row || a.col - b.col).map((p) => p.text), ...elsewhere],
    changes,
  });

  // ---- the file and its header
  const decoded = typeof csv === 'string' ? { text: csv, encoding: undefined } : decodeCsv(csv, label);
  const problem = 'problem' in decoded ? decoded.problem : replacementProblem(decoded.text, label);
  if (problem || 'problem' in decoded) {
    elsewhere.push(problem!);
    return done();
  }
  encoding = decoded.encoding;
  const body = decoded.text.replace(/^\uFEFF/, '');
  const unicode = !encoding || encoding.startsWith('UTF');
  const rows = dsvFormat(delimiterOf(body)).parseRows(body);
  const blank = (cells: string[]) => cells.every((c) => c.trim() === '');
  if (!rows.length || blank(rows[0])) {
    at(
      1,
      undefined,
      `the header row is empty; it should name the columns: ${table.columns.map((c) => c.name).join(', ')}`,
    );
    return done();
  }
  const known = new Map(table.columns.map((c) => [c.name, c]));
  const header: (Column | undefined)[] = [];
  rows[0].forEach((raw, i) => {
    const name = normalise(raw);
    const column = known.get(name);
    // A spreadsheet may add empty columns at the right.
    if (!name && rows.every((r) => (r[i] ?? '').trim() === '')) return header.push(undefined);
    if (!column) {
      const near = closestMatch(name, known.keys());
      at(
        1,
        raw,
        `unknown column${near ? ` — did you mean "${near}"?` : ''} (${table.name}.csv has the columns ${table.columns.map((c) => c.name).join(', ')})`,
        i,
      );
    } else if (header.includes(column)) at(1, raw, 'this column appears twice; keep one', i);
    header.push(column);
  });
  const keyColumn = table.columns.find((c) => c.key === table.key)!;
  if (!header.includes(keyColumn))
    at(1, undefined, `the column "${keyColumn.name}" is missing; rows are matched to records by it`);
  if (located.length) return done();

  // ---- the data as it is
  const file = table.file;
  let root: Record<string, unknown>;
  try {
    root = JSON.parse(texts[file] ?? '') as Record<string, unknown>;
  } catch {
    elsewhere.push(`${dir}/${file} is not valid JSON now; fix it first (npm run check:data says where)`);
    return done();
  }
  const before = (Array.isArray(root[table.list]) ? root[table.list] : []) as Record<string, unknown>[];
  const byKey = new Map(before.map((r) => [String(r[table.key]), r]));
  const order = Object.keys(recordShape(table));

  // ---- each row as a record
  const records: Record<string, unknown>[] = [];
  const rowOf: number[] = [];
  const firstRow = new Map<string, number>();
  const derived: { row: number; index: number; column: Column; col: number; cell: string }[] = [];
  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (blank(cells)) return;
    if (cells.length > header.length && !blank(cells.slice(header.length)))
      at(row, undefined, `this row has ${cells.length} cells but the header names ${header.length} columns`);
    const values = new Map<Column, unknown>();
    const shown: typeof derived = [];
    header.forEach((column, col) => {
      if (!column) return;
      const cell = unguardCell(cells[col] ?? '');
      if (column.derive) return void shown.push({ row, index: records.length, column, col, cell });
      if (column.planned) {
        if (cell.trim())
          at(row, column.name, `the data has no "${column.key}" field yet; leave this column empty`, col);
        return;
      }
      const read = column.codec.read(cell);
      if ('error' in read) at(row, column.name, read.error, col);
      else values.set(column, read.value);
    });
    const key = values.get(keyColumn);
    if (typeof key === 'string') {
      const first = firstRow.get(key);
      if (first) {
        // Reported once; the second row is left out of the check, which would only repeat it.
        at(
          row,
          keyColumn.name,
          `"${key}" is also in row ${first}; every row needs its own ${keyColumn.name}`,
          header.indexOf(keyColumn),
        );
        return;
      }
      firstRow.set(key, row);
    }
    const base = typeof key === 'string' ? byKey.get(key) : undefined;
    // A legacy code page cannot hold every character: the spreadsheet writes ? for the others.
    if (!unicode && base)
      header.forEach((column, col) => {
        const cell = unguardCell(cells[col] ?? '');
        const was = column && !column.planned ? cellOf(column, base) : '';
        if (cell.includes('?') && was !== cell && lostIn(was, encoding!) === cell)
          at(
            row,
            column!.name,
            `"${cell}" has ? where the data has "${was}": ${encoding} cannot hold those characters, so the spreadsheet wrote ? for them; save the file as CSV UTF-8 and import it again`,
            col,
          );
      });
    const record: Record<string, unknown> = { ...base };
    for (const [column, value] of values) {
      if (value === undefined) delete record[column.key];
      else record[column.key] = value;
    }
    records.push(inOrder(record, base ? Object.keys(base) : [], order));
    derived.push(...shown);
    rowOf.push(row);
  });

  // A derived column (a country's places) shows fields the CSV does not carry: it must be left as it was.
  for (const { row, index, column, col, cell } of derived) {
    const shown = cellOf(column, records[index]);
    if (cell.trim() !== shown.trim())
      at(
        row,
        column.name,
        shown
          ? `this column is read-only: edit ${column.key} in ${file}, and leave the cell as the download has it ("${shown}")`
          : `this column is read-only: add ${column.key} in ${file} after the import, and leave the cell empty`,
        col,
      );
  }

  // ---- the whole would-be dataset, checked as npm run check:data checks data/
  const next = await formatDataJson({ ...root, [table.list]: records });
  const { errors } = checkDataTexts({ ...texts, [file]: next }, { dir });
  const columnIndex = (c: Column | undefined) => (c ? header.indexOf(c) : -1);
  const taken = new Set(located.map((p) => p.text.replace(/:.*$/, '')));
  for (const e of errors) {
    const m = new RegExp(`^/${table.list}/(\\d+)(?:/([^/]+))?(/.*)?$`).exec(e.pointer);
    if (e.file !== `${dir}/${file}` || !m) {
      elsewhere.push(
        `${e.file}:${e.line}:${e.column}  ${e.pointer || '/'}  ${e.message} (with ${label} imported)`,
      );
      continue;
    }
    const row = rowOf[Number(m[1])];
    const column = table.columns.find((c) => c.key === m[2] && header.includes(c));
    const where = column ? column.name : undefined;
    if (taken.has(`${label} row ${row}${where ? `, column "${where}"` : ''}`)) continue;
    const field = !column && m[2] ? `field "${m[2]}${m[3] ?? ''}" (not in the CSV; kept from ${file}): ` : '';
    at(row, where, field + forCell(e.message, column), column ? columnIndex(column) : 999);
  }
  if (located.length || elsewhere.length) return done();

  // ---- what changes
  const after = new Map(records.map((r) => [String(r[table.key]), r]));
  changes.rows = records.length;
  changes.added = [...after.keys()].filter((k) => !byKey.has(k));
  changes.removed = [...byKey.keys()].filter((k) => !after.has(k));
  changes.changed = [...after.keys()].filter(
    (k) => byKey.has(k) && JSON.stringify(byKey.get(k)) !== JSON.stringify(after.get(k)),
  );
  const kept = [...byKey.keys()].filter((k) => after.has(k));
  changes.reordered = kept.join() !== [...after.keys()].filter((k) => byKey.has(k)).join();
  return { ...done(), text: next };
}

/** The record's keys in the schema's order. */
function recordShape(table: TableDef): Record<string, unknown> {
  const list = fileSchemas[table.file].shape[table.list as never] as unknown as z.ZodArray<z.ZodObject>;
  return list.element.shape;
}

/** A record's keys as they were, with new ones put where the schema's order puts them. */
function inOrder(
  record: Record<string, unknown>,
  was: string[],
  schemaOrder: string[],
): Record<string, unknown> {
  const keys = was.filter((k) => k in record);
  for (const k of schemaOrder) {
    if (!(k in record) || keys.includes(k)) continue;
    const rank = schemaOrder.indexOf(k);
    let i = keys.length;
    while (i > 0 && schemaOrder.indexOf(keys[i - 1]) > rank) i--;
    keys.splice(i, 0, k);
  }
  for (const k of Object.keys(record)) if (!keys.includes(k)) keys.push(k);
  return Object.fromEntries(keys.map((k) => [k, record[k]]));
}
