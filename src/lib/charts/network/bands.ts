// Where each entity goes, by meaning: the entity with the most links is the centre, and every other one
// goes in a band worked out from the relationships it takes part in: who reported on it, who pressed for
// or took action, who supplied or ran it (a column on the left), who was named as buying from it or using
// its gear, who was named so and denies it, its own offices, and who else was acted on (a column on the
// right).
import type { Entity, Relationship, RelationshipType } from '$lib/data/schema';
import { tradeReversedTypes, tradeTypes } from '../../data/relationshipKinds.ts';

export type Band = 'reporting' | 'acting' | 'supplier' | 'customer' | 'office' | 'disputed' | 'other';

/** Band headings, as the whole diagram prints them. Customers are "named": most of those ties rest on
 * reports or the company's own claims, which the links' styles tell apart. */
export const bandLabels: Record<Band, string> = {
  reporting: 'Reported on it',
  acting: 'Pressed or acted',
  supplier: 'Supplied or ran it',
  customer: 'Named as clients or users',
  office: 'Its offices',
  disputed: 'Named as clients, who deny it',
  other: 'Others named',
};

/** Top to bottom in each column: the trade runs across the middle (suppliers, the centre, its customers),
 * with those who reported on it above and those who acted below. */
export const columns: { side: -1 | 1; bands: Band[] }[] = [
  { side: -1, bands: ['reporting', 'supplier', 'acting'] },
  { side: 1, bands: ['customer', 'disputed', 'office', 'other'] },
];

// What a relationship says about where its two parties stand. Trade runs from `from` to `to` (a
// distributor's runs the other way): the party upstream of the centre supplied it, the one downstream
// bought from it. Reporting and action say who the `from` party is; being acted on, unless you are the
// centre, puts you among the others. Replies (denies, rebuts) say nothing about the speaker.
const trade = tradeTypes;
const tradeReversed = tradeReversedTypes;
const reporting = new Set<RelationshipType>([
  'investigates',
  'reports-on',
  'documents',
  'publishes-claim-of',
]);
const acting = new Set<RelationshipType>([
  'urges-action-on',
  'lists',
  'weighs-sanctions-on',
  'does-not-anticipate-sanctions-on',
  'restricts',
]);
/** Where an entity nobody's relationships place goes, by its kind. */
const byKind: Record<Entity['kind'], Band> = {
  media: 'reporting',
  ngo: 'reporting',
  government: 'acting',
  company: 'other',
  person: 'other',
};

function degrees(relationships: Relationship[]) {
  const degree = new Map<string, number>();
  for (const r of relationships) {
    if (r.from === r.to) continue;
    degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
  }
  return degree;
}

/** The entity with the most relationships (ties: the first in the data). */
export function centreOf(entities: Entity[], relationships: Relationship[]): string | undefined {
  const degree = degrees(relationships);
  let best: Entity | undefined;
  for (const e of entities) if (!best || (degree.get(e.id) ?? 0) > (degree.get(best.id) ?? 0)) best = e;
  return best?.id;
}

/** Groups of entities joined by relationships, the largest first (ties: data order); loners apart. */
export function components(entities: Entity[], relationships: Relationship[]) {
  const ids = new Set(entities.map((e) => e.id));
  const parent = new Map(entities.map((e) => [e.id, e.id]));
  const find = (id: string): string => {
    let p = parent.get(id)!;
    while (p !== parent.get(p)) p = parent.get(p)!;
    parent.set(id, p);
    return p;
  };
  for (const r of relationships)
    if (ids.has(r.from) && ids.has(r.to) && r.from !== r.to) parent.set(find(r.from), find(r.to));
  const groups = new Map<string, Entity[]>();
  for (const e of entities) groups.set(find(e.id), [...(groups.get(find(e.id)) ?? []), e]);
  const linked = [...groups.values()].filter((g) => g.length > 1);
  const loners = [...groups.values()].filter((g) => g.length === 1).flat();
  linked.sort((a, b) => b.length - a.length || entities.indexOf(a[0]) - entities.indexOf(b[0]));
  return { linked, loners };
}

/**
 * Every entity's band, from the relationships it takes part in (weighed: a tie to the centre of its
 * group counts most), else from its kind. Each group of linked entities has its own centre, its most
 * connected member.
 */
export function bandsOf(entities: Entity[], relationships: Relationship[]): Map<string, Band | 'centre'> {
  const { linked, loners } = components(entities, relationships);
  const out = new Map<string, Band | 'centre'>();
  for (const group of linked) {
    const ids = new Set(group.map((e) => e.id));
    const rels = relationships.filter((r) => ids.has(r.from) && ids.has(r.to) && r.from !== r.to);
    const centre = centreOf(group, rels)!;
    const votes = new Map<string, Map<Band, number>>();
    const vote = (id: string, band: Band, weight: number) => {
      if (id === centre) return;
      const v = votes.get(id) ?? new Map<Band, number>();
      v.set(band, (v.get(band) ?? 0) + weight);
      votes.set(id, v);
    };
    for (const r of rels) {
      if (trade.has(r.type) || tradeReversed.has(r.type)) {
        const [up, down] = trade.has(r.type) ? [r.from, r.to] : [r.to, r.from];
        const weight = up === centre || down === centre ? 3 : 1;
        vote(up, 'supplier', weight);
        // Downstream: an office of its own, a tie the other party denies, or a client or user.
        vote(
          down,
          r.type === 'operates-office-in' ? 'office' : r.status === 'denied' ? 'disputed' : 'customer',
          weight,
        );
      } else if (reporting.has(r.type) || acting.has(r.type)) {
        vote(r.from, reporting.has(r.type) ? 'reporting' : 'acting', 2);
        vote(r.to, 'other', 1);
      }
    }
    out.set(centre, 'centre');
    for (const e of group) {
      if (e.id === centre) continue;
      const v = votes.get(e.id);
      let band = byKind[e.kind];
      if (v) {
        // Most votes; a tie goes to the band the kind suggests, then to the column order.
        const order = columns.flatMap((c) => c.bands);
        band = [...v.entries()].sort(
          (a, b) =>
            b[1] - a[1] ||
            Number(b[0] === byKind[e.kind]) - Number(a[0] === byKind[e.kind]) ||
            order.indexOf(a[0]) - order.indexOf(b[0]),
        )[0][0];
      }
      out.set(e.id, band);
    }
  }
  for (const e of loners) out.set(e.id, byKind[e.kind]);
  return out;
}
