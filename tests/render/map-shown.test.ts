// The map draws as countries a reader can open exactly those countriesShown gives for its view (the rule an
// embed lists the sources of). The frozen story dataset.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import FootprintMap from '$lib/charts/FootprintMap.svelte';
import { loadMapGeometry } from '$lib/geo/geometry.server';
import { countriesShown } from '$lib/charts/map/shown';
import type { MapView } from '$lib/data/schema';
import { storyData } from '../fixtures/story';

const { countries, claims, sources } = storyData();
const geometry = loadMapGeometry();
const drawn = new Set([...geometry.shapes, ...geometry.markers].map((s) => s.iso3));
/** Countries too small for a shape: on the sea, any mark for one reads as data. */
const small = new Set(
  geometry.markers.map((m) => m.iso3).filter((c) => !geometry.shapes.some((s) => s.iso3 === c)),
);
const renderMap = (view: Partial<MapView>, width = 640) =>
  render(FootprintMap, {
    props: { geometry, countries, claims, sources, view: { chart: 'map', ...view }, width, label: 'Map' },
  }).body;

describe('FootprintMap', () => {
  it.each<[string, Partial<MapView>]>([
    ['every status', {}],
    ['confirmed', { statuses: ['confirmed'] }],
    ['claimed or single-source', { statuses: ['claimed', 'single-source'] }],
    ['none named', { statuses: [] }],
  ])('draws the countries the view shows: %s', (_, view) => {
    const body = renderMap(view);
    const hits = new Set([...body.matchAll(/data-hit="([A-Z]{3})"/g)].map((m) => m[1]));
    const shown = countriesShown(view, countries).filter((c) => drawn.has(c.iso3));
    expect(shown.length).toBeGreaterThan(0);
    expect([...hits].sort()).toEqual(shown.map((c) => c.iso3).sort());
  });

  // The base map stays quiet: a small country gets a marker only where the data has a record of it that the
  // view shows; the land keeps only the positions of the recorded ones, drawing nothing.
  it.each<[string, Partial<MapView>, number]>([
    ['the world at 360 px', {}, 360],
    ['the world at 1280 px', { showClaim: true }, 1280],
    ['the Middle East at 360 px', { region: 'middle-east', highlight: ['IRN'] }, 360],
    ['Asia, confirmed only, at 1280 px', { region: 'asia', statuses: ['confirmed'] }, 1280],
  ])('draws no marker for a small country without a record in the view: %s', (_, view, width) => {
    const body = renderMap(view, width);
    const recorded = new Set(countries.map((c) => c.iso3));
    const shown = new Set(countriesShown(view, countries).map((c) => c.iso3));
    // The fixture has a small country with a record (a marker to draw), and the world has many without.
    expect([...recorded].some((c) => small.has(c))).toBe(true);
    const dots = [...body.matchAll(/<path class="dot" data-iso3="([A-Z]{3})"[^>]* d="([^"]*)"/g)];
    for (const [, iso3, d] of dots) {
      expect(recorded.has(iso3), `${iso3} has a position but no record`).toBe(true);
      expect(d, `${iso3}'s position draws a line`).toMatch(/^M[\d.-]+ [\d.-]+$/);
    }
    const markers = [...body.matchAll(/<g class="marker[^"]*" data-iso3="([A-Z]{3})"/g)].map((m) => m[1]);
    for (const iso3 of markers)
      expect(shown.has(iso3), `${iso3} is drawn without a record in view`).toBe(true);
    // Nothing else in the SVG names a small country without a record.
    const named = [...body.matchAll(/data-iso3="([A-Z]{3})"/g)].map((m) => m[1]).filter((c) => small.has(c));
    expect(named.filter((c) => !recorded.has(c))).toEqual([]);
    expect(markers.sort()).toEqual([...shown].filter((c) => small.has(c)).sort());
  });
});
