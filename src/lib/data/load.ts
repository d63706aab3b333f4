// Validates every data file and checks references across them, keeping each file's text so an error
// can name the line and column an editor must look at. Runs in Node only (build, dev server, tests).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { crossCheck, type Problem } from './crossCheck.ts';
import { describeIssue, type DataError, type Path } from './issues.ts';
import { fileSchemas, type DataFileName, type Dataset } from './schema.ts';
import { footprintGeoErrors } from './geo.ts';
import { fillAll, namedValues } from './counts.ts';
import { loadMapGeometry } from '../geo/geometry.server.ts';
import { askedByUs, namedInClaims } from './replies.ts';
import {
  applyTranslation,
  textFields,
  type TranslationFile,
  type TranslationProblem,
} from './translations.ts';
import { editions, type EditionId } from '../editions/editions.ts';

export type { DataError };

export class DataCheckError extends Error {
  constructor(readonly errors: DataError[]) {
    super(formatDataErrors(errors));
    this.name = 'DataCheckError';
  }
}

export const dataFileNames = Object.keys(fileSchemas) as DataFileName[];

export interface CheckOptions {
  /** The folder as the editor sees it, for messages; "data" unless checking fixtures. */
  dir?: string;
  /** The edition the dataset is for: its counts are written its way ("۶۰"); English by default. */
  edition?: EditionId;
  /** That edition's translations (data/translations/<edition>.json), applied once the English passes. */
  translation?: TranslationFile;
}

/** Reads every data file as text; a missing file is left out and reported by checkDataTexts. */
export function readDataDir(dir: string): Partial<Record<DataFileName, string>> {
  const texts: Partial<Record<DataFileName, string>> = {};
  for (const f of dataFileNames) {
    try {
      texts[f] = readFileSync(join(dir, f), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
  return texts;
}

/** One line per error: `data/file.json:line:col  /pointer  message`. */
export function formatDataErrors(errors: DataError[]): string {
  const head = `${errors.length} problem${errors.length === 1 ? '' : 's'} in data/:`;
  return [
    head,
    ...errors.map((e) => `${e.file}:${e.line}:${e.column}  ${e.pointer || '/'}  ${e.message}`),
  ].join('\n');
}

function lineColumn(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

const pointerOf = (path: readonly PropertyKey[]) =>
  path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');

interface Parsed {
  text: string;
  tree: Node | undefined;
  value: unknown;
}

interface Target {
  path: Path;
  /** Point at the property's key (unknown keys) rather than its value. */
  atKey?: boolean;
  /** Text inside a string value to point at. */
  needle?: string;
}

/** Offset of a path in a parsed file; falls back to the nearest existing parent (a missing key → its object). */
function offsetOf(parsed: Parsed, { path, atKey, needle }: Target): number {
  if (!parsed.tree) return 0;
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(parsed.tree, path.slice(0, n));
    if (!node) continue;
    if (n === path.length && atKey && node.parent?.type === 'property')
      return node.parent.children![0].offset;
    if (n === path.length && needle && node.type === 'string') {
      const raw = parsed.text.slice(node.offset, node.offset + node.length);
      const cite = raw.indexOf('[' + needle);
      const at = cite >= 0 ? cite + 1 : raw.indexOf(needle);
      return node.offset + Math.max(at, 0);
    }
    return node.offset;
  }
  return 0;
}

// Plain words for jsonc-parser's error codes; the offset is where the parser gave up.
function syntaxMessage(text: string, error: ParseError): { offset: number; message: string } {
  const before = text.slice(0, error.offset).trimEnd();
  const trailingComma = before.endsWith(',') && /^\s*[\]}]/.test(text.slice(error.offset));
  if (trailingComma)
    return {
      offset: before.length - 1,
      message: 'the JSON is broken here: remove this comma; the last item of a list or object has none',
    };
  // Keyed by name: ParseErrorCode is a const enum, which verbatimModuleSyntax cannot read.
  const hints: Record<string, string> = {
    InvalidSymbol: 'unexpected character; texts need double quotes "like this"',
    InvalidNumberFormat: 'this number is not written the JSON way (like 12 or 0.5)',
    PropertyNameExpected: 'expected a key in double quotes, like "id"',
    ValueExpected: 'a value is missing here (a text in double quotes, a number, a list or an object)',
    ColonExpected: 'a ":" is missing between the key and its value',
    CommaExpected: 'a comma is missing before this point, between two items',
    CloseBraceExpected: 'a closing "}" is missing; an object opened above is not closed',
    CloseBracketExpected: 'a closing "]" is missing; a list opened above is not closed',
    EndOfFileExpected: 'there is more text after the end; a bracket may close too early',
    InvalidCommentToken: 'comments are not allowed in JSON; remove it',
    UnexpectedEndOfComment: 'comments are not allowed in JSON; remove it',
    UnexpectedEndOfString: 'a text is not closed; add the closing double quote',
    UnexpectedEndOfNumber: 'this number is cut off',
    InvalidUnicode: 'a \\u escape needs four hex digits',
    InvalidEscapeCharacter: 'unknown escape after a backslash; write \\\\ for a backslash, \\" for a quote',
    InvalidCharacter: 'a tab or line break inside a text; write \\n or keep the text on one line',
  };
  return {
    offset: error.offset,
    message: `the JSON is broken here: ${hints[printParseErrorCode(error.error)] ?? 'check for a missing comma, quote or bracket'}`,
  };
}

/** Keys that appear twice in one object (JSON.parse would silently keep only the last), at the second. */
function duplicateKeys(
  node: Node | undefined,
  path: Path,
  found: { path: Path; offset: number }[],
): { path: Path; offset: number }[] {
  if (!node) return found;
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const prop of node.children ?? []) {
      const [key, value] = prop.children ?? [];
      const name = String(key?.value);
      if (seen.has(name)) found.push({ path: [...path, name], offset: key.offset });
      seen.add(name);
      duplicateKeys(value, [...path, name], found);
    }
  } else if (node.type === 'array') {
    node.children?.forEach((child, i) => duplicateKeys(child, [...path, i], found));
  }
  return found;
}

export const parseDataFile = (
  file: DataFileName,
  text: string,
  errors: DataError[],
  options: CheckOptions = {},
): Parsed | null => parseJsonText(`${options.dir ?? 'data'}/${file}`, text, errors);

/** Parses one JSON file of data/ for an editor: syntax errors and repeated keys go into `errors`. */
export function parseJsonText(where: string, text: string, errors: DataError[]): Parsed | null {
  if (text.trim() === '') {
    errors.push({
      file: where,
      line: 1,
      column: 1,
      pointer: '',
      message: 'the file is empty; it should hold one JSON object { … }',
    });
    return null;
  }
  const parseErrors: ParseError[] = [];
  const tree = parseTree(text, parseErrors, { allowTrailingComma: false, disallowComments: true });
  if (parseErrors.length) {
    // Only the first: after one break, the parser's later complaints are mostly echoes of it.
    const { offset, message } = syntaxMessage(text, parseErrors[0]);
    errors.push({ file: where, ...lineColumn(text, offset), pointer: '', message });
    return null;
  }
  const parsed: Parsed = { text, tree, value: JSON.parse(text) };
  for (const target of duplicateKeys(tree, [], []))
    errors.push({
      file: where,
      ...lineColumn(text, target.offset),
      pointer: pointerOf(target.path),
      message: `the key "${target.path[target.path.length - 1]}" appears twice in this object; keep one`,
    });
  return parsed;
}

/** The line and column of a path inside a JSON text (its nearest existing parent when missing). */
export function locate(text: string, path: Path): { line: number; column: number } {
  const parsed: Parsed = { text, tree: parseTree(text), value: undefined };
  return lineColumn(text, offsetOf(parsed, { path }));
}

/** Validates all files; returns the typed dataset when there are no errors. */
export function checkDataTexts(
  texts: Partial<Record<DataFileName, string>>,
  options: CheckOptions = {},
): {
  dataset: Dataset | null;
  errors: DataError[];
  /** Not errors: the data passes. Each party named in a claim against it that this newsroom has not asked. */
  warnings: DataError[];
  /** With a translation: the fields left in English, their translation missing or stale. */
  untranslated?: TranslationProblem[];
} {
  const dir = options.dir ?? 'data';
  const errors: DataError[] = [];
  const parsedFiles: Partial<Record<DataFileName, Parsed>> = {};
  const values: Partial<Record<DataFileName, unknown>> = {};
  let schemaFailed = false;

  for (const file of dataFileNames) {
    const text = texts[file];
    if (text === undefined) {
      errors.push({
        file: `${dir}/${file}`,
        line: 1,
        column: 1,
        pointer: '',
        message: `the file is missing; ${dir}/ needs ${dataFileNames.join(', ')}`,
      });
      continue;
    }
    const parsed = parseDataFile(file, text, errors, options);
    if (!parsed) continue;
    parsedFiles[file] = parsed;
    const result = fileSchemas[file].safeParse(parsed.value);
    if (result.success) values[file] = result.data;
    else {
      schemaFailed = true;
      for (const issue of result.error.issues)
        for (const d of describeIssue(issue, parsed.value, fileSchemas[file]))
          errors.push(toError(dir, file, parsed, d, d.message));
    }
  }

  // Cross-file checks run on the raw JSON of every file that parsed, so all problems show at once.
  const raw = Object.fromEntries(Object.entries(parsedFiles).map(([f, p]) => [f, p.value]));
  for (const problem of crossCheck(raw)) {
    const parsed = parsedFiles[problem.file]!;
    errors.push(toError(dir, problem.file, parsed, problem, withFirst(parsed, problem)));
  }

  // A real ISO code can still be missing from the map (e.g. cropped Antarctica): refuse it too, once.
  const footprintText = parsedFiles['footprint.json']?.text;
  if (footprintText !== undefined) {
    const seen = new Set(errors.map((e) => `${e.file} ${e.pointer}`));
    for (const e of footprintGeoErrors(footprintText, loadMapGeometry()))
      if (!seen.has(`${dir}/footprint.json ${e.pointer}`))
        errors.push({ ...e, file: `${dir}/footprint.json` });
  }

  errors.sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column,
  );
  if (errors.length || schemaFailed) return { dataset: null, errors, warnings: [] };
  // The English passed every check; the edition's words go in its place, field by field.
  const untranslated = options.translation && applyTranslation(values, textFields(raw), options.translation);
  const v = values as { [K in DataFileName]: z.infer<(typeof fileSchemas)[K]> };
  const dataset: Dataset = {
    sources: v['sources.json'].sources,
    entities: v['entities.json'].entities,
    relationships: v['relationships.json'].relationships,
    claims: v['footprint.json'].claims,
    countries: v['footprint.json'].countries,
    events: v['events.json'].events,
    measures: v['measures.json'].measures,
    story: v['story.json'],
  };
  dataset.story = fillAll(dataset.story, namedValues(dataset), editions[options.edition ?? 'en']);
  const warnings = replyWarnings(dataset, dir, parsedFiles['relationships.json']!);
  return { dataset, errors, warnings, ...(untranslated && { untranslated }) };
}

/** The right-of-reply to-do: one warning per party named in a claim against it that we have not asked. */
function replyWarnings(dataset: Dataset, dir: string, parsed: Parsed): DataError[] {
  const asked = askedByUs(dataset.story.responses ?? []);
  const names = new Map(dataset.entities.map((e) => [e.id, e.name]));
  return [...namedInClaims(dataset.relationships)]
    .filter(([party]) => !asked.has(party))
    .map(([party, [first, ...more]]) => {
      const others = [
        ...new Set(
          (dataset.story.responses ?? [])
            .filter((r) => r.party === party && r.askedBy)
            .map((r) => names.get(r.askedBy!) ?? r.askedBy!),
        ),
      ];
      const ids = [dataset.relationships[first].id, ...more.map((i) => dataset.relationships[i].id)];
      const message =
        `right of reply: ${names.get(party) ?? party} ("${party}") is named in a claim against it (${ids.join(', ')}) ` +
        `and this newsroom has no request for comment on record${others.length ? ` (asked by other outlets: ${others.join(', ')})` : ''}; ` +
        `before publishing, ask it and add to story.json "responses" { "party": "${party}", "askedBy": "this-newsroom", "answer": "replied", "declined" or "no-reply", "date": … }`;
      return toError(dir, 'relationships.json', parsed, { path: ['relationships', first] }, message);
    });
}

function toError(
  dir: string,
  file: DataFileName,
  parsed: Parsed,
  target: Target,
  message: string,
): DataError {
  return {
    file: `${dir}/${file}`,
    ...lineColumn(parsed.text, offsetOf(parsed, target)),
    pointer: pointerOf(target.path),
    message,
  };
}

function withFirst(parsed: Parsed, problem: Problem): string {
  if (!problem.firstAt) return problem.message;
  const { line } = lineColumn(parsed.text, offsetOf(parsed, { path: problem.firstAt }));
  return `${problem.message}: already used at line ${line} (${pointerOf(problem.firstAt)}); ids must be unique`;
}

/** Reads and checks data/ from disk; throws DataCheckError listing every problem. */
export function loadDataDir(dir: string, options: CheckOptions = {}): Dataset {
  const { dataset, errors } = checkDataTexts(readDataDir(dir), options);
  if (!dataset) throw new DataCheckError(errors);
  return dataset;
}
