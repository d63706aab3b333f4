// The precision of every coordinate written into SVG, the prepared map geometry's and the charts' alike:
// a tenth of a unit is finer than a pixel shows, and keeps the markup short. A leaf, so that the map's
// geometry (src/lib/geo) and the charts (src/lib/charts/geometry.ts) round with the same function.

/** To a tenth of a unit. */
export const round1 = (v: number) => Math.round(v * 10) / 10;
