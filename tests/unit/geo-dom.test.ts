// @vitest-environment jsdom
// Reads the geometry back from the server-rendered map (the render test's committed snapshots), as the
// browser does before hydrating, and checks it is exactly the prop the server rendered from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMapGeometry } from '$lib/charts/map/geometry.server';
import { readMapGeometry } from '$lib/charts/map/geometry.dom';

describe('readMapGeometry', () => {
  it.each(['map-world-360', 'map-world-1280', 'map-middle-east-360', 'map-middle-east-1280'])(
    'rebuilds exactly the geometry prop from the prerendered map (%s)',
    (name) => {
      const root = document.createElement('div');
      root.innerHTML = readFileSync(`tests/render/__snapshots__/${name}.html`, 'utf8');
      expect(readMapGeometry(root)).toEqual(loadMapGeometry());
    },
  );

  it('says what is missing when there is no prerendered map', () => {
    expect(() => readMapGeometry(document.createElement('div'))).toThrow(/svg\[data-map-geometry\]/);
  });
});
