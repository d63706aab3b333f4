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

const graphemes = (text: string): string[] =>
  Array.from(new Intl.Segmenter('zh', { granularity: 'grapheme' }).segment(text), (s) => s.segment);

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
