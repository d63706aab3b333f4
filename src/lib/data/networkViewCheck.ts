// What a network step draws must hold together, so the diagram never floats a node without a link or
// lights up something it does not draw. A view draws the relationships its `reveal` lists (else every one
// between two of its `nodes`) and the entities at their ends (src/lib/charts/network/shown.ts); so every
// entity in `nodes` needs a drawn relationship, every relationship in `reveal` both its ends in `nodes`,
// and every highlighted id must be drawn. Checked only when every id the view names exists (an unknown
// id is reported on its own).
import type { Path, Problem } from './issues.ts';

type Item = Record<string, unknown>;
interface Link {
  id: string;
  from: string;
  to: string;
}

const list = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
const quote = (ids: string[]) => ids.map((id) => `"${id}"`).join(', ');

export function networkViewProblems(
  view: Item,
  path: Path,
  links: Map<string, Link>,
  entityIds: Set<string>,
): Problem[] {
  const problems: Problem[] = [];
  const add = (key: string, i: number, message: string) =>
    problems.push({ file: 'story.json', path: [...path, 'view', key, i], message });
  const nodes = view.nodes === undefined ? undefined : list(view.nodes);
  const reveal = list(view.reveal);
  const highlight = list(view.highlight);
  const known = (id: string) => entityIds.has(id) || links.has(id);
  if (![...(nodes ?? []), ...reveal, ...highlight].every(known) || !reveal.every((id) => links.has(id)))
    return problems;
  const named = (id: string) => !nodes || nodes.includes(id);
  const drawnLinks = (reveal.length ? reveal.map((id) => links.get(id)!) : [...links.values()]).filter(
    (r) => r.from !== r.to && named(r.from) && named(r.to),
  );
  const drawn = new Set(drawnLinks.flatMap((r) => [r.from, r.to]));

  reveal.forEach((id, i) => {
    const r = links.get(id)!;
    const missing = [r.from, r.to].filter((e) => !named(e));
    if (missing.length)
      add(
        'reveal',
        i,
        `relationship "${id}" joins "${r.from}" and "${r.to}", and ${quote(missing)} is not in nodes; add it to nodes or remove "${id}" here`,
      );
  });
  (nodes ?? []).forEach((id, i) => {
    if (drawn.has(id)) return;
    const could = [...links.values()]
      .filter((r) => r.from !== r.to && (r.from === id || r.to === id) && named(r.from) && named(r.to))
      .map((r) => r.id);
    const tip = could.length
      ? `add one of its relationships to reveal (${quote(could)}) or remove it here`
      : 'no relationship in relationships.json joins it to another entity in nodes; remove it here, or add the other entity of one of its relationships';
    add('nodes', i, `"${id}" would float with no link: ${tip}`);
  });
  highlight.forEach((id, i) => {
    if (links.has(id) && !drawnLinks.some((r) => r.id === id))
      add(
        'highlight',
        i,
        `relationship "${id}" is highlighted but this view does not draw it; add it to reveal`,
      );
    // A highlighted entity in nodes that is not drawn is reported there.
    else if (entityIds.has(id) && !drawn.has(id) && !nodes?.includes(id))
      add(
        'highlight',
        i,
        nodes
          ? `"${id}" is highlighted but not in nodes; add it there with one of its relationships, or remove it here`
          : `"${id}" is highlighted but has no relationship to draw; remove it here`,
      );
  });
  return problems;
}
