// A spreadsheet's CSV file as text, exactly, or a refusal that says where and what to do. Spreadsheets write
// UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark (Excel's "Unicode Text") or the
// system's legacy code page (Excel's plain "CSV": windows-1252 in Western Europe and the Americas,
// windows-1256 for Persian, GBK for Chinese, Mac Roman in Excel for Mac). Nothing is ever decoded with
// replacement characters: every decoder is fatal, and a file that already holds U+FFFD is refused.
//
// A file without a byte-order mark that is not UTF-8 carries no name of its encoding, and most bytes mean
// something in every legacy code page. It is read only when exactly one text is plausible: it is decoded
// with each code page a spreadsheet may have used, readings that are not plausible text are dropped
// (control characters; a word mixing scripts, like "Cafй"; a capital inside a word, like "ItÕs"; a lone
// letter that is no word, like the "ñ" Mac Roman makes of windows-1252's " – "), and the
// readings left must all be the same text. Otherwise it is refused. A statistical detector (jschardet,
// chardet: ICU's n-gram method) was not used: on a CSV that is mostly ASCII it guesses from the English of
// the ASCII part and would read a windows-1250 "Łódź" as windows-1252 "£ódŸ" without a word.
import { dsvFormat } from 'd3-dsv';

/** The code pages a spreadsheet's plain "CSV" may be in, tried in this order (the first name wins a tie). */
const legacy = [
  'windows-1252',
  'gb18030',
  'windows-1250',
  'windows-1251',
  'windows-1253',
  'windows-1254',
  'windows-1256',
  'windows-1257',
  'macintosh',
] as const;

/** Code pages that cannot hold what editors of this story type: a file in one is refused, even when certain. */
const lossy: Partial<Record<(typeof legacy)[number], string>> = {
  'windows-1256':
    'windows-1256 has no Persian ی (U+06CC), so the spreadsheet may already have changed or dropped letters',
};

export type Decoded = { text: string; encoding: string } | { problem: string };

const howToSave =
  'save it as UTF-8: in Excel, File › Save As › "CSV UTF-8 (Comma delimited)"; in LibreOffice Calc, ' +
  'File › Save As › Text CSV, tick "Edit filter settings" and pick Unicode (UTF-8); ' +
  'Google Sheets (File › Download › CSV) and Numbers (Export To › CSV, Unicode (UTF-8)) write UTF-8';

// Node 20.18.3 and later decode windows-1252's bytes 0x80–0x9F as the C1 controls of ISO-8859-1
// (nodejs/node#56542, #60888); these are the characters the WHATWG Encoding Standard gives them. The five
// bytes windows-1252 leaves undefined stay controls, and so are not plausible text.
const cp1252High = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';
const fix1252 = (s: string) => s.replace(/[\x80-\x9f]/g, (c) => cp1252High[c.charCodeAt(0) - 0x80]);

function decode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return encoding === 'windows-1252' ? fix1252(text) : text;
  } catch {
    return undefined;
  }
}

const scripts = ['Latin', 'Greek', 'Cyrillic', 'Arabic', 'Hebrew', 'Han', 'Hiragana', 'Katakana', 'Hangul'];
const scriptTests = scripts.map((s) => [s, new RegExp(`\\p{Script=${s}}`, 'u')] as const);
function scriptOf(ch: string): string {
  if (/[\u064b-\u065f\u0670]/.test(ch)) return 'Arabic'; // Arabic vowel marks are of the "inherited" script
  if (/\p{M}/u.test(ch)) return 'mark';
  const found = scriptTests.find(([, re]) => re.test(ch))?.[0] ?? 'other';
  return ['Han', 'Hiragana', 'Katakana'].includes(found) ? 'CJK' : found;
}

const oneLetterWords = 'àáâäåèéêòôöùúü';

/** Whether a decoded text reads as text someone typed; false for what a wrong code page makes of it. */
export function plausible(text: string): boolean {
  if (/[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/.test(text)) return false;
  for (const word of text.match(/[\p{L}\p{M}]+/gu) ?? []) {
    if (/^[\0-\x7f]*$/.test(word)) continue; // ASCII words (McDonald, iPhone) are as the editor typed them
    const kinds = new Set([...word].map(scriptOf).filter((s) => s !== 'mark'));
    if (kinds.size > 1 || kinds.has('other')) return false;
    // A lone accented letter is a word only in a few languages (French à, Portuguese é, Swedish ö); a lone
    // ñ, í, ó or î is windows-1252's dash or quote read in Mac Roman.
    if (kinds.has('Latin') && word.length === 1 && !oneLetterWords.includes(word.toLowerCase())) return false;
    const letters = [...word].filter((c) => /\p{L}/u.test(c));
    const lower = letters.some((c) => /\p{Ll}/u.test(c));
    if (lower && letters.slice(1).some((c) => /\p{Lu}/u.test(c))) return false;
  }
  return true;
}

/** Row (as a spreadsheet numbers it) and column name of the place that follows `before`. */
function placeAfter(before: string, whole: string): string {
  const delimiter = delimiterOf(whole);
  const rows = dsvFormat(delimiter).parseRows(before + 'x');
  const header = dsvFormat(delimiter).parseRows(whole.slice(0, whole.search(/\r?\n|$/)))[0] ?? [];
  const column = header[rows[rows.length - 1].length - 1];
  return `row ${rows.length}${column ? `, column "${column.trim()}"` : ''}`;
}

/** The spreadsheet's delimiter: whichever of comma, semicolon and tab the header line holds most of. */
export function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (d: string) => header.split(d).length - 1;
  return [',', ';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

/** Refuses a text holding U+FFFD: the character a program writes for one it could not read. */
export function replacementProblem(text: string, label: string): string | undefined {
  const at = text.indexOf('\uFFFD');
  if (at < 0) return undefined;
  return (
    `${label} holds the replacement character � (${placeAfter(text.slice(0, at), text)}): a program ` +
    `already lost the character that stood there; type it again, then ${howToSave}`
  );
}

const hex = (b: number) => '0x' + b.toString(16).toUpperCase().padStart(2, '0');

/** The text of a CSV file's bytes, or why it is refused. `label` names the file in messages. */
export function decodeCsv(bytes: Uint8Array, label: string): Decoded {
  const found = (text: string | undefined, encoding: string): Decoded => {
    if (text === undefined) return { problem: `${label} is not valid ${encoding}; ${howToSave}` };
    const problem = replacementProblem(text, label);
    return problem ? { problem } : { text, encoding };
  };
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return found(decode(bytes, 'utf-8'), 'UTF-8');
  if (a === 0xff && b === 0xfe && c === 0 && d === 0)
    return { problem: `${label} is UTF-32, which this import does not read; ${howToSave}` };
  if (a === 0xff && b === 0xfe) return found(decode(bytes, 'utf-16le'), 'UTF-16LE');
  if (a === 0xfe && b === 0xff) return found(decode(bytes, 'utf-16be'), 'UTF-16BE');
  if (bytes.includes(0))
    return {
      problem: `${label} holds zero bytes, as UTF-16 without a byte-order mark does; ${howToSave}`,
    };
  const utf8 = decode(bytes, 'utf-8');
  if (utf8 !== undefined) return found(utf8, 'UTF-8');

  // Not UTF-8: what each code page makes of it.
  const readings = new Map<string, string>();
  for (const encoding of legacy) {
    const text = decode(bytes, encoding);
    if (text !== undefined && plausible(text) && !readings.has(text)) readings.set(text, encoding);
  }
  if (readings.size === 1) {
    const [[text, encoding]] = [...readings];
    const why = lossy[encoding as keyof typeof lossy];
    if (!why) return found(text, encoding);
    const where = `byte ${hex(bytes[firstNonUtf8(bytes)])} at ${placeAt(bytes, firstNonUtf8(bytes))}`;
    return {
      problem: `${label} is not UTF-8 (${where}); it looks like ${encoding}, and ${why}: ${howToSave}`,
    };
  }
  // Where the readings part (in a single-byte code page byte i is character i), else the first byte that
  // is not UTF-8.
  const singles = [...readings].filter(([, encoding]) => encoding !== 'gb18030').map(([text]) => text);
  let offset = singles.length > 1 ? 0 : firstNonUtf8(bytes);
  if (singles.length > 1) while (singles.every((t) => t[offset] === singles[0][offset])) offset++;
  const shown = [...readings]
    .slice(0, 3)
    .map(([text, encoding]) => `"${wordAt(text, bytes, offset, encoding)}" in ${encoding}`);
  return {
    problem:
      `${label} is not UTF-8 (byte ${hex(bytes[offset])} at ${placeAt(bytes, offset)})` +
      (shown.length
        ? `, and its encoding cannot be told for sure: it reads ${shown.join(', ')}`
        : ', nor in any encoding a spreadsheet writes') +
      `; ${howToSave}`,
  };
}

/** The offset of the first byte that is not UTF-8. */
function firstNonUtf8(bytes: Uint8Array): number {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  for (let at = lenient.indexOf('\uFFFD'); at >= 0; at = lenient.indexOf('\uFFFD', at + 1)) {
    const offset = new TextEncoder().encode(lenient.slice(0, at)).length;
    if (!(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) return offset;
  }
  return 0;
}

/** The row and column of the byte at `offset`, from the UTF-8 reading of the file (its ASCII is the same). */
function placeAt(bytes: Uint8Array, offset: number): string {
  const decoder = new TextDecoder('utf-8');
  return placeAfter(decoder.decode(bytes.subarray(0, offset)), decoder.decode(bytes));
}

/** The word of a reading around the byte at `offset` (for a single-byte code page, byte i is character i). */
function wordAt(text: string, bytes: Uint8Array, offset: number, encoding: string): string {
  const i = encoding === 'gb18030' ? (decode(bytes.subarray(0, offset), encoding) ?? '').length : offset;
  const start = text.slice(0, i).search(/[^ \t\r\n,;"]*$/);
  const end = i + text.slice(i).search(/[ \t\r\n,;"]|$/);
  return text.slice(start, Math.max(end, i + 1));
}

/** `text` as a spreadsheet saving in a single-byte code page writes it: ? for each character it lacks. */
export function lostIn(text: string, encoding: string): string {
  if (!/^(windows-|macintosh)/.test(encoding)) return text;
  const all = new TextDecoder(encoding).decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  const held = new Set(encoding === 'windows-1252' ? fix1252(all) : all);
  return [...text].map((c) => (held.has(c) ? c : '?')).join('');
}
