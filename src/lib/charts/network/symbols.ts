// Node shapes by entity kind, centred on 0,0, about 2r across: the kind reads without colour.
import type { EntityKind } from '$lib/data/schema';

const f = (v: number) => Math.round(v * 100) / 100;
const polygon = (points: [number, number][]) =>
  'M' + points.map(([x, y]) => `${f(x)},${f(y)}`).join('L') + 'Z';
const ring = (n: number, r: number, start: number) =>
  polygon(
    Array.from({ length: n }, (_, i) => {
      const a = start + (i * 2 * Math.PI) / n;
      return [r * Math.cos(a), r * Math.sin(a)] as [number, number];
    }),
  );

export function symbolPath(kind: EntityKind, r: number): string {
  switch (kind) {
    case 'company': // square
      return polygon([
        [-r * 0.85, -r * 0.85],
        [r * 0.85, -r * 0.85],
        [r * 0.85, r * 0.85],
        [-r * 0.85, r * 0.85],
      ]);
    case 'government': // diamond
      return ring(4, r * 1.15, -Math.PI / 2);
    case 'person': // circle
      return `M${-r},0A${r},${r} 0 1 0 ${r},0A${r},${r} 0 1 0 ${-r},0Z`;
    case 'ngo': // hexagon
      return ring(6, r, 0);
    case 'media': // triangle
      return ring(3, r * 1.2, -Math.PI / 2);
  }
}
