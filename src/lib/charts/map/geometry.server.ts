// Node only: the prerender and tests hand the prepared geometry to FootprintMap as a prop. The browser
// never imports this module; it reads the same geometry back from the prerendered SVG (geometry.dom.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MapGeometry } from './types';

const worldFile = fileURLToPath(new URL('./world.json', import.meta.url));
let cached: MapGeometry | undefined;

/** The committed output of scripts/prepare-geo.ts. */
export function loadMapGeometry(): MapGeometry {
  cached ??= JSON.parse(readFileSync(worldFile, 'utf8')) as MapGeometry;
  return cached;
}
