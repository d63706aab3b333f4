// The data check's half of provenance: the links between sources must resolve and never loop, and no
// record may claim a status stronger than its sources' independent roots allow (rules in data/README.md).
// Reads the parsed JSON defensively, like crossCheck, so every problem shows at once.
import { didYouMean } from './hints.ts';
import type { Path, Problem } from './issues.ts';
import { indexSources, provenanceOf, statusProblem, type ProvenanceSource } from './provenance.ts';
import { citation, source, status, type Citation, type DataFileName } from './schema.ts';

type Item = Record<string, unknown>;
interface Located {
  item: Item;
  path: Path;
}

/** Records that carry a status and sources, by file. */
export interface StatusRecords {
  sources: Located[];
  entityIds: Set<string> | undefined;
  records: [DataFileName, Located[]][];
  /** Lists of sources without a status of their own (right of reply). */
  citing: [DataFileName, Located[]][];
}

export function provenanceProblems({ sources, entityIds, records, citing }: StatusRecords): Problem[] {
  const problems: Problem[] = [];
  const add = (p: Problem) => problems.push(p);
  const file: DataFileName = 'sources.json';

  // Only sources that pass their schema take part; the schema check reports the others.
  const valid = sources.flatMap(({ item }) => {
    const r = source.safeParse(item);
    return r.success ? [r.data as ProvenanceSource] : [];
  });
  const index = indexSources(valid);
  const known = new Set(sources.flatMap(({ item }) => (typeof item.id === 'string' ? [item.id] : [])));
  const unknown = (id: unknown) => (typeof id === 'string' && !known.has(id) ? id : undefined);
  const missing = (id: string) =>
    didYouMean(id, known) || ': no such id in sources.json; add that source first';

  for (const { item, path } of sources) {
    const id = item.id;
    const restsOn = Array.isArray(item.restsOn) ? item.restsOn : [];
    restsOn.forEach((parent, i) => {
      const at = [...path, 'restsOn', i];
      if (parent === id)
        add({ file, path: at, message: `a source cannot rest on itself; remove "${id}" here` });
      else if (unknown(parent))
        add({ file, path: at, message: `unknown source "${parent}"${missing(parent as string)}` });
    });
    if (typeof item.copyOf === 'string') {
      if (item.copyOf === id)
        add({
          file,
          path: [...path, 'copyOf'],
          message: 'a source cannot be a copy of itself; remove "copyOf"',
        });
      else if (unknown(item.copyOf))
        add({
          file,
          path: [...path, 'copyOf'],
          message: `unknown source "${item.copyOf}"${missing(item.copyOf)}`,
        });
    }
    if (item.kind === 'relay' && !restsOn.length && item.copyOf === undefined)
      add({
        file,
        path: [...path, 'kind'],
        message:
          'a "relay" repeats other sources: add "restsOn" with their ids, or use "reporting" if it is its own reporting',
      });
    if (item.denial === true && item.kind !== 'counterparty')
      add({
        file,
        path: [...path, 'denial'],
        message: `only a counterparty's own statement can be a denial; set "kind": "counterparty" or remove "denial"`,
      });
    if (item.url === undefined && item.seen !== false)
      add({
        file,
        path,
        message:
          'missing "url": add the address you read, or "seen": false if the source is known only through the sources that rest on it',
      });
    if (typeof item.by === 'string' && entityIds && !entityIds.has(item.by))
      add({
        file,
        path: [...path, 'by'],
        message: `unknown entity "${item.by}"${didYouMean(item.by, entityIds) || ': no such id in entities.json; add it there, or leave "by" out to count the publisher as the agent'}`,
      });
  }

  for (const loop of loops(valid))
    add({
      file,
      path: [...sources.find(({ item }) => item.id === loop[0])!.path, 'restsOn'],
      message: `these sources rest on each other in a loop: ${loop.join(' → ')}; a source's roots must be reached by following "restsOn" outward`,
    });

  const overrides = (list: Located[], dataFile: DataFileName) => {
    for (const { item, path } of list)
      (Array.isArray(item.sources) ? item.sources : []).forEach((c, i) => {
        if (typeof c !== 'object' || c === null) return;
        const parents = (c as Item).restsOn;
        (Array.isArray(parents) ? parents : []).forEach((p, j) => {
          if (unknown(p))
            add({
              file: dataFile,
              path: [...path, 'sources', i, 'restsOn', j],
              message: `unknown source "${p}"${missing(p as string)}`,
            });
        });
      });
  };

  // Statuses are judged only on a whole, sound graph: with a source broken or a link dangling, its
  // roots would be wrong, and that one mistake would be reported again on every record citing it.
  const judge = valid.length === sources.length && sources.length > 0 && !problems.length;
  for (const [dataFile, list] of records) {
    overrides(list, dataFile);
    if (!judge) continue;
    for (const { item, path } of list) {
      const s = status.safeParse(item.status);
      const cites = citationsOf(item.sources);
      const named = cites.flatMap((c) => (typeof c === 'string' ? [c] : [c.id, ...c.restsOn]));
      const whole = Array.isArray(item.sources) && cites.length === item.sources.length;
      if (!s.success || !cites.length || !whole || named.some((id) => !index.has(id))) continue;
      const problem = statusProblem(s.data, provenanceOf(cites, index));
      if (problem) add({ file: dataFile, path: [...path, 'status'], message: problem });
    }
  }
  for (const [dataFile, list] of citing) overrides(list, dataFile);
  return problems;
}

function citationsOf(value: unknown): Citation[] {
  return (Array.isArray(value) ? value : []).flatMap((c) => {
    const r = citation.safeParse(c);
    return r.success ? [r.data] : [];
  });
}

/** Each loop of `restsOn`/`copyOf` links once, as ids from its first source back to it. */
function loops(sources: ProvenanceSource[]): string[][] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const found: string[][] = [];
  const seenLoops = new Set<string>();
  const done = new Set<string>();
  const visit = (id: string, path: string[]) => {
    const at = path.indexOf(id);
    if (at >= 0) {
      const loop = path.slice(at);
      const key = [...loop].sort().join(' ');
      if (!seenLoops.has(key)) {
        seenLoops.add(key);
        found.push([...loop, id]);
      }
      return;
    }
    if (done.has(id)) return;
    const s = byId.get(id);
    if (!s) return;
    // A link to itself is reported on its own, as plainer words than a loop of one.
    const links = [...(s.restsOn ?? []), ...(s.copyOf ? [s.copyOf] : [])].filter((n) => n !== id);
    for (const next of links) visit(next, [...path, id]);
    done.add(id);
  };
  for (const s of sources) visit(s.id, []);
  return found;
}
