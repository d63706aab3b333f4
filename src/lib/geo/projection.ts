// The one projection shared by the prepared geometry (scripts/prepare-geo.ts, run in Node) and anything
// placed on the map at run time (places, region boxes). Both sides call mapProjection(), so a point lands
// on the same spot as the shapes around it.
import { geoEqualEarth, type GeoProjection } from 'd3-geo';
import { round1 } from './round';

/** Width of the reference box (the SVG viewBox), in its own units. */
export const REF_WIDTH = 960;
// Crop Antarctica: Greenland reaches 83.6°N, Tierra del Fuego and South Georgia 56°S.
const NORTH = 84;
const SOUTH = -57.5;

/**
 * Equal Earth, fitted so the whole globe spans REF_WIDTH and NORTH sits on the top edge. Fitting walks
 * the whole sphere, which a phone feels when the map wakes, so the browser never does it: FIT holds what
 * it gives, and a unit test fits again and checks the two agree to the last digit.
 */
export function fitMapProjection(): GeoProjection {
  const p = geoEqualEarth().fitWidth(REF_WIDTH, { type: 'Sphere' });
  const top = p([0, NORTH])![1];
  const [tx, ty] = p.translate();
  return p.translate([tx, ty - top]);
}

/** fitMapProjection()'s scale and translate. */
export const FIT = { scale: 177.34230496646222, translate: [480, 231.7355199802333] as [number, number] };

let fitted: GeoProjection | undefined;

/** The map's projection (see fitMapProjection), made once and shared: callers only project with it. */
export function mapProjection(): GeoProjection {
  return (fitted ??= geoEqualEarth().scale(FIT.scale).translate(FIT.translate));
}

/** Height of the reference box: the projected latitude of the southern crop. */
export const REF_HEIGHT = Math.ceil(mapProjection()([0, SOUTH])![1]);

/** Projects [lon, lat] into the reference box, rounded like the prepared geometry. */
export function projectPoint(projection: GeoProjection, lon: number, lat: number): [number, number] {
  const p = projection([lon, lat]);
  if (!p) return [0, 0];
  return [round1(p[0]), round1(p[1])];
}
