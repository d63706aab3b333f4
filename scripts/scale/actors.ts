// The scale dataset's diagram: its actors (entities.json), Tiandy first and the rest made up in the
// countries given, and the links between them (relationships.json), about half with Tiandy at one end.
import { countryName } from '../../src/lib/data/hints.ts';
import { entityKind, relationshipType, type Entity, type Relationship } from '../../src/lib/data/schema.ts';
import { slug, type Seeded } from './random.ts';
import { cites, type Citing } from './sources.ts';
import { agencies, familyNames, firstWords, givenNames, secondWords, suffixes } from './words.ts';

export function scaleEntities({ pick }: Seeded, codes: string[], count: number): Entity[] {
  const entities: Entity[] = [
    {
      id: 'tiandy',
      name: 'Tiandy Technologies Co., Ltd.',
      shortName: 'Tiandy',
      kind: 'company',
      country: 'CHN',
      role: 'Surveillance-camera maker',
    },
  ];
  const taken = new Set(['tiandy']);
  while (entities.length < count) {
    const kind = pick(entityKind.options);
    const where = pick(codes);
    const name =
      kind === 'government'
        ? `${countryName(where).split(',')[0]} ${pick(agencies)}`
        : kind === 'person'
          ? `${pick(givenNames)} ${pick(familyNames)}`
          : `${pick(firstWords)} ${pick(secondWords)} ${pick(suffixes)}`;
    let id = slug(name);
    for (let n = 2; taken.has(id); n++) id = `${slug(name)}-${n}`;
    taken.add(id);
    const short = name.split(' ').slice(0, 2).join(' ');
    entities.push({
      id,
      name,
      ...(name.length > 18 && short !== name ? { shortName: short } : {}),
      kind,
      country: where,
      role: `${kind === 'government' ? 'Buyer' : 'Partner'} named in the records`,
    });
  }
  return entities;
}

export function scaleRelationships(
  { int, pick, weighted, date }: Seeded,
  { citeFor }: Citing,
  entities: Entity[],
  count: number,
): Relationship[] {
  const relationships: Relationship[] = [];
  const linkIds = new Set<string>();
  while (relationships.length < count) {
    const a = int(2) ? entities[0] : pick(entities);
    const b = pick(entities.slice(1));
    if (a.id === b.id) continue;
    const [from, to] = int(2) ? [a, b] : [b, a];
    const type = pick(relationshipType.options);
    const id = `${from.id}-${type}-${to.id}`;
    if (linkIds.has(id)) continue;
    linkIds.add(id);
    const status = weighted();
    const ids = citeFor(status);
    relationships.push({
      id,
      from: from.id,
      to: to.id,
      type,
      label: `${type.replace(/-/g, ' ')} (${relationships.length + 1})`,
      detail: `What the records say about ${from.name} and ${to.name} ${cites(ids)}.`,
      ...(int(2) ? { date: date(2012, 2023) } : {}),
      status,
      sources: ids,
    });
  }
  return relationships;
}
