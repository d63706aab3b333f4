// The scale dataset's sources (sources.json), and how its records cite them: made-up reporting, plus one
// root of each kind the statuses need (data/README.md): the company's own word, an official record, a
// denial.
import type { Source, Status } from '../../src/lib/data/schema.ts';
import { slug, type Seeded } from './random.ts';
import { firstWords, publishers, secondWords } from './words.ts';

/** Citation ids as the records' text writes them: `[a, b]`. */
export const cites = (ids: string[]) => `[${ids.join(', ')}]`;

export function scaleSources({ int, pick, some, date }: Seeded, count: number) {
  const sources: Source[] = [];
  for (let i = 0; sources.length < count; i++) {
    const publisher = pick(publishers);
    const d = date(2015, 2024);
    const id = `${slug(publisher)}-${d.slice(0, 7)}-${i}`;
    sources.push({
      id,
      title: `${pick(firstWords)} ${pick(secondWords)}: what the records show (${i + 1})`,
      publisher,
      kind: 'reporting',
      date: d,
      url: `https://example.org/${slug(publisher)}/${d}/${i}`,
      // Made up, as if read on the original: the claim's wording quotes one of them.
      quotesReadOn: 'original',
    });
  }
  sources.push(
    {
      id: 'scale-company-site',
      title: "The company's own site",
      publisher: 'Tiandy',
      kind: 'company',
      seen: false,
    },
    {
      id: 'scale-official-record',
      title: 'An official record of the act',
      publisher: 'A government',
      kind: 'official-record',
      url: 'https://example.org/record',
    },
    {
      id: 'scale-denial',
      title: "A counterparty's denial",
      publisher: 'A counterparty',
      kind: 'counterparty',
      denial: true,
      url: 'https://example.org/denial',
    },
  );
  const reporting = sources.filter((s) => s.kind === 'reporting');
  /** `n` pieces of reporting, drawn at random (one or two unless told). */
  const cite = (n = 1 + int(2)) => some(reporting, n).map((s) => s.id);
  /** Citations whose roots allow the status, as the data check demands. */
  const citeFor = (status: Status): string[] =>
    status === 'claimed'
      ? ['scale-company-site']
      : status === 'single-source'
        ? cite(1)
        : status === 'confirmed'
          ? ['scale-official-record', ...cite(1)]
          : ['scale-company-site', 'scale-denial'];
  return { sources, cite, citeFor };
}

export type Citing = Pick<ReturnType<typeof scaleSources>, 'cite' | 'citeFor'>;
