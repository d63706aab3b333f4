// Regions a map view can zoom to, as lon/lat boxes, and the transform that frames one in the reference box.
import type { Region } from '$lib/data/schema';
import { mapProjection } from '$lib/geo/projection';

/** [[west, south], [east, north]] in degrees. */
export const regionBoxes: Record<Region, [[number, number], [number, number]]> = {
  world: [
    [-180, -57],
    [180, 84],
  ],
  // Wide enough for Turkmenistan in the north-east and Iraq in the west.
  'middle-east': [
    [25, 12],
    [66, 44],
  ],
  china: [
    [73, 18],
    [135, 54],
  ],
  // From Heathrow's Atlantic edge to the Black Sea.
  europe: [
    [-11, 35],
    [40, 62],
  ],
  // All of Alaska, Canada to Ellesmere Island's north shore, and Mexico.
  'north-america': [
    [-168, 14],
    [-52, 84],
  ],
  // Turkmenistan to Japan, and south to Singapore.
  asia: [
    [44, -4],
    [146, 56],
  ],
};

export interface ZoomTransform {
  /** Scale; 1 is the whole world. */
  k: number;
  /** Translation in reference units, applied after scaling. */
  x: number;
  y: number;
}

export const identity: ZoomTransform = { k: 1, x: 0, y: 0 };

/** Projected extent of a lon/lat box; edges are sampled because Equal Earth curves the meridians. */
export function projectedBox(
  box: [[number, number], [number, number]],
): [[number, number], [number, number]] {
  const p = mapProjection();
  const [[w, s], [e, n]] = box;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i <= 8; i++) {
    const lon = w + ((e - w) * i) / 8;
    const lat = s + ((n - s) * i) / 8;
    for (const pt of [p([lon, s]), p([lon, n]), p([w, lat]), p([e, lat])]) {
      if (!pt) continue;
      x0 = Math.min(x0, pt[0]);
      y0 = Math.min(y0, pt[1]);
      x1 = Math.max(x1, pt[0]);
      y1 = Math.max(y1, pt[1]);
    }
  }
  return [
    [x0, y0],
    [x1, y1],
  ];
}

/** The transform that centres `region` in a box of `width`×`height` reference units. */
export function regionTransform(region: Region | undefined, width: number, height: number): ZoomTransform {
  if (!region || region === 'world') return identity;
  const [[x0, y0], [x1, y1]] = projectedBox(regionBoxes[region]);
  const r = (v: number) => Math.round(v * 100) / 100;
  const k = r(Math.min(width / (x1 - x0), height / (y1 - y0)));
  return { k, x: r(width / 2 - (k * (x0 + x1)) / 2), y: r(height / 2 - (k * (y0 + y1)) / 2) };
}
