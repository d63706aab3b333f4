// What a relationship type says about its parties, for the places that group links by meaning: the
// diagram's bands (charts/network/bands.ts) and who is named in a claim (replies.ts).
import type { RelationshipType } from './schema.ts';

/** Business between the parties, run from the `from` party (it supplied, sold, partnered, ran…). */
export const tradeTypes: ReadonlySet<RelationshipType> = new Set<RelationshipType>([
  'supplies',
  'says-it-supplies',
  'sells-to',
  'reportedly-sells-to',
  'partners-with',
  'awards',
  'contracts-with',
  'ends-business-with',
  'equipment-found-at',
  'equipment-reported-at',
  'operates-office-in',
  'claims-project-at',
  'leads',
]);

/** Business run from the `to` party: a distributor's link points at the maker it sells for. */
export const tradeReversedTypes: ReadonlySet<RelationshipType> = new Set<RelationshipType>(['distributes']);
