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

describe('FootprintMap', () => {
  it.each<[string, Partial<MapView>]>([
    ['every status', {}],
    ['confirmed', { statuses: ['confirmed'] }],
    ['claimed or single-source', { statuses: ['claimed', 'single-source'] }],
    ['none named', { statuses: [] }],
  ])('draws the countries the view shows: %s', (_, view) => {
    const body = render(FootprintMap, {
      props: {
        geometry,
        countries,
        claims,
        sources,
        view: { chart: 'map', ...view },
        width: 640,
        label: 'Map',
      },
    }).body;
    const hits = new Set([...body.matchAll(/data-hit="([A-Z]{3})"/g)].map((m) => m[1]));
    const shown = countriesShown(view, countries).filter((c) => drawn.has(c.iso3));
    expect(shown.length).toBeGreaterThan(0);
    expect([...hits].sort()).toEqual(shown.map((c) => c.iso3).sort());
  });
});
