// Joins footprint records to the prepared map geometry by ISO 3166-1 alpha-3 code, and turns codes the
// map cannot draw into data errors an editor can act on.
import { closest } from 'fastest-levenshtein';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import type { MapGeometry, MapMarker, MapShape } from '$lib/geo/types';
import type { DataError } from './issues';
import type { Country } from './schema';

export interface JoinedCountry {
  country: Country;
  shape?: MapShape;
  marker?: MapMarker;
}

/** Every code the map can draw, as a shape or a marker. */
export function mapCodes(geometry: MapGeometry): Set<string> {
  return new Set([...geometry.shapes.map((s) => s.iso3), ...geometry.markers.map((m) => m.iso3)]);
}

/** Footprint codes found neither as a shape nor as a marker, in data order. */
export function unmatchedCodes(countries: Pick<Country, 'iso3'>[], geometry: MapGeometry): string[] {
  const codes = mapCodes(geometry);
  return countries.map((c) => c.iso3).filter((c) => !codes.has(c));
}

/** Footprint records with their shape and/or marker, keyed by ISO3. */
export function joinFootprint(countries: Country[], geometry: MapGeometry): Map<string, JoinedCountry> {
  const shapes = new Map(geometry.shapes.map((s) => [s.iso3, s]));
  const markers = new Map(geometry.markers.map((m) => [m.iso3, m]));
  return new Map(
    countries.map((country) => [
      country.iso3,
      { country, shape: shapes.get(country.iso3), marker: markers.get(country.iso3) },
    ]),
  );
}

/**
 * Data errors for footprint codes the map cannot draw, located in footprint.json's text so the message
 * names line and column, with the nearest drawable code as a hint.
 */
export function footprintGeoErrors(footprintText: string, geometry: MapGeometry): DataError[] {
  const codes = mapCodes(geometry);
  const tree = parseTree(footprintText);
  const countries = (JSON.parse(footprintText) as { countries?: { iso3?: unknown }[] }).countries ?? [];
  const errors: DataError[] = [];
  countries.forEach((c, i) => {
    if (typeof c.iso3 !== 'string' || codes.has(c.iso3)) return;
    const node = tree && findNodeAtLocation(tree, ['countries', i, 'iso3']);
    const before = footprintText.slice(0, node?.offset ?? 0).split('\n');
    const hint = closest(c.iso3.toUpperCase(), [...codes]);
    errors.push({
      file: 'data/footprint.json',
      line: before.length,
      column: before[before.length - 1].length + 1,
      pointer: `/countries/${i}/iso3`,
      message: `"${c.iso3}" is not a country on the map (ISO 3166-1 alpha-3) — did you mean "${hint}"?`,
    });
  });
  return errors;
}
