// Arrow-key moves between nodes: to the nearest linked node in that direction, else to the nearest
// node in that direction, so every visible node can be reached from any other.
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
  const score = (n: NavNode) => {
    const vx = n.x - here.x;
    const vy = n.y - here.y;
    const along = vx * dx + vy * dy;
    const across = Math.abs(vx * dy - vy * dx);
    // Within 45° of the key's direction; straight ahead beats diagonal.
    if (along <= 0 || across > along) return Infinity;
    return along + 2 * across;
  };
  const best = (pool: NavNode[]) => {
    let pick: NavNode | undefined;
    let min = Infinity;
    for (const n of pool) {
      const s = score(n);
      if (s < min || (s === min && pick && n.id < pick.id)) {
        pick = n;
        min = s;
      }
    }
    return pick?.id;
  };
  const others = nodes.filter((n) => n.id !== current);
  return best(others.filter((n) => linked.has(n.id))) ?? best(others);
}
