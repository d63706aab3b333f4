// Browser side of "ship the geometry once": before hydrating, the page rebuilds FootprintMap's
// `geometry` prop from the prerendered SVG, so hydration matches exactly and no geometry is fetched,
// bundled or recomputed.
import type { MapGeometry, MapMarker, MapShape } from './types';

/**
 * Reads the geometry back from a prerendered map inside `root`: the base layer's country shapes (their
 * `d`, and the anchors the server wrote on some of them), the positions of the small countries with a
 * record (data-x / data-y; the land draws no dot for a small country), and the
 * reference box from the SVG's viewBox.
 */
export function readMapGeometry(root: ParentNode): MapGeometry {
  const svg = root.querySelector('svg[data-map-geometry]');
  if (!svg) throw new Error('readMapGeometry: no prerendered map (svg[data-map-geometry]) found');
  const [, , width, height] = (svg.getAttribute('viewBox') ?? '0 0 0 0').split(/[\s,]+/).map(Number);
  const base = svg.querySelector('[data-base-layer]');
  if (!base) throw new Error('readMapGeometry: the prerendered map has no base layer ([data-base-layer])');
  const anchors: Record<string, [number, number]> = {};
  const shapes: MapShape[] = [...base.querySelectorAll('path.shape[data-iso3]')].map((el) => {
    const iso3 = el.getAttribute('data-iso3')!;
    const anchor = el.getAttribute('data-anchor');
    if (anchor) anchors[iso3] = anchor.split(' ').map(Number) as [number, number];
    return { iso3, d: el.getAttribute('d')! };
  });
  const markers: MapMarker[] = [...base.querySelectorAll('path.dot[data-iso3]')].map((el) => ({
    iso3: el.getAttribute('data-iso3')!,
    x: Number(el.getAttribute('data-x')),
    y: Number(el.getAttribute('data-y')),
  }));
  return Object.keys(anchors).length
    ? { width, height, shapes, markers, anchors }
    : { width, height, shapes, markers };
}
