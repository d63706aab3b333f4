// Arrow-key moves between nodes: to the nearest node in that direction (a 45° cone, then the whole
// half-plane), counting linked nodes as a bit nearer, so every visible node can be reached.
export interface NavNode {
  id: string;
  x: number;
  y: number;
}
export type ArrowKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

const directions: Record<ArrowKey, [number, number]> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

export const isArrowKey = (key: string): key is ArrowKey => key in directions;

/** The node an arrow key moves to from `current`, or undefined at the edge. */
export function moveFrom(
  nodes: NavNode[],
  links: { from: string; to: string }[],
  current: string,
  key: ArrowKey,
): string | undefined {
  const here = nodes.find((n) => n.id === current);
  if (!here) return nodes[0]?.id;
  const [dx, dy] = directions[key];
  const linked = new Set(
    links.flatMap((l) => (l.from === current ? [l.to] : l.to === current ? [l.from] : [])),
  );
  const score = (n: NavNode, wide: boolean) => {
    const vx = n.x - here.x;
    const vy = n.y - here.y;
    const along = vx * dx + vy * dy;
    const across = Math.abs(vx * dy - vy * dx);
    if (along <= 0 || (!wide && across > along)) return Infinity;
    // A linked node counts as a little nearer, so the keys follow links where they can without
    // jumping past the neighbours in between (which would then be hard to reach).
    return (along + 2 * across) * (linked.has(n.id) ? 0.7 : 1);
  };
  const best = (wide: boolean) => {
    let pick: NavNode | undefined;
    let min = Infinity;
    for (const n of nodes) {
      if (n.id === current) continue;
      const s = score(n, wide);
      if (s < min || (s === min && s < Infinity && pick && n.id < pick.id)) {
        pick = n;
        min = s;
      }
    }
    return pick?.id;
  };
  return best(false) ?? best(true);
}
