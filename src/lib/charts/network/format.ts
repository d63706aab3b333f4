// Words the diagram, its cards and its text twin print for data values.
import type { EntityKind, RelationshipType, Status } from '$lib/data/schema';

import { statusLabel, statusOrder } from '../status';

export { statusOrder };
export const statusLabels = statusLabel;
export const statusLine: Record<Status, string> = {
  confirmed: 'solid line',
  claimed: 'dashed line',
  'single-source': 'dotted line',
  denied: 'crossed line',
};

export const kindLabels: Record<EntityKind, string> = {
  company: 'Company',
  government: 'Government body',
  person: 'Person',
  ngo: 'NGO or research',
  media: 'News media',
};
export const kindOrder: EntityKind[] = ['company', 'government', 'person', 'ngo', 'media'];

/** "sells-to" → "sells to". */
export const typeLabel = (type: RelationshipType) => type.replace(/-/g, ' ');
