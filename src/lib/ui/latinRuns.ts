// Latin inside a right-to-left edition's text: names, publishers and identifiers ("Tiandy Technologies Co.,
// Ltd.", "Intel Corp.", "MIT Technology Review", "87 FR 77505") kept in Latin, as the glossary says
// (research/editions-glossary.md §13: "Isolate them for bidirectional text (`<bdi>` …) so that punctuation
// lands on the right side"). Unisolated, a Persian line takes the punctuation at a Latin run's edges for its
// own: "(Tiandy Technologies Co., Ltd.)" reads "(.Tiandy Technologies Co., Ltd)", and two names side by side
// join into one left-to-right run. Latin.svelte and Markup.svelte put each run found here in a `<bdi>`.

/** A Latin word (letters, digits and the marks inside names: "Co.", "S.585", "pym.js", "H.R.1324"); a unit is a word or a
 * bracketed Latin gloss ("(English site)"), which then stays with the words it follows. */
const word = String.raw`[A-Za-z0-9][A-Za-z0-9&'’/+.\-]*`;
const unit = String.raw`(?:${word}|\([A-Za-z0-9][^()\u0600-\u06FF]*\))`;
/** Words joined by spaces, or by a comma or colon and a space, as in "Tiandy Technologies Co., Ltd."; a run
 * starts with a word, so the Persian brackets around a name stay the sentence's. */
const run = new RegExp(`${word}(?:[,:]? +${unit})*`, 'g');
/** Abbreviations whose full stop is theirs, not the sentence's. */
const abbreviation = /(?:^|[\s(])(?:Co|Ltd|Corp|Inc|Sen|Rep|Jr|Dr|St|Mr|Mrs|Ms|No|U\.S|Gov)\.$/;

export interface Run {
  text: string;
  /** True for a Latin run, to isolate. */
  latin: boolean;
}

/** The text cut into Latin runs and the rest, in order; joined, they are the text again. */
export function latinRuns(text: string): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const m of text.matchAll(run)) {
    let latin = m[0];
    const end = m.index + latin.length;
    // A sentence's full stop after a Latin word stays the sentence's: outside the run, on its reading side.
    if (latin.endsWith('.') && (end === text.length || /\s/.test(text[end])) && !abbreviation.test(latin))
      latin = latin.slice(0, -1);
    if (!latin) continue;
    if (m.index > last) runs.push({ text: text.slice(last, m.index), latin: false });
    runs.push({ text: latin, latin: true });
    last = m.index + latin.length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), latin: false });
  return runs;
}
