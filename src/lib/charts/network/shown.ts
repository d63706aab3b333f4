// Which entities and relationships a network view shows. Relationships: those its `reveal` lists, else
// every one between two of the entities it names (every entity when it names none), never one from an
// entity to itself (which the diagram has no way to draw), and only between two named entities. Entities:
// those at an end of a relationship it shows, so no node floats without a link. The diagram's scene draws
// these, and an embed of the view lists their sources.
import type { NetworkView, Relationship } from '$lib/data/schema';

type Scope = Pick<NetworkView, 'nodes' | 'reveal'>;
type Link = Pick<Relationship, 'id' | 'from' | 'to'>;

/** Tests for one view, for code that asks of many entities and relationships. */
export function networkShown(view: Scope, relationships: Link[]) {
  const named = view.nodes ? new Set(view.nodes) : null;
  const listed = view.reveal?.length ? new Set(view.reveal) : null;
  const among = (id: string) => !named || named.has(id);
  const relationship = (r: Link) =>
    r.from !== r.to && among(r.from) && among(r.to) && (!listed || listed.has(r.id));
  const ends = new Set(relationships.filter(relationship).flatMap((r) => [r.from, r.to]));
  const entity = (id: string) => ends.has(id);
  return { entity, relationship };
}

/** The entities the view shows, in the order given. */
export function entitiesShown<E extends { id: string }>(
  view: Scope,
  entities: E[],
  relationships: Link[],
): E[] {
  const { entity } = networkShown(view, relationships);
  return entities.filter((e) => entity(e.id));
}

/** The relationships the view shows, in the order given. */
export function relationshipsShown<R extends Link>(view: Scope, relationships: R[]): R[] {
  const { relationship } = networkShown(view, relationships);
  return relationships.filter((r) => relationship(r));
}
