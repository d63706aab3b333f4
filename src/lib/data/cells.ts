// One spreadsheet cell per field: how a value of each kind of zod schema is written in a CSV cell and read
// back, and how the Frictionless Table Schema describes the column. The CSV downloads, the import of an
// edited CSV and the data package all use these, so the three can never disagree.
//   text, markup, ids, codes, web addresses   as typed
//   a partial date                            2018 · 2022-12 · 2022-12-15
//   a number, true or false                   12 · true
//   a list                                    items joined by "; "
//   citations (a record's "sources")          nbc-2022-12; fdd-2022-12, or an override of what a source
//                                             rests on: nbc-2022-12-16 > us-officials-2022-12-16 + other-id
import { z } from 'zod';
import { partialDate } from './schema.ts';
import { ownMessages, patternOf, unwrap, type Schema } from './issues.ts';

/** A field of a Frictionless Table Schema, without its name and description. */
export interface TableField {
  type: 'string' | 'integer' | 'number' | 'boolean';
  format?: 'uri';
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; pattern?: string };
  trueValues?: string[];
  falseValues?: string[];
}

export type ReadResult = { value: unknown } | { error: string };

export interface Codec {
  /** The value as a cell; an absent value is an empty cell. */
  write(value: unknown): string;
  /** A cell as a value (undefined when empty), or what is wrong with it and what to type instead. */
  read(cell: string): ReadResult;
  field: TableField;
  /** What to type, in a few words: for error messages and the data package's descriptions. */
  hint: string;
}

const none = (cell: string) => cell.trim() === '';
/** Frictionless patterns match the whole value, without ^ and $. */
const bare = (re: RegExp) => re.source.replace(/^\^/, '').replace(/\$$/, '');

/** The message the schema gives for its pattern ('a lowercase id with dashes, like "intel"…'). */
function patternHint(schema: Schema): string {
  return ownMessages(schema, '').get('invalid_format') ?? 'text';
}

/** Free text (also markup, which the CSV carries as the editors write it, citations and all). */
export const text: Codec = {
  write: (v) => (v === undefined ? '' : String(v)),
  read: (cell) => ({ value: cell === '' ? undefined : cell }),
  field: { type: 'string' },
  hint: 'text',
};

/** Text that must match a pattern (ids, ISO codes, partial dates): spaces around it are dropped. */
function patterned(pattern: RegExp | undefined, hint: string, format?: 'uri'): Codec {
  return {
    write: text.write,
    read: (cell) => ({ value: none(cell) ? undefined : cell.trim() }),
    field: {
      type: 'string',
      ...(format ? { format } : {}),
      ...(pattern ? { constraints: { pattern: bare(pattern) } } : {}),
    },
    hint,
  };
}

export const date = patterned(
  patternOf(partialDate as unknown as Schema),
  'a date: 2018, 2022-12 or 2022-12-15',
);

function choice(values: string[]): Codec {
  return {
    write: text.write,
    read: (cell) => ({ value: none(cell) ? undefined : cell.trim() }),
    field: { type: 'string', constraints: { enum: values } },
    hint: `one of ${values.join(', ')}`,
  };
}

export const boolean: Codec = {
  write: (v) => (v === undefined ? '' : String(v)),
  read(cell) {
    if (none(cell)) return { value: undefined };
    const v = cell.trim().toLowerCase();
    // Spreadsheets write TRUE and FALSE.
    if (v === 'true' || v === 'false') return { value: v === 'true' };
    return { error: `"${cell}" is not true or false; type true or false, or leave the cell empty` };
  },
  field: { type: 'boolean', trueValues: ['true'], falseValues: ['false'] },
  hint: 'true or false',
};

function number(integer: boolean): Codec {
  return {
    write: text.write,
    read(cell) {
      if (none(cell)) return { value: undefined };
      const n = Number(cell.trim());
      if (cell.trim() !== '' && Number.isFinite(n) && (!integer || Number.isInteger(n))) return { value: n };
      return { error: `"${cell}" is not ${integer ? 'a whole number' : 'a number'}; type digits, like 12` };
    },
    field: { type: integer ? 'integer' : 'number' },
    hint: integer ? 'a whole number' : 'a number',
  };
}

/** Items joined by "; " (a semicolon never occurs inside an id, a code or a web address). */
export function list(item: Codec): Codec {
  const itemPattern = item.field.constraints?.pattern;
  return {
    write: (v) => (Array.isArray(v) ? v.map((x) => item.write(x)).join('; ') : ''),
    read(cell) {
      const parts = cell
        .split(';')
        .map((p) => p.trim())
        .filter(Boolean);
      if (!parts.length) return { value: undefined };
      const values: unknown[] = [];
      for (const p of parts) {
        const r = item.read(p);
        if ('error' in r) return r;
        values.push(r.value);
      }
      return { value: values };
    },
    field: {
      type: 'string',
      ...(itemPattern ? { constraints: { pattern: `(${itemPattern})(; (${itemPattern}))*` } } : {}),
    },
    hint: `${item.hint}, several separated by "; "`,
  };
}

/**
 * A record's sources: ids, each optionally with an override of what that source rests on, written
 * `nbc-2022-12-16 > us-officials-2022-12-16 + other-id` (the object { id, restsOn } in the JSON).
 * `overrides` says whether the data model takes such objects yet.
 */
export function citations(idPattern: RegExp, overrides: boolean): Codec {
  const id = bare(idPattern);
  return {
    write: (v) =>
      Array.isArray(v)
        ? v
            .map((c) =>
              typeof c === 'string'
                ? c
                : `${(c as { id: string }).id} > ${((c as { restsOn?: string[] }).restsOn ?? []).join(' + ')}`,
            )
            .join('; ')
        : '',
    read(cell) {
      const parts = cell
        .split(';')
        .map((p) => p.trim())
        .filter(Boolean);
      if (!parts.length) return { value: undefined };
      const values: unknown[] = [];
      for (const p of parts) {
        const [head, rest, ...more] = p.split('>').map((s) => s.trim());
        if (rest === undefined) values.push(head);
        else if (!overrides)
          return { error: `"${p}": an override with ">" is not in the data model yet; type source ids only` };
        else if (more.length || !head || !rest)
          return {
            error: `"${p}" is not a citation; type a source id, or an id, ">" and the ids it rests on joined by "+", like nbc-2022-12-16 > us-officials-2022-12-16`,
          };
        else
          values.push({
            id: head,
            restsOn: rest
              .split('+')
              .map((s) => s.trim())
              .filter(Boolean),
          });
      }
      return { value: values };
    },
    field: {
      type: 'string',
      constraints: {
        pattern: overrides
          ? `(${id})( > (${id})( \\+ (${id}))*)?(; (${id})( > (${id})( \\+ (${id}))*)?)*`
          : `(${id})(; (${id}))*`,
      },
    },
    hint: overrides
      ? 'source ids separated by "; ", each optionally followed by " > " and the ids it rests on, joined by " + "'
      : 'source ids separated by "; "',
  };
}

/** Whether an array's items may be objects (a citation with an override) as well as ids. */
export function takesOverrides(schema: Schema): boolean {
  const s = unwrap(schema);
  const element = s instanceof z.ZodArray ? unwrap(s.element as Schema) : undefined;
  return (
    element instanceof z.ZodUnion &&
    (element.options as Schema[]).some((o) => unwrap(o) instanceof z.ZodObject)
  );
}

/** The codec for a field, from its zod schema; undefined for what a cell cannot hold (objects). */
export function codecFor(schema: Schema): Codec | undefined {
  const s = unwrap(schema);
  if (s === partialDate) return date;
  switch (s.type) {
    case 'string':
      if ((s as z.ZodString).format === 'url')
        return patterned(undefined, 'a web address starting with https://', 'uri');
      return patternOf(s) ? patterned(patternOf(s), patternHint(s)) : text;
    case 'enum':
      return choice((s as z.ZodEnum).options.map(String));
    case 'literal': {
      const values = [...(s as z.ZodLiteral).values];
      return values.every((v) => typeof v === 'boolean') ? boolean : choice(values.map(String));
    }
    case 'boolean':
      return boolean;
    case 'number':
      return number((s as z.ZodNumber).isInt);
    case 'array': {
      const item = codecFor((s as z.ZodArray).element as Schema);
      return item ? list(item) : undefined;
    }
    default:
      return undefined;
  }
}

// ---- the cell as a spreadsheet opens it

/**
 * A cell that starts with =, +, -, @, a tab or a carriage return is a formula to a spreadsheet, which a
 * downloaded file must never run (OWASP's CSV injection): such a cell is written after a single quote, which
 * spreadsheets show as text, and the import takes it off again. A cell that already starts with a quote
 * before one of those gets a second one, so the import gives back exactly what was written.
 */
const risky = /^'*[=+\-@\t\r]/;
export const guardCell = (cell: string) => (risky.test(cell) ? `'${cell}` : cell);
export const unguardCell = (cell: string) => (/^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
