// The scale dataset's countries (footprint.json): the ones its story names, the island states, and the rest
// drawn from the world map's shapes up to the count asked for, each with a status and citations that allow
// it; the cities in words.ts become their places.
import { loadMapGeometry } from '../../src/lib/geo/geometry.server.ts';
import { countryName } from '../../src/lib/data/hints.ts';
import { presenceKind, type Country } from '../../src/lib/data/schema.ts';
import { slug, type Seeded } from './random.ts';
import { cites, type Citing } from './sources.ts';
import { cities, islands, named } from './words.ts';

export function scaleCountries(
  { int, pick, some, weighted, date }: Seeded,
  { citeFor }: Citing,
  count: number,
) {
  const geometry = loadMapGeometry();
  const shapeCodes = geometry.shapes.map((s) => s.iso3).filter((c) => !named.includes(c));
  const codes = [...named, ...islands, ...some(shapeCodes, count - named.length - islands.length)];
  const countries: Country[] = codes.map((iso3, i) => {
    const s = iso3 === 'CHN' ? 'confirmed' : weighted();
    const ids = citeFor(s);
    const places = cities
      .filter(([c]) => c === iso3)
      .map(([, name, lon, lat]) => ({
        id: slug(name),
        name,
        role: 'Office',
        lon,
        lat,
        status: s,
        sources: ids,
      }));
    return {
      iso3,
      name: countryName(iso3),
      kind: iso3 === 'CHN' ? 'headquarters' : pick(presenceKind.options.filter((k) => k !== 'headquarters')),
      presence: `Record ${i + 1} ties Tiandy to ${countryName(iso3)} ${cites(ids)}.`,
      status: s,
      ...(int(2) ? { since: date(2010, 2022) } : {}),
      ...(places.length ? { places } : {}),
      sources: ids,
    };
  });
  return { countries, codes };
}
