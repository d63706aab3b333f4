// Which entities and relationships a network view shows: the entities it names (every one when it names
// none), and the relationships between two of those (never one from an entity to itself, which the
// diagram has no way to draw). The diagram's scene draws these, and an embed of the view lists their
// sources.
import type { NetworkView, Relationship } from '$lib/data/schema';

type Scope = Pick<NetworkView, 'nodes'>;
type Ends = Pick<Relationship, 'from' | 'to'>;

/** Tests for one view, for code that asks of many entities and relationships. */
export function networkShown(view: Scope) {
  const named = view.nodes ? new Set(view.nodes) : null;
  const entity = (id: string) => !named || named.has(id);
  const relationship = (r: Ends) => r.from !== r.to && entity(r.from) && entity(r.to);
  return { entity, relationship };
}

/** The entities the view shows, in the order given. */
export function entitiesShown<E extends { id: string }>(view: Scope, entities: E[]): E[] {
  const { entity } = networkShown(view);
  return entities.filter((e) => entity(e.id));
}

/** The relationships the view shows, in the order given. */
export function relationshipsShown<R extends Ends>(view: Scope, relationships: R[]): R[] {
  const { relationship } = networkShown(view);
  return relationships.filter((r) => relationship(r));
}
