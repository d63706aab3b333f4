// Where a label may break onto a new line. English and Persian break at spaces (and English words after a
// hyphen). Chinese has no spaces: a line may break between any two characters, except before closing
// punctuation and after opening punctuation, and a run of Latin letters or digits stays whole — the rules
// of UAX #14 that Chinese labels meet (the `linebreak` package's full tables weigh more than the rest of a
// chart's code). Characters are taken as graphemes, so a mark never leaves its letter.

export interface Piece {
  text: string;
  /** A space comes before this piece when it follows another on the same line. */
  space: boolean;
}

/** Han, kana, Hangul, CJK symbols and punctuation, full-width forms: text a line may break around. */
const cjk = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[\u{20000}-\u{3134f}]/u;
/** No line starts with these (UAX #14 classes CL, CP, EX, IS, NS and the ideographic iteration marks). */
const closing =
  '，。、；：！？）】」』》〉〕〗〙〛”’…‥·・ー々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ%‰℃,.;:!?)]}';
/** No line ends with these (class OP and opening quotes). */
const opening = '（【「『《〈〔〖〘〚“‘([{';

let graphemeSegmenter: Intl.Segmenter | undefined;
const graphemes = (text: string): string[] =>
  Array.from(
    (graphemeSegmenter ??= new Intl.Segmenter('zh', { granularity: 'grapheme' })).segment(text),
    (s) => s.segment,
  );

/** Where a word with no spaces may break, Chinese rules: the pieces between break opportunities. */
export function cjkPieces(word: string): string[] {
  const out: string[] = [];
  let piece = '';
  let prev = '';
  for (const g of graphemes(word)) {
    const breakable =
      piece !== '' &&
      (cjk.test(prev) || cjk.test(g)) &&
      !closing.includes(g) &&
      !opening.includes(prev) &&
      // a dash or ellipsis of two characters (—— ……) stays together
      !(g === prev && (g === '—' || g === '…'));
    if (breakable) {
      out.push(piece);
      piece = '';
    }
    piece += g;
    prev = g;
  }
  if (piece) out.push(piece);
  return out;
}

/** The pieces a line breaker may put on separate lines, in order; `split` breaks a word with no spaces
 * (`cjkPieces` for Chinese). */
export function pieces(text: string, split?: (word: string) => string[]): Piece[] {
  const out: Piece[] = [];
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    const parts = word.split(/(?<=-)(?=[^-])/).flatMap((p) => (split ? split(p) : [p]));
    parts.forEach((p, i) => out.push({ text: p, space: i === 0 }));
  }
  return out;
}

/** Puts `words` on lines whose width `fits` (widths by `width`; `space` the width of a space). A single
 * piece wider than the box stays whole on its own line: labels are never cut. */
export function wrapPieces(
  words: Piece[],
  width: (text: string) => number,
  space: number,
  fits: (lineWidth: number) => boolean,
): string[] {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const { text: word, space: spaced } of words) {
    // The line's width grows word by word: measuring every candidate line from its start made wrapping a
    // long title quadratic.
    const wordWidth = width(word);
    const joined = lineWidth + (line && spaced ? space : 0) + wordWidth;
    if (!line || fits(joined)) {
      line = line ? (spaced ? `${line} ${word}` : line + word) : word;
      lineWidth = joined;
    } else {
      lines.push(line);
      line = word;
      lineWidth = wordWidth;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Clause punctuation and closing brackets: a break after them is where Chinese prefers one. */
const clauseEnd = '，。、；：！？）】」』》〉”’';
// Made when first asked for: a word segmenter loads ICU's Chinese dictionary, a cost that every chunk
// importing this file would otherwise pay as it loads, in every edition.
let words: Intl.Segmenter | undefined;

/** What a break before each piece costs, by Chinese habit: nothing after clause punctuation or a closing
 * bracket, or before an opening one; a little between two words (Intl.Segmenter's, ICU's dictionary); more
 * inside a word ("消|息"); most inside brackets, quotation or title marks, which keep a gloss or a title
 * together ("（据美国官员称）", "《国际商业时报》"). Index 0 is the start and costs nothing. */
export function breakCosts(line: Piece[]): number[] {
  const text = line.map((p) => p.text).join('');
  const wordStarts = new Set<number>();
  words ??= new Intl.Segmenter('zh', { granularity: 'word' });
  for (const s of words.segment(text)) wordStarts.add(s.index);
  const costs: number[] = [];
  let depth = 0;
  let at = 0;
  let prev = '';
  for (const piece of line) {
    const first = piece.text[0];
    // Between words (or at a space) a little, inside a word more; inside brackets a quarter more for
    // each level; nothing after clause punctuation or before an opening bracket at the top level.
    const word = piece.space || wordStarts.has(at) ? 0.05 : 0.15;
    const preferred = prev !== '' && (clauseEnd.includes(prev.at(-1)!) || opening.includes(first));
    const cost = !prev ? 0 : depth > 0 ? 0.25 * depth + word : preferred ? 0 : word;
    costs.push(cost);
    for (const ch of piece.text) {
      if (opening.includes(ch)) depth++;
      else if (closing.includes(ch) && clauseEnd.includes(ch) && !'，。、；：！？'.includes(ch))
        depth = Math.max(0, depth - 1);
    }
    at += piece.text.length;
    prev = piece.text;
  }
  return costs;
}

/**
 * Chinese lines, balanced: as few lines as `wrapPieces` makes at `max` (never more), but with the breaks
 * where they cost least (`breakCosts`) and the lines as even as they can be, so that no label ends on a
 * lone character ("称）") or splits a gloss in brackets when a better break exists. A piece wider than
 * `max` still stands alone, whole.
 */
export function wrapBalanced(
  line: Piece[],
  width: (text: string) => number,
  space: number,
  max: number,
): string[] {
  const greedy = wrapPieces(line, width, space, (w) => w <= max);
  if (greedy.length < 2) return greedy;
  const n = line.length;
  const costs = breakCosts(line);
  // Prefix sums: the width of pieces i..j-1 on one line is W[j] - W[i] plus the spaces inside it.
  const W = [0];
  const S = [0];
  line.forEach((p, k) => {
    W.push(W[k] + width(p.text));
    S.push(S[k] + (k > 0 && p.space ? space : 0));
  });
  const lineCost = (i: number, j: number) => {
    const w = W[j] - W[i] + (S[j] - S[i + 1]);
    if (w > max) return j - i === 1 ? 0 : Infinity;
    return ((max - w) / max) ** 2;
  };
  const lines = greedy.length;
  // best[l][j]: the least cost of setting pieces 0..j-1 on l lines; from[l][j] where the last line starts.
  const best = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const from = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(-1));
  best[0][0] = 0;
  for (let l = 1; l <= lines; l++)
    for (let j = l; j <= n; j++)
      for (let i = l - 1; i < j; i++) {
        if (best[l - 1][i] === Infinity) continue;
        const c = best[l - 1][i] + lineCost(i, j) + costs[i];
        if (c < best[l][j]) {
          best[l][j] = c;
          from[l][j] = i;
        }
      }
  if (best[lines][n] === Infinity) return greedy;
  const out: string[] = [];
  for (let l = lines, j = n; l > 0; l--) {
    const i = from[l][j];
    out.unshift(
      line.slice(i, j).reduce((s, p, k) => (k === 0 ? p.text : s + (p.space ? ' ' : '') + p.text), ''),
    );
    j = i;
  }
  return out;
}
