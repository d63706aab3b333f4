// Server render of the relationship diagram and its text twin, with the frozen story dataset.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import RelationshipDiagram from '$lib/charts/RelationshipDiagram.svelte';
import RelationshipList from '$lib/charts/RelationshipList.svelte';
import type { NetworkView } from '$lib/data/schema';
import { citationIds } from '../../src/lib/data/provenance';
import { renders, storyData, storyLayout } from '../fixtures/story';

const dataset = storyData();
const { entities, relationships, sources } = dataset;
const layout = storyLayout();
const steps = dataset.story.sections.flatMap((s) => s.steps).filter((s) => s.view.chart === 'network');
const draw = (view: Partial<NetworkView>, width: number, reducedMotion = false) =>
  render(RelationshipDiagram, {
    props: {
      entities,
      relationships,
      sources,
      layout,
      view,
      width,
      reducedMotion,
      label: 'Who is linked to Tiandy',
    },
  }).body;
const count = (body: string, pattern: RegExp) => body.match(pattern)?.length ?? 0;

describe('RelationshipDiagram (server render)', () => {
  it('draws every entity and every relationship with its hook', () => {
    const body = draw({}, 1280);
    expect(body).toContain('data-chart="network"');
    expect(body).toContain('data-layout="wide"');
    expect(body).toContain('data-view-nodes="all"');
    // Every entity with a relationship; one with none would float, and is not drawn.
    const ends = new Set(relationships.filter((r) => r.from !== r.to).flatMap((r) => [r.from, r.to]));
    for (const e of entities) expect(body.includes(`data-entity="${e.id}"`), e.id).toBe(ends.has(e.id));
    for (const r of relationships) expect(body).toContain(`data-relationship="${r.id}"`);
    expect(count(body, /data-visible="false"/g)).toBe(0);
  });

  it('switches to the phone layout below 600px', () => {
    expect(draw({}, 599)).toContain('data-layout="narrow"');
    expect(draw({}, 600)).toContain('data-layout="wide"');
  });

  it.each(steps.map((s) => [s.id, s.view as NetworkView]))(
    'reflects step %s in its data attributes',
    (_, view) => {
      const body = draw(view, 360);
      expect(body).toContain(`data-view-nodes="${view.nodes!.join(' ')}"`);
      expect(body).toContain(`data-view-reveal="${(view.reveal ?? []).join(' ')}"`);
      // Only what the step shows is drawn: the links it reveals, and the nodes they join.
      const links = relationships.filter(
        (r) => view.nodes!.includes(r.from) && view.nodes!.includes(r.to) && view.reveal!.includes(r.id),
      );
      for (const r of relationships)
        expect(body.includes(`data-relationship="${r.id}"`), r.id).toBe(links.includes(r));
      const ends = new Set(links.flatMap((r) => [r.from, r.to]));
      for (const e of entities) {
        if (ends.has(e.id))
          expect(body, e.id).toMatch(new RegExp(`data-entity="${e.id}" data-visible="true"`));
        else expect(body, e.id).not.toContain(`data-entity="${e.id}"`);
      }
    },
  );

  it('numbers the revealed links for the fade-in and cuts under reduced motion', () => {
    const view = steps.find((s) => s.id === 'intel-exit')!.view as NetworkView;
    const body = draw(view, 1280);
    view.reveal!.forEach((id, i) =>
      expect(body).toMatch(new RegExp(`data-relationship="${id}"[^>]*data-reveal="${i}"`)),
    );
    expect(body, 'no style attributes: the CSP blocks them').not.toMatch(/ style="/);
    expect(draw(view, 1280, true)).toMatch(/class="network[^"]* cut"/);
  });

  it('keeps one node and one link in the tab order', () => {
    const body = draw({}, 1280);
    expect(count(body, /data-entity="[^"]+"[^>]*tabindex="0"/g)).toBe(1);
    expect(body).toMatch(/data-entity="tiandy"[^>]*tabindex="0"/);
    expect(count(body, /data-relationship="[^"]+"[^>]*tabindex="0"/g)).toBe(1);
  });

  it('draws the default view as before at 360 and 1280px', async () => {
    await expect(draw({}, 360)).toMatchFileSnapshot(`${renders}/network-360.html`);
    await expect(draw({}, 1280)).toMatchFileSnapshot(`${renders}/network-1280.html`);
  });

  it('draws the Iran step as before at 360 and 1280px', async () => {
    const view = steps.find((s) => s.id === 'iran-customers')?.view as NetworkView;
    await expect(draw(view, 360)).toMatchFileSnapshot(`${renders}/network-iran-360.html`);
    await expect(draw(view, 1280)).toMatchFileSnapshot(`${renders}/network-iran-1280.html`);
  });
});

describe('RelationshipList (server render)', () => {
  const body = render(RelationshipList, { props: { entities, relationships, sources } }).body;

  it('lists every relationship once, grouped under the actor it starts from', () => {
    for (const r of relationships)
      expect(count(body, new RegExp(`data-relationship="${r.id}"`, 'g'))).toBe(1);
    const groups = [...body.matchAll(/data-group="([^"]+)"/g)].map((m) => m[1]);
    expect(groups[0]).toBe('tiandy');
    expect(new Set(groups)).toEqual(new Set(relationships.map((r) => r.from)));
  });

  it('links every source with its publisher and opens it safely', () => {
    // Sources known only through others have no address, so no link.
    const urls = relationships.map((r) =>
      citationIds(r.sources).flatMap((id) => sources.find((x) => x.id === id)?.url ?? []),
    );
    for (const url of urls.flat()) expect(body).toContain(`href="${url.replace(/&/g, '&amp;')}"`);
    expect(count(body, /rel="noreferrer noopener" target="_blank"/g)).toBe(urls.flat().length);
  });

  it('prints the status words', () => {
    expect(body).toContain("Tiandy's claim");
    expect(body).toContain('Single source');
    expect(body).toContain('Denied');
  });
});
