// The data check's rules for measures.json beyond its schema: where each measure sits (a country for a
// national or sub-national measure, a named place below or above it), and story views of the measures
// layer naming countries that have a measure. Reads the parsed JSON defensively, like crossCheck.
import type { Path, Problem } from './issues.ts';

type Item = Record<string, unknown>;
interface Located {
  item: Item;
  path: Path;
}

export function measurePlaceProblems(measures: Located[]): Problem[] {
  const problems: Problem[] = [];
  const file = 'measures.json' as const;
  for (const { item, path } of measures) {
    const { scope, iso3, area } = item;
    if ((scope === 'national' || scope === 'subnational') && iso3 === undefined)
      problems.push({
        file,
        path: [...path, 'scope'],
        message: `a ${scope} measure needs "iso3", the country's three-letter code like "USA"; only a "supranational" one has none`,
      });
    if (iso3 !== undefined && typeof item.country !== 'string')
      problems.push({
        file,
        path: [...path, 'iso3'],
        message:
          'add "country" next to "iso3": the country\'s name as the page prints it, like "United States"',
      });
    if (scope === 'supranational' && iso3 !== undefined)
      problems.push({
        file,
        path: [...path, 'iso3'],
        message:
          'a supranational measure belongs to no one country: remove "iso3" and name the body in "area" (e.g. "European Parliament")',
      });
    if ((scope === 'subnational' || scope === 'supranational') && typeof area !== 'string')
      problems.push({
        file,
        path: [...path, 'scope'],
        message: `a ${scope} measure needs "area", the place it covers, e.g. "Louisiana" or "European Parliament"`,
      });
  }
  return problems;
}

/** A measures view highlights countries that have a measure in measures.json. */
export function measureViewProblems(
  stepPath: Path,
  view: Item,
  measures: Located[],
  countryName: (iso: string) => string,
): Problem[] {
  const have = new Set(measures.flatMap(({ item }) => (typeof item.iso3 === 'string' ? [item.iso3] : [])));
  const list = Array.isArray(view.highlight) ? view.highlight : [];
  return list.flatMap((iso, i) =>
    typeof iso === 'string' && /^[A-Z]{3}$/.test(iso) && !have.has(iso)
      ? [
          {
            file: 'story.json' as const,
            path: [...stepPath, 'view', 'highlight', i],
            message: `"${iso}" (${countryName(iso)}) has no measure in measures.json; highlight a country with one, or add its measure there first`,
          },
        ]
      : [],
  );
}
