// The scale dataset's timeline (events.json): made-up events in every lane, each with one or two of the
// actors and citations that allow its status.
import { lane, type Entity, type Event } from '../../src/lib/data/schema.ts';
import type { Seeded } from './random.ts';
import { cites, type Citing } from './sources.ts';
import { firstWords, secondWords, verbs } from './words.ts';

export function scaleEvents(
  { int, pick, some, weighted, date }: Seeded,
  { citeFor }: Citing,
  entities: Entity[],
  count: number,
): Event[] {
  return Array.from({ length: count }, (_, i) => {
    const status = weighted();
    const ids = citeFor(status);
    const actors = some(entities, 1 + int(2)).map((e) => e.id);
    return {
      id: `event-${i + 1}`,
      date: date(),
      title: `${pick(verbs)} ${i + 1}: ${pick(firstWords)} ${pick(secondWords)}`.slice(0, 48),
      text: `Event ${i + 1} in the records ${cites(ids)}.`,
      lane: pick(lane.options),
      actors,
      status,
      sources: ids,
    };
  });
}
