// Words the diagram, its cards and its text twin print for data values.
import type { EntityKind, RelationshipType, Status } from '$lib/data/schema';

import { m } from '$lib/paraglide/messages.js';
import { words } from '$lib/ui/words';
import { statusLabel, statusOrder } from '../status';
import { bandLabels, type Band } from './bands';

export { statusOrder };
export const statusLabels = statusLabel;
export const statusLine: Record<Status, string> = words({
  confirmed: m.line_confirmed,
  claimed: m.line_claimed,
  'single-source': m.line_single_source,
  denied: m.line_denied,
});

export const kindLabels: Record<EntityKind, string> = words({
  company: m.kind_company,
  government: m.kind_government,
  person: m.kind_person,
  ngo: m.kind_ngo,
  media: m.kind_media,
});
export const kindOrder: EntityKind[] = ['company', 'government', 'person', 'ngo', 'media'];

const typeWords: Record<RelationshipType, string> = words({
  supplies: m.rel_supplies,
  'says-it-supplies': m.rel_says_it_supplies,
  'sells-to': m.rel_sells_to,
  'reportedly-sells-to': m.rel_reportedly_sells_to,
  'partners-with': m.rel_partners_with,
  awards: m.rel_awards,
  'contracts-with': m.rel_contracts_with,
  'ends-business-with': m.rel_ends_business_with,
  'equipment-found-at': m.rel_equipment_found_at,
  'equipment-reported-at': m.rel_equipment_reported_at,
  'operates-office-in': m.rel_operates_office_in,
  'claims-project-at': m.rel_claims_project_at,
  denies: m.rel_denies,
  leads: m.rel_leads,
  investigates: m.rel_investigates,
  'reports-on': m.rel_reports_on,
  'urges-action-on': m.rel_urges_action_on,
  lists: m.rel_lists,
  'weighs-sanctions-on': m.rel_weighs_sanctions_on,
  'does-not-anticipate-sanctions-on': m.rel_does_not_anticipate_sanctions_on,
  restricts: m.rel_restricts,
  distributes: m.rel_distributes,
  'publishes-claim-of': m.rel_publishes_claim_of,
  rebuts: m.rel_rebuts,
  documents: m.rel_documents,
});

/** "sells-to" → "sells to". */
export const typeLabel = (type: RelationshipType) => typeWords[type];

const bandWords: Record<Band, () => string> = {
  reporting: m.band_reporting,
  acting: m.band_acting,
  supplier: m.band_supplier,
  customer: m.band_customer,
  office: m.band_office,
  disputed: m.band_disputed,
  other: m.band_other,
};

/** A band heading in the edition's words: the layout, worked out at build time, carries the English. */
export function bandLabel(english: string): string {
  const band = (Object.keys(bandLabels) as Band[]).find((b) => bandLabels[b] === english);
  return band ? bandWords[band]() : english;
}
