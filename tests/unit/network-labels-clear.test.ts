// No link label lies on a line: each drawn link label's box, checked against points sampled along every
// drawn link (its own too, so a highlighted link never hides under its label), its arrowhead and its
// cross, and against every drawn node's symbol and label. At 360 and 1280 px, in the whole diagram and in
// each network step of the story, with today's data, twice it (tests/fixtures/network/doubled.ts) and the
// made-up dataset at the claimed size (scripts/scale-data.ts).
import { describe, expect, it, vi } from 'vitest';
import { dataset } from '$lib/data/index';
import { computeLayout } from '$lib/charts/network/compute';
import { buildScene, type Box, type Scene } from '$lib/charts/network/scene';
import type { Entity, NetworkView, Relationship, Story } from '$lib/data/schema';
import { storyGroups } from '../../scripts/prepare-network';
import { scaleData } from '../../scripts/scale-data';
import { doubled, mostConnected } from '../fixtures/network/doubled';

vi.setConfig({ testTimeout: 60_000 });

type Point = { x: number; y: number };
const inside = (p: Point, b: Box) => p.x > b.x0 && p.x < b.x1 && p.y > b.y0 && p.y < b.y1;
const lerp = (p: Point, q: Point, t: number) => ({ x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t });

/** Points every pixel or so along an SVG path of M, L, C and Z commands (what the scene writes). */
export function samplePath(d: string): Point[] {
  const tokens = d.match(/[MLCZ]|-?\d+(?:\.\d+)?/g) ?? [];
  const out: Point[] = [];
  let i = 0;
  let cmd = '';
  let at: Point = { x: 0, y: 0 };
  let start = at;
  const num = () => Number(tokens[i++]);
  const segment = (q: Point) => {
    const n = Math.max(2, Math.ceil(Math.hypot(q.x - at.x, q.y - at.y)));
    for (let k = 1; k <= n; k++) out.push(lerp(at, q, k / n));
    at = q;
  };
  while (i < tokens.length) {
    if (/[MLCZ]/.test(tokens[i])) cmd = tokens[i++];
    if (cmd === 'Z') {
      segment(start);
      continue;
    }
    if (cmd === 'M') {
      at = start = { x: num(), y: num() };
      out.push(at);
    } else if (cmd === 'L') segment({ x: num(), y: num() });
    else if (cmd === 'C') {
      const [c1, c2, end] = [0, 1, 2].map(() => ({ x: num(), y: num() }));
      const p0 = at;
      const n = Math.max(8, Math.ceil(Math.hypot(end.x - p0.x, end.y - p0.y) * 1.5));
      for (let k = 1; k <= n; k++) {
        const t = k / n;
        const u = 1 - t;
        out.push({
          x: u * u * u * p0.x + 3 * u * u * t * c1.x + 3 * u * t * t * c2.x + t * t * t * end.x,
          y: u * u * u * p0.y + 3 * u * u * t * c1.y + 3 * u * t * t * c2.y + t * t * t * end.y,
        });
      }
      at = end;
    } else throw new Error(`unexpected path command in ${d}`);
  }
  return out;
}

/** What each drawn link label lies on: lines, arrowheads and crosses of drawn links, drawn nodes. */
export function labelsOnMarks(scene: Scene): string[] {
  const links = scene.links.filter((l) => l.visible);
  const marks = links.flatMap((l) => [
    { what: `the line of ${l.id}`, points: samplePath(l.path) },
    { what: `the arrowhead of ${l.id}`, points: samplePath(l.arrow) },
    ...(l.cross ? [{ what: `the cross of ${l.id}`, points: samplePath(l.cross) }] : []),
  ]);
  const nodes = scene.nodes.filter((n) => n.visible);
  const found: string[] = [];
  for (const l of links) {
    if (!l.label) continue;
    const box = l.label.box;
    for (const m of marks) if (m.points.some((p) => inside(p, box))) found.push(`${l.id}: on ${m.what}`);
    for (const n of nodes)
      if (n.box.x0 < box.x1 && box.x0 < n.box.x1 && n.box.y0 < box.y1 && box.y0 < n.box.y1)
        found.push(`${l.id}: on node ${n.id}`);
  }
  return found;
}

const networkViews = (story: Story): [string, Partial<NetworkView>][] => [
  ['the whole diagram', {}],
  ...story.sections
    .flatMap((s) => s.steps)
    .filter((s) => s.view.chart === 'network')
    .map((s) => [s.id, s.view as NetworkView] as [string, NetworkView]),
];

const scale = scaleData() as {
  'entities.json': { entities: Entity[] };
  'relationships.json': { relationships: Relationship[] };
  'story.json': Story;
};
const datasets: [string, { entities: Entity[]; relationships: Relationship[] }, Story][] = [
  ['today', dataset, dataset.story],
  ['twice the data', doubled(dataset.entities, dataset.relationships), dataset.story],
  [
    'twice the partners',
    doubled(dataset.entities, dataset.relationships, {
      shareCentre: mostConnected(dataset.entities, dataset.relationships),
    }),
    dataset.story,
  ],
  [
    'the claimed size',
    { entities: scale['entities.json'].entities, relationships: scale['relationships.json'].relationships },
    scale['story.json'],
  ],
];

describe('link labels', () => {
  it('are seen to lie on a line by this check when they do', () => {
    const scene = buildScene({
      ...dataset,
      layout: computeLayout(dataset.entities, dataset.relationships, storyGroups(dataset.story)),
      view: { nodes: ['tiandy', 'intel'] },
      width: 1280,
    });
    const link = scene.links.find((l) => l.visible && l.label)!;
    // The label moved onto the middle of its own line.
    const mid = samplePath(link.path)[Math.floor(samplePath(link.path).length / 2)];
    const moved = {
      ...scene,
      links: scene.links.map((l) =>
        l === link
          ? {
              ...l,
              label: { ...l.label!, box: { x0: mid.x - 20, y0: mid.y - 8, x1: mid.x + 20, y1: mid.y + 8 } },
            }
          : l,
      ),
    };
    expect(labelsOnMarks(moved)).toContain(`${link.id}: on the line of ${link.id}`);
  });

  for (const [name, data, story] of datasets)
    it(`lie on no line, arrowhead, cross or node at 360 and 1280 px (${name})`, () => {
      const layout = computeLayout(data.entities, data.relationships, storyGroups(story));
      const found: string[] = [];
      let labelled = 0;
      for (const [view, v] of networkViews(story))
        for (const width of [360, 1280]) {
          const scene = buildScene({ ...data, layout, view: v, width });
          labelled += scene.links.filter((l) => l.visible && l.label).length;
          found.push(...labelsOnMarks(scene).map((s) => `${view} at ${width}px: ${s}`));
        }
      expect(labelled, 'some labels are drawn').toBeGreaterThan(0);
      expect(found).toEqual([]);
    });
});
