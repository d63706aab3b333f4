// Right of reply as data: who was asked for comment, by whom, when, and what came back. The data check
// uses it to list, as warnings, the parties named in a claim against them that this newsroom has not
// asked (the to-do before publishing); the Right of reply section uses it to show each party's latest.
import { tradeReversedTypes, tradeTypes } from './relationshipKinds.ts';
import {
  thisNewsroom,
  type Answer,
  type Relationship,
  type RelationshipType,
  type Response,
} from './schema.ts';

/** How the page words each answer. */
export const answerLabels: Record<Answer, string> = {
  replied: 'replied',
  declined: 'declined to comment',
  'no-reply': 'did not reply',
  statement: 'public statement, not in reply to a request',
};

/**
 * "Named in a claim against it", decided from the relationships alone:
 * - the `from` party of a link that states its own conduct (it sold, supplied, ran, partnered…), and
 * - the `to` party of a link that reports on it or presses for action against it.
 * Replies (denies, rebuts), official acts (lists, restricts) and forecasts say nothing against their `from`.
 */
const conduct = new Set<RelationshipType>([...tradeTypes, ...tradeReversedTypes]);
const scrutiny = new Set<RelationshipType>([
  'investigates',
  'reports-on',
  'urges-action-on',
  'weighs-sanctions-on',
  'documents',
]);

/** Each party named in a claim against it, with the links that name it, in data order. */
export function namedInClaims(relationships: readonly Relationship[]): Map<string, number[]> {
  const named = new Map<string, number[]>();
  relationships.forEach((r, i) => {
    const party = conduct.has(r.type) ? r.from : scrutiny.has(r.type) ? r.to : undefined;
    if (party) named.set(party, [...(named.get(party) ?? []), i]);
  });
  return named;
}

/** The parties this newsroom has asked (any answer, silence included). */
export const askedByUs = (responses: readonly Response[]) =>
  new Set(responses.filter((r) => r.askedBy === thisNewsroom).map((r) => r.party));

/** Latest first; an undated response counts as the oldest. "2022-12-16" is later than "2022-12". */
const byDateDesc = (a: Response, b: Response) => (b.date ?? '').localeCompare(a.date ?? '');

/** Each party once, in the order it first appears, with its latest response and the earlier ones. */
export function latestByParty(
  responses: readonly Response[],
): { party: string; latest: Response; earlier: Response[] }[] {
  const groups = new Map<string, Response[]>();
  for (const r of responses) groups.set(r.party, [...(groups.get(r.party) ?? []), r]);
  return [...groups].map(([party, list]) => {
    const [latest, ...earlier] = [...list].sort(byDateDesc);
    return { party, latest, earlier };
  });
}
