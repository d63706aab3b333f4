// @vitest-environment jsdom
// Reads the geometry back from the server-rendered map (the render test's stored renders), as the
// browser does before hydrating, and checks it is exactly the prop the server rendered from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMapGeometry } from '$lib/geo/geometry.server';
import { readMapGeometry } from '$lib/geo/geometry.dom';
import { shapeAnchor } from '$lib/charts/map/anchors';
import { buildMapScene } from '$lib/charts/map/scene';
import { footprintFile } from '$lib/data/schema';

const geometry = loadMapGeometry();
const footprint = footprintFile.parse(
  JSON.parse(readFileSync('tests/fixtures/story/footprint.json', 'utf8')),
);

describe('readMapGeometry', () => {
  it.each(['map-world-360', 'map-world-1280', 'map-middle-east-360', 'map-middle-east-1280'])(
    'rebuilds exactly the geometry prop from the prerendered map, with the anchors of its countries (%s)',
    (name) => {
      const root = document.createElement('div');
      root.innerHTML = readFileSync(`tests/fixtures/render/${name}.html`, 'utf8');
      const drawn = footprint.countries.filter((c) => geometry.shapes.some((s) => s.iso3 === c.iso3));
      const anchors = Object.fromEntries(
        drawn.map((c) => [c.iso3, shapeAnchor(geometry.shapes.find((s) => s.iso3 === c.iso3)!.d)]),
      );
      expect(Object.keys(anchors).length).toBeGreaterThan(3);
      // The land draws no dot for a small country: only those with a record keep their position.
      const recorded = new Set(footprint.countries.map((c) => c.iso3));
      const markers = geometry.markers.filter((m) => recorded.has(m.iso3));
      expect(markers.length).toBeLessThan(geometry.markers.length);
      const read = readMapGeometry(root);
      expect(read).toEqual({ ...geometry, markers, anchors });
      // What the map draws from it is what the server drew: hydration matches.
      const scene = (g: typeof geometry) => {
        const { countries, claims } = footprint;
        const s = buildMapScene({ geometry: g, countries, claims, view: {}, width: 640 });
        return { markers: s.markers, order: s.order, labels: s.countryLabels, places: s.places };
      };
      expect(scene(read)).toEqual(scene(geometry));
    },
  );

  it('says what is missing when there is no prerendered map', () => {
    expect(() => readMapGeometry(document.createElement('div'))).toThrow(/svg\[data-map-geometry\]/);
  });
});
