// Validates every data file and checks references across them, keeping each file's text so an error
// can name the line and column an editor must look at. Runs in Node only (build, dev server, tests).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { fileSchemas, type DataFileName, type Dataset } from './schema';

export interface DataError {
  /** Path as the editor sees it, e.g. "data/footprint.json". */
  file: string;
  line: number;
  column: number;
  /** JSON Pointer to the value, e.g. "/countries/3/iso3". */
  pointer: string;
  message: string;
}

export class DataCheckError extends Error {
  constructor(readonly errors: DataError[]) {
    super(formatDataErrors(errors));
    this.name = 'DataCheckError';
  }
}

export const dataFileNames = Object.keys(fileSchemas) as DataFileName[];

export function readDataDir(dir: string): Record<DataFileName, string> {
  return Object.fromEntries(dataFileNames.map((f) => [f, readFileSync(join(dir, f), 'utf8')])) as Record<
    DataFileName,
    string
  >;
}

/** One line per error: `data/file.json:line:col  /pointer  message`. */
export function formatDataErrors(errors: DataError[]): string {
  const head = `${errors.length} problem${errors.length === 1 ? '' : 's'} in data/:`;
  return [head, ...errors.map((e) => `${e.file}:${e.line}:${e.column}  ${e.pointer || '/'}  ${e.message}`)].join(
    '\n',
  );
}

function lineColumn(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Locates a path in a parsed file; falls back to the nearest existing parent. */
function locate(text: string, tree: Node | undefined, path: (string | number)[]) {
  for (let n = path.length; n >= 0 && tree; n--) {
    const node = findNodeAtLocation(tree, path.slice(0, n));
    if (node) {
      // Point at the key of a property when the value itself is missing.
      const at = n < path.length && node.type === 'object' ? node.offset : node.offset;
      return lineColumn(text, at);
    }
  }
  return { line: 1, column: 1 };
}

const pointerOf = (path: readonly PropertyKey[]) =>
  path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');

interface Parsed {
  text: string;
  tree: Node | undefined;
  value: unknown;
}

export function parseDataFile(file: DataFileName, text: string, errors: DataError[]): Parsed | null {
  const parseErrors: ParseError[] = [];
  const tree = parseTree(text, parseErrors, { allowTrailingComma: false, disallowComments: true });
  if (parseErrors.length) {
    for (const pe of parseErrors.slice(0, 3)) {
      errors.push({
        file: `data/${file}`,
        ...lineColumn(text, pe.offset),
        pointer: '',
        message: `the JSON is broken here (${printParseErrorCode(pe.error)}): check for a missing comma, quote or bracket`,
      });
    }
    return null;
  }
  return { text, tree, value: JSON.parse(text) };
}

function zodErrors(file: DataFileName, parsed: Parsed, error: z.ZodError): DataError[] {
  return error.issues.map((issue) => ({
    file: `data/${file}`,
    ...locate(parsed.text, parsed.tree, issue.path as (string | number)[]),
    pointer: pointerOf(issue.path),
    message: issue.message,
  }));
}

/** Validates all files; returns the typed dataset when there are no errors. */
export function checkDataTexts(texts: Record<DataFileName, string>): {
  dataset: Dataset | null;
  errors: DataError[];
} {
  const errors: DataError[] = [];
  const values: Partial<Record<DataFileName, unknown>> = {};
  for (const file of dataFileNames) {
    const parsed = parseDataFile(file, texts[file], errors);
    if (!parsed) continue;
    const result = fileSchemas[file].safeParse(parsed.value);
    if (result.success) values[file] = result.data;
    else errors.push(...zodErrors(file, parsed, result.error));
  }
  if (errors.length) return { dataset: null, errors };
  const v = values as { [K in DataFileName]: z.infer<(typeof fileSchemas)[K]> };
  const dataset: Dataset = {
    sources: v['sources.json'].sources,
    entities: v['entities.json'].entities,
    relationships: v['relationships.json'].relationships,
    claims: v['footprint.json'].claims,
    countries: v['footprint.json'].countries,
    events: v['events.json'].events,
    story: v['story.json'],
  };
  return { dataset, errors };
}

/** Reads and checks data/ from disk; throws DataCheckError listing every problem. */
export function loadDataDir(dir: string): Dataset {
  const { dataset, errors } = checkDataTexts(readDataDir(dir));
  if (!dataset) throw new DataCheckError(errors);
  return dataset;
}
