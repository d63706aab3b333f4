// Turns zod's issues into sentences an editor can act on: what was found, what is expected, and a
// "did you mean" where a near miss is likely. Also walks a schema alongside a value, which the
// cross-file checks use to find every date, country code and piece of markup.
import { z } from 'zod';
import type { DataFileName } from './schema.ts';
import { closestMatch, didYouMean, isoProblem, listWords, slugify } from './hints.ts';

export type Path = (string | number)[];

/** A cross-file problem, before it is given a line and column. */
export interface Problem {
  file: DataFileName;
  path: Path;
  message: string;
  /** Point at the property's key rather than its value. */
  atKey?: boolean;
  /** Text inside the string value to point at, e.g. the cited id. */
  needle?: string;
  /** For duplicates: where the first one is, so the message can name its line. */
  firstAt?: Path;
}

/** A problem as the editor sees it: the file, line and column, and what to type. */
export interface DataError {
  /** Path as the editor sees it, e.g. "data/footprint.json". */
  file: string;
  line: number;
  column: number;
  /** JSON Pointer to the value, e.g. "/countries/3/iso3". */
  pointer: string;
  message: string;
}

/** A zod schema, read through zod's public classes (`instanceof z.ZodObject`, `.shape`, `.unwrap()`…). */
export type Schema = z.ZodType;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The schema without optional/default/nullable wrappers. */
export function unwrap(schema: Schema): Schema {
  let s = schema;
  while (
    s instanceof z.ZodOptional ||
    s instanceof z.ZodDefault ||
    s instanceof z.ZodNullable ||
    s instanceof z.ZodPrefault ||
    s instanceof z.ZodReadonly
  )
    s = s.unwrap() as Schema;
  return s;
}

/** The values a discriminator field accepts: a literal's, or an enum's options. */
function accepted(field: Schema): unknown[] {
  const s = unwrap(field);
  if (s instanceof z.ZodLiteral) return [...s.values];
  if (s instanceof z.ZodEnum) return s.options;
  return [];
}

/** For a discriminated union, the option that matches the value's discriminator (or undefined). */
function unionOption(schema: z.ZodUnion, value: unknown): Schema | undefined {
  if (!(schema instanceof z.ZodDiscriminatedUnion) || !isRecord(value)) return undefined;
  const { discriminator } = schema.def;
  return (schema.options as Schema[]).find((o) => {
    const s = unwrap(o);
    const field = s instanceof z.ZodObject ? (s.shape[discriminator] as Schema | undefined) : undefined;
    return field !== undefined && accepted(field).includes(value[discriminator]);
  });
}

/** The (unwrapped) schema that governs `path` inside `root`, following the value for unions. */
export function schemaAt(root: Schema, path: Path, value: unknown): Schema | undefined {
  let s: Schema | undefined = unwrap(root);
  let v = value;
  for (const key of path) {
    if (s instanceof z.ZodUnion) s = unionOption(s, v);
    if (s instanceof z.ZodObject && typeof key === 'string') s = s.shape[key] as Schema | undefined;
    else if (s instanceof z.ZodArray && typeof key === 'number') s = s.element as Schema;
    else return undefined;
    s = s && unwrap(s);
    v = isRecord(v) || Array.isArray(v) ? (v as Record<string | number, unknown>)[key] : undefined;
  }
  if (s instanceof z.ZodUnion) s = unionOption(s, v) ?? s;
  return s;
}

/** Calls `visit` for every value in `value` with the leaf schema that governs it. */
export function walkSchema(
  outer: Schema,
  value: unknown,
  visit: (schema: Schema, value: unknown, path: Path) => void,
  path: Path = [],
): void {
  const s = unwrap(outer);
  visit(outer, value, path);
  if (outer !== s) visit(s, value, path);
  if (s instanceof z.ZodObject && isRecord(value)) {
    for (const [key, field] of Object.entries(s.shape))
      if (key in value) walkSchema(field as Schema, value[key], visit, [...path, key]);
  } else if (s instanceof z.ZodArray && Array.isArray(value)) {
    value.forEach((item, i) => walkSchema(s.element as Schema, item, visit, [...path, i]));
  } else if (s instanceof z.ZodUnion) {
    const option = unionOption(s, value);
    if (option) walkSchema(option, value, visit, path);
  }
}

/** Stands for every message not written on the schema itself. */
const unset = '\u0000';

/**
 * The messages written on a schema itself, by issue code: parsing an empty value with every other
 * message unset shows them (zod prefers a schema's own message to the one given to the parse).
 */
export function ownMessages(schema: z.core.$ZodType, empty: unknown): Map<string, string> {
  const { error } = z.safeParse(schema, empty, { error: () => unset });
  return new Map((error?.issues ?? []).filter((i) => i.message !== unset).map((i) => [i.code, i.message]));
}

/** The pattern a text schema must match, as its JSON Schema states it. */
export function patternOf(schema: Schema): RegExp | undefined {
  const { pattern } = z.toJSONSchema(schema, { unrepresentable: 'any' });
  return typeof pattern === 'string' ? new RegExp(pattern) : undefined;
}

/** The value at `path`, and whether it exists at all. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let v = root;
  for (const key of path) {
    if ((isRecord(v) || Array.isArray(v)) && Object.prototype.hasOwnProperty.call(v, key as string))
      v = (v as Record<PropertyKey, unknown>)[key];
    else return { found: false, value: undefined };
  }
  return { found: true, value: v };
}

// ---- describing values

const expectedWords: Record<string, string> = {
  string: 'a text in double quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list in square brackets [ … ]',
  object: 'an object in curly braces { … }',
  literal: 'a fixed value',
};

/** How the editor would describe what they typed: `the text "2020"`, `the number 2020`. */
export function describeFound(value: unknown): string {
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list (${value.length} item${value.length === 1 ? '' : 's'})`;
  return 'an object';
}

/** A readable name for an enum field, from its key: "status" → "a status". */
function enumNoun(path: Path): string {
  const key = [...path].reverse().find((k): k is string => typeof k === 'string') ?? '';
  const nouns: Record<string, string> = {
    status: 'a status',
    statuses: 'a status',
    kind: 'a kind',
    type: 'a relationship type',
    lane: 'a lane',
    lanes: 'a lane',
    region: 'a region',
    chart: 'a chart',
  };
  return nouns[key] ?? `an allowed value for "${key}"`;
}

const lastKey = (path: Path) => String(path[path.length - 1] ?? '');

const isDefaultMessage = (message: string) => /^(Invalid|Too (small|big)|Unrecognized)/.test(message);

const idPattern = '/^[a-z0-9]+(-[a-z0-9]+)*$/';
const iso3Pattern = '/^[A-Z]{3}$/';
const datePattern = '/^\\d{4}(-\\d{2}(-\\d{2})?)?$/';

/** A fixed version of a date typed in a common wrong shape ("2022/12/01", "2022-12-1"). */
function dateSuggestion(value: string): string | undefined {
  const m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(value.trim());
  if (m) return [m[1], m[2].padStart(2, '0'), m[3]?.padStart(2, '0')].filter(Boolean).join('-');
  // Day first or month first, as spreadsheets show dates: only when the day cannot be the month.
  const d = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value.trim());
  if (!d) return undefined;
  const [a, b] = [Number(d[1]), Number(d[2])];
  const [day, month] = a > 12 && b <= 12 ? [a, b] : b > 12 && a <= 12 ? [b, a] : [0, 0];
  return day ? `${d[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : undefined;
}

/** Where an issue should point: at the value (default) or at a key's name. */
export interface Described {
  path: Path;
  message: string;
  /** Point at the property's key rather than its value (unknown keys). */
  atKey?: boolean;
}

/** One or more editor-facing problems for a zod issue; `root` is the parsed file. */
export function describeIssue(issue: z.core.$ZodIssue, root: unknown, schema: z.ZodType): Described[] {
  const path = issue.path as Path;
  const here = valueAt(root, path);
  const value = here.value;
  const quoted = JSON.stringify(value);

  switch (issue.code) {
    case 'invalid_type': {
      const expected = expectedWords[issue.expected] ?? issue.expected;
      if (!here.found) {
        const hint = issue.expected === 'array' && lastKey(path) === 'sources' ? ' like ["nbc-2022-12"]' : '';
        return [
          { path, message: `missing required field "${lastKey(path)}": add it with ${expected}${hint}` },
        ];
      }
      let tip = '';
      if (issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean'))
        tip = `; write it in quotes: "${String(value)}"`;
      else if (
        issue.expected === 'number' &&
        typeof value === 'string' &&
        value.trim() !== '' &&
        !isNaN(+value)
      )
        tip = `; remove the quotes: ${+value}`;
      else if (issue.expected === 'array' && typeof value === 'string')
        tip = `; put it in a list: [${quoted}]`;
      const where = path.length ? '' : ' at the top of the file';
      return [{ path, message: `expected ${expected}${where}, found ${describeFound(value)}${tip}` }];
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      if (!here.found)
        return [{ path, message: `missing required field "${lastKey(path)}": use ${listWords(values)}` }];
      const near = typeof value === 'string' ? didYouMean(value, values) : '';
      if (values.length === 1) return [{ path, message: `found ${quoted}; this must be "${values[0]}"` }];
      return [
        {
          path,
          message: `${quoted} is not ${enumNoun(path)}; use one of ${listWords(values)}${near}`,
        },
      ];
    }
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator) {
        const options = ((issue as { options?: unknown[] }).options ?? []).map(String);
        if (!here.found)
          return [
            { path, message: `missing required field "${issue.discriminator}": use ${listWords(options)}` },
          ];
        const near = typeof value === 'string' ? didYouMean(value, options) : '';
        return [
          { path, message: `${quoted} is not ${enumNoun(path)}; use one of ${listWords(options)}${near}` },
        ];
      }
      return [{ path, message: `found ${describeFound(value)}, which fits none of the allowed shapes` }];
    }
    case 'invalid_format': {
      const pattern = 'pattern' in issue ? String(issue.pattern) : '';
      const text = String(value);
      if (pattern === iso3Pattern) return [{ path, message: isoProblem(text) ?? issue.message }];
      if (pattern === idPattern) {
        const slug = slugify(text);
        const tip = slug && slug !== text ? ` — did you mean "${slug}"?` : '';
        return [{ path, message: `${quoted} is not a valid id; use ${issue.message}${tip}` }];
      }
      if (pattern === datePattern) {
        const fixed = dateSuggestion(text);
        return [
          {
            path,
            message: `${quoted} is not a date; use ${issue.message}${fixed ? ` — did you mean "${fixed}"?` : ''}`,
          },
        ];
      }
      if (issue.format === 'url')
        return [{ path, message: `${quoted} is not a web address; use ${issue.message}` }];
      return [{ path, message: `found ${quoted}; expected ${issue.message}` }];
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = Number(small ? issue.minimum : issue.maximum);
      const custom = isDefaultMessage(issue.message) ? '' : issue.message;
      if (issue.origin === 'array') {
        const found =
          Array.isArray(value) && value.length === 0
            ? 'the list is empty'
            : `the list has ${describeFound(value).replace(/^a list \((.*)\)$/, '$1')}`;
        return [
          {
            path,
            message: `${found}; ${custom || `it needs ${small ? 'at least' : 'at most'} ${limit} item${limit === 1 ? '' : 's'}`}`,
          },
        ];
      }
      if (issue.origin === 'string' && typeof value === 'string') {
        const found =
          value.length === 0
            ? 'the text is empty'
            : `${quoted} is ${value.length} character${value.length === 1 ? '' : 's'} long`;
        return [
          {
            path,
            message: `${found}; ${custom || `write ${small ? 'at least' : 'at most'} ${limit} characters`}`,
          },
        ];
      }
      return [
        {
          path,
          message: `found ${describeFound(value)}; ${custom || `expected ${small ? 'at least' : 'at most'} ${limit}`}`,
        },
      ];
    }
    case 'unrecognized_keys': {
      const object = schemaAt(schema, path, root);
      const shape = object instanceof z.ZodObject ? object.shape : {};
      const allowed = Object.keys(shape).filter((k) => k !== '$schema');
      return issue.keys.map((key) => {
        const near = closestMatch(key, allowed);
        const tip = near ? ` — did you mean "${near}"?` : `; allowed keys are ${listWords(allowed)}`;
        return { path: [...path, key], atKey: true, message: `unknown key "${key}"${tip}` };
      });
    }
    default:
      return [
        { path, message: here.found ? `found ${describeFound(value)}: ${issue.message}` : issue.message },
      ];
  }
}
