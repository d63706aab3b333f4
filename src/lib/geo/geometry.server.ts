// Server only: the prerender and tests hand the prepared geometry to FootprintMap as a prop. The browser
// never imports this module (the JSON is bundled into the SSR build only); it reads the same geometry back
// from the prerendered SVG (geometry.dom.ts).
import world from './world.json' with { type: 'json' };
import type { MapGeometry } from './types';

/** The committed output of scripts/prepare-geo.ts. */
export function loadMapGeometry(): MapGeometry {
  return world as MapGeometry;
}
