// Where a record's evidence comes from: each citation is followed through the sources' `restsOn` links
// (or the citation's own) to its roots, and the roots decide how strong a status the record may claim.
// Ten outlets repeating IPVM, which read Tiandy's posts, are one root: Tiandy's. Pure: the data check
// uses it to refuse overstated statuses, and the charts to tell readers how we know.
import type { Citation, Source, Status } from './schema';

/** The fields of a source that provenance reads. */
export type ProvenanceSource = Pick<
  Source,
  'id' | 'publisher' | 'kind' | 'by' | 'name' | 'restsOn' | 'copyOf' | 'denial'
>;
export type SourceIndex = ReadonlyMap<string, ProvenanceSource>;

export const citationId = (c: Citation): string => (typeof c === 'string' ? c : c.id);

/** The ids a list of citations names, once each, in order. */
export const citationIds = (list: readonly Citation[] | undefined): string[] => [
  ...new Set((list ?? []).map(citationId)),
];

/** The sources by id: built once by whatever draws many records, for citedSources and howWeKnow. */
export const indexSources = <S extends ProvenanceSource>(sources: readonly S[]): ReadonlyMap<string, S> =>
  new Map(sources.map((s) => [s.id, s]));

/**
 * The one lookup of what a record (or a citation in the text) cites: its sources, once each, in its own
 * order, from an index of them (indexSources). An id the index lacks is left out; the data check refuses
 * one before anything is drawn.
 */
export const citedSources = <S extends ProvenanceSource>(
  citations: readonly Citation[] | undefined,
  index: ReadonlyMap<string, S>,
): S[] => citationIds(citations).flatMap((id) => index.get(id) ?? []);

/** The record a copy stands for (copyOf followed to the end; a loop stops where it started). */
export function original(id: string, index: SourceIndex): string {
  const seen = new Set<string>();
  let at = id;
  while (index.get(at)?.copyOf && !seen.has(at)) {
    seen.add(at);
    at = index.get(at)!.copyOf!;
  }
  return at;
}

/**
 * Every chain from a citation to a root, as source ids from the cited source outward. The citation's own
 * `restsOn` replaces the source's for the first step. Unknown ids and loops end a chain where they are
 * met; the data check reports them on their own.
 */
export function chainsOf(c: Citation, index: SourceIndex): string[][] {
  const chains: string[][] = [];
  const walk = (id: string, path: string[], parents: readonly string[] | undefined) => {
    const next = (parents ?? []).map((p) => original(p, index)).filter((p) => index.has(p));
    const fresh = next.filter((p) => !path.includes(p));
    if (!fresh.length) return void chains.push(path);
    for (const p of fresh) walk(p, [...path, p], index.get(p)!.restsOn);
  };
  const start = original(citationId(c), index);
  if (!index.has(start)) return [];
  walk(start, [start], typeof c === 'string' ? index.get(start)!.restsOn : c.restsOn);
  return chains;
}

/** The agent a root counts as: three posts by Tiandy, or two NBC articles, are one agent each. */
export const agentOf = (s: ProvenanceSource) => s.by ?? s.publisher;

export interface Provenance {
  /** Every chain from every citation to its root. */
  chains: string[][];
  /** The distinct root sources. */
  roots: ProvenanceSource[];
  /** Distinct agents among the roots that are not the company's own material. */
  independent: string[];
  /** A root is a government's record of its own act (the listing confirms the listing). */
  officialRecord: boolean;
  /** A root is a counterparty's own denial. */
  denial: ProvenanceSource | undefined;
  /** The strongest status these roots allow, leaving "denied" aside. */
  ceiling: Exclude<Status, 'denied'>;
}

export function provenanceOf(citations: readonly Citation[], index: SourceIndex): Provenance {
  const chains = citations.flatMap((c) => chainsOf(c, index));
  const rootIds = [...new Set(chains.map((chain) => chain[chain.length - 1]))];
  const roots = rootIds.map((id) => index.get(id)!);
  const independent = [...new Set(roots.filter((r) => r.kind !== 'company').map(agentOf))];
  const officialRecord = roots.some((r) => r.kind === 'official-record');
  const denial = roots.find((r) => r.kind === 'counterparty' && r.denial);
  const ceiling =
    (independent.length >= 2 || officialRecord) && !denial
      ? 'confirmed'
      : independent.length >= 1
        ? 'single-source'
        : 'claimed';
  return { chains, roots, independent, officialRecord, denial, ceiling };
}

const rank: Record<Exclude<Status, 'denied'>, number> = { claimed: 0, 'single-source': 1, confirmed: 2 };

/** Why a status is stronger than its roots allow, in words for the editor; undefined when it is fine. */
export function statusProblem(status: Status, p: Provenance): string | undefined {
  if (!p.chains.length) return undefined; // no resolvable source: reported as an unknown id instead
  const chains = p.chains.map((c) => c.join(' → ')).join('; ');
  const rootNames = list(p.roots.map(rootName));
  const independentNames = list(p.roots.filter((r) => r.kind !== 'company').map(rootName));
  if (status === 'denied')
    return p.denial
      ? undefined
      : `"denied", but no source is the counterparty's own denial (${chains}): use "${p.ceiling}", or cite the counterparty's statement (a source with "kind": "counterparty" and "denial": true)`;
  if (rank[status] <= rank[p.ceiling]) return undefined;
  if (status === 'confirmed' && p.denial && (p.independent.length >= 2 || p.officialRecord))
    return `"confirmed", but ${rootName(p.denial)} denies it (${chains}): use "denied", or "${p.ceiling}"`;
  if (p.ceiling === 'claimed')
    return `"${status}", but every source leads back to ${rootNames} (${chains}): use "claimed", or cite an independent source`;
  const only = `one independent root, ${independentNames}`;
  return `"${status}", but its sources lead back to only ${only} (${chains}): use "${p.ceiling}", or cite a second independent source (or an official record of the act itself)`;
}

/** What a line for readers calls a root. */
export const rootName = (r: ProvenanceSource) => r.name ?? r.publisher;
/** What it calls a source that passes another's word on. */
const relayName = (r: ProvenanceSource) => r.name ?? r.publisher;

/** "a", "a and b", "a, b and c". */
export function list(items: readonly string[]): string {
  const u = [...new Set(items)];
  return u.length <= 1 ? (u[0] ?? '') : `${u.slice(0, -1).join(', ')} and ${u[u.length - 1]}`;
}

/** The words a How-we-know line is built with; each edition passes its own (src/lib/ui/sourceWords.ts). */
export interface HowWeKnowWords {
  /** "IPVM, as reported by NBC News". */
  reportedBy: (name: string, relays: string) => string;
  /** Between roots: "; ". */
  separator: string;
  /** "a, b and c". */
  list: (items: readonly string[]) => string;
}
const english: HowWeKnowWords = {
  reportedBy: (name, relays) => `${name}, as reported by ${relays}`,
  separator: '; ',
  list,
};

/**
 * How we know, in a line for readers: each root by name, then who relayed it, nearest the root first.
 * "Tiandy's own posts, as reported by IPVM and NBC News; US officials, as reported by NBC News".
 */
export function howWeKnow(
  citations: readonly Citation[],
  index: SourceIndex,
  words: HowWeKnowWords = english,
): string {
  // Roots are grouped by the name readers see: two NBC articles read as one "NBC News".
  const byRoot = new Map<string, { publisher: string; relays: string[] }>();
  for (const chain of citations.flatMap((c) => chainsOf(c, index))) {
    const root = index.get(chain[chain.length - 1])!;
    const entry = byRoot.get(rootName(root)) ?? { publisher: root.publisher, relays: [] };
    // A relay goes by its name where it has one ("the Foundation for Defense of Democracies"), so one
    // source reads the same whether it is the origin or passes another's word on.
    for (const id of chain.slice(0, -1).reverse()) entry.relays.push(relayName(index.get(id)!));
    byRoot.set(rootName(root), entry);
  }
  const parts = [...byRoot].map(([name, { publisher, relays }]) => {
    const others = [...new Set(relays)].filter((p) => p !== publisher && p !== name);
    return others.length ? words.reportedBy(name, words.list(others)) : name;
  });
  const line = parts.join(words.separator);
  return line.charAt(0).toUpperCase() + line.slice(1);
}
