// The one projection shared by the prepared geometry (scripts/prepare-geo.ts, run in Node) and anything
// placed on the map at run time (places, region boxes). Both sides call mapProjection(), so a point lands
// on the same spot as the shapes around it.
import { geoEqualEarth, type GeoProjection } from 'd3-geo';

/** Width of the reference box (the SVG viewBox), in its own units. */
export const REF_WIDTH = 960;
// Crop Antarctica: Greenland reaches 83.6°N, Tierra del Fuego and South Georgia 56°S.
const NORTH = 84;
const SOUTH = -57.5;

let fitted: GeoProjection | undefined;

/**
 * Equal Earth, fitted so the whole globe spans REF_WIDTH and 84°N sits on the top edge. Fitted once and
 * shared (fitting walks the whole sphere, which a phone feels when the map wakes); callers only project
 * with it and never change it.
 */
export function mapProjection(): GeoProjection {
  if (fitted) return fitted;
  const p = geoEqualEarth().fitWidth(REF_WIDTH, { type: 'Sphere' });
  const top = p([0, NORTH])![1];
  const [tx, ty] = p.translate();
  return (fitted = p.translate([tx, ty - top]));
}

/** Height of the reference box: the projected latitude of the southern crop. */
export const REF_HEIGHT = Math.ceil(mapProjection()([0, SOUTH])![1]);

/** Rounds to one decimal, as the prepared geometry is. */
export const round1 = (v: number) => Math.round(v * 10) / 10;

/** Projects [lon, lat] into the reference box, rounded like the prepared geometry. */
export function projectPoint(projection: GeoProjection, lon: number, lat: number): [number, number] {
  const p = projection([lon, lat]);
  if (!p) return [0, 0];
  return [round1(p[0]), round1(p[1])];
}
