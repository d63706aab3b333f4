// What the diagram draws for each step at phone and desktop widths: every endpoint drawn, no label
// overlapping another (with estimated text widths), every node reachable by arrow keys.
import { describe, expect, it } from 'vitest';
import { storyData, storyLayout } from '../fixtures/story';
import { moveFrom, type ArrowKey } from '$lib/charts/network/nav';
import { buildScene, nodeFont, overlaps, type Box } from '$lib/charts/network/scene';
import type { NetworkView } from '$lib/data/schema';

// The frozen story dataset: the cases below name its steps. (The browser tests check the same on data/.)
const dataset = storyData();
const layout = storyLayout();
const { entities, relationships } = dataset;
const steps = dataset.story.sections.flatMap((s) => s.steps).filter((s) => s.view.chart === 'network');
const views: [string, Partial<NetworkView>][] = [
  ['all', {}],
  ...steps.map((s) => [s.id, s.view as NetworkView] as [string, NetworkView]),
];
const widths = [360, 414, 599, 600, 768, 1000, 1280];
const build = (view: Partial<NetworkView>, width: number) =>
  buildScene({ entities, relationships, layout, view, width });

describe('buildScene', () => {
  it('draws every relationship and both its ends in the default view', () => {
    for (const width of [360, 1280]) {
      const scene = build({}, width);
      const nodes = new Map(scene.nodes.map((n) => [n.id, n]));
      expect(scene.links.map((l) => l.id).sort()).toEqual(relationships.map((r) => r.id).sort());
      for (const r of relationships) {
        expect(nodes.get(r.from)?.visible, r.from).toBe(true);
        expect(nodes.get(r.to)?.visible, r.to).toBe(true);
        expect(scene.links.find((l) => l.id === r.id)!.path).toMatch(/^M[\d.-]+,[\d.-]+[LQC]/);
      }
    }
  });

  it.each(steps.map((s) => [s.id, s.view as NetworkView]))(
    'shows the links of step %s (those it reveals) and the nodes they join, no other',
    (_, view) => {
      const scene = build(view, 1280);
      const reveal = view.reveal ?? [];
      for (const l of scene.links) {
        const both = view.nodes!.includes(l.rel.from) && view.nodes!.includes(l.rel.to);
        expect(l.visible, l.id).toBe(both && (!reveal.length || reveal.includes(l.id)));
        if (!l.visible) expect(l.label, l.id).toBeNull();
      }
      const ends = new Set(scene.links.filter((l) => l.visible).flatMap((l) => [l.rel.from, l.rel.to]));
      expect(
        scene.nodes
          .filter((n) => n.visible)
          .map((n) => n.id)
          .sort(),
      ).toEqual(view.nodes!.filter((id) => ends.has(id)).sort());
    },
  );

  it('says what each view is about: its highlighted nodes, else everything it shows', () => {
    for (const width of [360, 1280])
      for (const [name, view] of views) {
        const scene = build(view, width);
        const inside = (b: Box) =>
          b.y0 + scene.offsetY >= scene.focus!.top - 1 && b.y1 + scene.offsetY <= scene.focus!.bottom + 1;
        const litLinks = scene.links.filter((l) => l.visible && l.emphasis === 'focus');
        const ends = new Set(litLinks.flatMap((l) => [l.rel.from, l.rel.to]));
        const lit = scene.nodes.filter((n) => n.visible && (n.emphasis === 'focus' || ends.has(n.id)));
        const pick = lit.length ? lit : scene.nodes.filter((n) => n.visible);
        for (const n of pick) expect(inside(n.box), `${name} ${n.id} at ${width}px`).toBe(true);
      }
    // Only the highlighted part when there is one: a dimmed node does not stretch the focus.
    for (const [name, view] of views) {
      const scene = build(view, 360);
      const lit = scene.nodes.filter((n) => n.visible && n.emphasis !== 'dim');
      const dim = scene.nodes.filter((n) => n.visible && n.emphasis === 'dim');
      if (!dim.length || !lit.length) continue;
      const litTop = Math.min(...lit.map((n) => n.box.y0)) + scene.offsetY;
      const litBottom = Math.max(...lit.map((n) => n.box.y1)) + scene.offsetY;
      for (const n of dim)
        if (n.box.y1 + scene.offsetY < litTop - 2 || n.box.y0 + scene.offsetY > litBottom + 2)
          expect(
            n.box.y1 + scene.offsetY < scene.focus!.top || n.box.y0 + scene.offsetY > scene.focus!.bottom,
            `${name} ${n.id}`,
          ).toBe(true);
    }
  });

  it('labels the highlighted and revealed links of the Intel steps', () => {
    for (const width of [360, 1280]) {
      for (const step of steps.filter((s) => s.id.startsWith('intel'))) {
        const view = step.view as NetworkView;
        const scene = build(view, width);
        for (const id of view.highlight ?? []) {
          const link = scene.links.find((l) => l.id === id);
          if (link) expect(link.label, `${step.id} ${id} at ${width}`).not.toBeNull();
        }
      }
    }
  });

  for (const [name, view] of views) {
    it(`keeps labels apart and inside the box in view "${name}"`, () => {
      for (const width of widths) {
        const scene = build(view, width);
        const boxes: [string, Box][] = [
          ...scene.nodes.filter((n) => n.visible).map((n) => [`node ${n.id}`, n.label] as [string, Box]),
          ...scene.links
            .filter((l) => l.visible && l.label)
            .map((l) => [`link ${l.id}`, l.label!.box] as [string, Box]),
        ];
        for (let i = 0; i < boxes.length; i++) {
          const [a, box] = boxes[i];
          expect(box.x0, `${a} at ${width}px`).toBeGreaterThanOrEqual(0);
          expect(box.x1, `${a} at ${width}px`).toBeLessThanOrEqual(width);
          expect(box.y0 + scene.offsetY, `${a} at ${width}px`).toBeGreaterThanOrEqual(0);
          expect(box.y1 + scene.offsetY, `${a} at ${width}px`).toBeLessThanOrEqual(scene.height);
          for (let j = i + 1; j < boxes.length; j++) {
            const [b, other] = boxes[j];
            expect(overlaps(box, other), `${a} overlaps ${b} at ${width}px`).toBe(false);
          }
        }
      }
    });
  }

  it('keeps node labels at 11px or more', () => {
    expect(nodeFont).toBeGreaterThanOrEqual(11);
  });
});

describe('arrow keys', () => {
  const keys: ArrowKey[] = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];
  for (const [name, view] of views) {
    it(`reach every visible node in view "${name}"`, () => {
      for (const width of [360, 1280]) {
        const scene = build(view, width);
        const nodes = scene.nodes.filter((n) => n.visible);
        const links = scene.links.filter((l) => l.visible).map((l) => l.rel);
        const start = nodes.find((n) => n.id === 'tiandy') ?? nodes[0];
        const seen = new Set([start.id]);
        const queue = [start.id];
        while (queue.length) {
          const at = queue.shift()!;
          for (const key of keys) {
            const next = moveFrom(nodes, links, at, key);
            if (next && !seen.has(next)) {
              seen.add(next);
              queue.push(next);
            }
          }
        }
        expect([...seen].sort(), `at ${width}px`).toEqual(nodes.map((n) => n.id).sort());
      }
    });
  }

  it('prefers a linked node in the pressed direction when it is about as near', () => {
    const nodes = [
      { id: 'a', x: 0, y: 0 },
      { id: 'near', x: 100, y: 0 },
      { id: 'linked', x: 120, y: 10 },
      { id: 'far', x: 400, y: 0 },
    ];
    expect(moveFrom(nodes, [{ from: 'a', to: 'linked' }], 'a', 'ArrowRight')).toBe('linked');
    expect(moveFrom(nodes, [{ from: 'a', to: 'far' }], 'a', 'ArrowRight')).toBe('near');
    expect(moveFrom(nodes, [], 'a', 'ArrowRight')).toBe('near');
    expect(moveFrom(nodes, [], 'a', 'ArrowLeft')).toBeUndefined();
  });
});
