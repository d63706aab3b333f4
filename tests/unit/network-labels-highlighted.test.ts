// Every link a network step highlights carries its label, on a phone and on a desktop: the widths the
// page draws the diagram at in 360 and 1280 px windows (336 and 720 px), and 360 and 1280 px as the
// other diagram tests draw it. A step whose links are too crowded for their labels gets a taller
// layout of its own from the build (compute.ts), never a highlighted link without words.
import { describe, expect, it, vi } from 'vitest';
import { dataset } from '$lib/data/index';
import { computeLayout } from '$lib/charts/network/compute';
import { buildScene, type Scene } from '$lib/charts/network/scene';
import type { NetworkView } from '$lib/data/schema';
import { storyGroups, storyViews } from '../../scripts/prepare-network';

vi.setConfig({ testTimeout: 60_000 });

export const widths = [336, 360, 720, 1280];

/** The highlighted links a scene draws without a label. */
export const unlabelled = (scene: Scene) =>
  scene.links.filter((l) => l.visible && l.emphasis === 'focus' && !l.label).map((l) => l.id);

const steps = dataset.story.sections
  .flatMap((s) => s.steps)
  .filter((s) => s.view.chart === 'network')
  .map((s) => [s.id, s.view as NetworkView] as const);

describe('highlighted link labels', () => {
  const layout = computeLayout(
    dataset.entities,
    dataset.relationships,
    storyGroups(dataset.story),
    storyViews(dataset.story),
  );

  it('are all drawn in every network step of the story', () => {
    const missing: string[] = [];
    let highlighted = 0;
    for (const [id, view] of steps)
      for (const width of widths) {
        const scene = buildScene({ ...dataset, layout, view, width });
        highlighted += scene.links.filter((l) => l.visible && l.emphasis === 'focus').length;
        missing.push(...unlabelled(scene).map((l) => `${id} at ${width}px: ${l}`));
      }
    expect(highlighted, 'some links are highlighted').toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('are seen missing by this check when a step is too crowded for them', () => {
    // The story's busiest step on the whole diagram's phone layout (no layout of its own): its links
    // bunch up and some highlighted ones find no room.
    const whole = { ...layout, views: {} };
    const crowded = steps.flatMap(([, view]) =>
      [336, 720].flatMap((width) => unlabelled(buildScene({ ...dataset, layout: whole, view, width }))),
    );
    expect(crowded.length).toBeGreaterThan(0);
  });
});
