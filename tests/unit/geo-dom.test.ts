// Renders on the server (Node) and reads the markup back through jsdom, as the browser does before hydrating.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import FootprintMap from '$lib/charts/FootprintMap.svelte';
import { loadMapGeometry } from '$lib/charts/map/geometry.server';
import { readMapGeometry } from '$lib/charts/map/geometry.dom';
import type { Country } from '$lib/data/schema';

const countries: Country[] = [
  {
    iso3: 'IRN',
    name: 'Iran',
    kind: 'sales-and-projects',
    presence: 'Sales [s1].',
    status: 'confirmed',
    places: [
      {
        id: 'khomam',
        name: 'Khomam',
        role: 'Police project',
        lon: 49.66,
        lat: 37.39,
        status: 'single-source',
        sources: ['s1'],
      },
    ],
    sources: ['s1'],
  },
  {
    iso3: 'SGP',
    name: 'Singapore',
    kind: 'named-export-market',
    presence: 'Named.',
    status: 'claimed',
    sources: ['s1'],
  },
];

describe('readMapGeometry', () => {
  it.each([
    ['the world', { chart: 'map' as const }],
    [
      'a filtered, zoomed view',
      { chart: 'map' as const, region: 'middle-east' as const, statuses: ['claimed' as const] },
    ],
  ])('rebuilds exactly the geometry prop from the prerendered map (%s)', (_, view) => {
    const geometry = loadMapGeometry();
    const { body } = render(FootprintMap, {
      props: { geometry, countries, claims: [], sources: [], view, width: 360, label: 'map' },
    });
    const { document } = new JSDOM(`<div id="app">${body}</div>`).window;
    expect(readMapGeometry(document.getElementById('app')!)).toEqual(geometry);
  });

  it('says what is missing when there is no prerendered map', () => {
    const { document } = new JSDOM('<div></div>').window;
    expect(() => readMapGeometry(document.body)).toThrow(/svg\[data-map-geometry\]/);
  });
});
