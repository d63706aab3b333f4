import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import FootprintMap from '$lib/charts/FootprintMap.svelte';
import FootprintTable from '$lib/charts/FootprintTable.svelte';
import StatusLegend from '$lib/charts/layers/StatusLegend.svelte';
import { statusOrder } from '$lib/charts/status';
import { loadMapGeometry } from '$lib/geo/geometry.server';
import type { MapView } from '$lib/data/schema';
import { renders, storyData } from '../fixtures/story';

// The frozen story dataset, never data/: the stored renders must not change when an editor edits data/.
const { countries, claims, sources } = storyData();
const data = { countries, claims, sources };
const geometry = loadMapGeometry();
const props = (view: Partial<MapView>, width: number) => ({
  geometry,
  ...data,
  view: { chart: 'map' as const, ...view },
  width,
  label: 'Map of the countries where public records place Tiandy',
});
const renderMap = (view: Partial<MapView>, width = 640) =>
  render(FootprintMap, { props: props(view, width) }).body;

/** Set MAP_PREVIEW=dir to write standalone HTML pages for screenshots. */
function preview(name: string, body: string, head: string) {
  const dir = process.env.MAP_PREVIEW;
  if (dir)
    writeFileSync(`${dir}/${name}.html`, `<!doctype html><meta charset="utf-8">${head}<body>${body}</body>`);
}

describe('FootprintMap (server render)', () => {
  it('draws every shape with its ISO3 code, a marker only for a record, and a status where there is one', () => {
    const body = renderMap({});
    const recorded = new Set(data.countries.map((c) => c.iso3));
    for (const s of geometry.shapes) expect(body).toContain(`data-iso3="${s.iso3}"`);
    for (const m of geometry.markers)
      if (!geometry.shapes.some((s) => s.iso3 === m.iso3))
        expect(body.includes(`data-iso3="${m.iso3}"`), m.iso3).toBe(recorded.has(m.iso3));
    for (const c of data.countries)
      expect(body).toMatch(new RegExp(`data-iso3="${c.iso3}" data-status="${c.status}"`));
  });

  it('makes each documented country a focusable button named by status and presence', () => {
    const body = renderMap({});
    const buttons = [...body.matchAll(/role="button" aria-label="([^"]+)"/g)].map((m) => m[1]);
    expect(buttons).toHaveLength(data.countries.length);
    expect(buttons.some((b) => b.startsWith('Iran: Confirmed — sales and projects'))).toBe(true);
    expect(body.match(/tabindex="0"/g)).toHaveLength(data.countries.length);
  });

  it('reflects the view in data attributes and zooms with a transform', () => {
    const body = renderMap({ region: 'middle-east', highlight: ['IRN'], statuses: ['confirmed'] });
    expect(body).toContain('data-chart="map"');
    expect(body).toContain('data-region="middle-east"');
    expect(body).toContain('data-highlight="IRN"');
    expect(body).toContain('data-statuses="confirmed"');
    expect(body).toMatch(/class="zoom[^"]*" transform="translate\([\d.-]+ [\d.-]+\) scale\(([\d.]+)\)"/);
    // Filtering keeps every shape (the hydration read-back needs them) but only confirmed ones are buttons.
    expect(body.match(/role="button"/g)).toHaveLength(
      data.countries.filter((c) => c.status === 'confirmed').length,
    );
    for (const s of geometry.shapes) expect(body).toContain(`data-iso3="${s.iso3}"`);
  });

  it('labels the places from footprint.json', () => {
    const body = renderMap({ region: 'middle-east' }, 1280);
    for (const c of data.countries)
      for (const p of c.places ?? []) expect(body).toContain(`data-place="${p.id}"`);
    expect(body).toContain('>Khomam</text>');
  });

  it('draws the claimed-versus-documented comparison when asked', () => {
    const body = renderMap({ showClaim: true });
    const claimed = Math.max(...data.claims.map((c) => c.count));
    expect(body).toContain(`data-claimed="${claimed}"`);
    expect(body).toContain(`data-documented="${data.countries.length}"`);
    expect(body.match(/class="documented/g)).toHaveLength(data.countries.length);
    const panel = body.slice(body.indexOf('class="map-claim'));
    // Every claim in its own words (branches are one claim, export markets another).
    for (const c of data.claims) expect(panel).toContain(`data-claim-id="${c.id}"`);
    // A row per status the named countries have, and an open row for the rest, which is never counted: no
    // square per claimed country, and no "claimed minus named" figure.
    const groups = [...panel.matchAll(/data-group="([a-z-]+)"/g)].map((m) => m[1]);
    expect(groups).toEqual([
      ...statusOrder.filter((st) => data.countries.some((c) => c.status === st)),
      'rest',
    ]);
    expect(panel).not.toMatch(new RegExp(`\\b${claimed - data.countries.length}\\b`));
    expect(panel.match(/<svg class="documented/g)!.length).toBeLessThan(claimed);
    // Views without the claim keep it in the page (prerendered once), hidden.
    expect(body).toMatch(/<div class="claim[^"]*">/);
    expect(renderMap({})).toMatch(/<div class="claim[^"]*" hidden="">/);
  });

  it.each([360, 1280])('renders the world at %i px as before', async (width) => {
    const body = renderMap({ showClaim: true }, width);
    preview(`map-world-${width}`, body, render(FootprintMap, { props: props({}, width) }).head);
    await expect(body).toMatchFileSnapshot(`${renders}/map-world-${width}.html`);
  });

  it.each([360, 1280])('renders the Middle East at %i px as before', async (width) => {
    const body = renderMap({ region: 'middle-east', highlight: ['IRN', 'IRQ', 'TKM'] }, width);
    preview(`map-me-${width}`, body, '');
    await expect(body).toMatchFileSnapshot(`${renders}/map-middle-east-${width}.html`);
  });
});

describe('FootprintTable (server render)', () => {
  it('lists every documented country with status and source links, sorted by country', () => {
    const { body } = render(FootprintTable, { props: { countries: data.countries, sources: data.sources } });
    preview('table', body, '');
    const rows = [...body.matchAll(/<tr data-iso3="([A-Z]{3})"/g)].map((m) => m[1]);
    const byName = [...data.countries].sort((a, b) => a.name.localeCompare(b.name, 'en')).map((c) => c.iso3);
    expect(rows).toEqual(byName);
    expect(body).toContain('aria-sort="ascending"');
    expect(body).toContain('rel="noreferrer noopener"');
  });
});

describe('StatusLegend', () => {
  // Every status is in the HTML, so that the browser can show another view's without redrawing: the others
  // are hidden.
  const shownOf = (body: string) =>
    [...body.matchAll(/<li data-status="([a-z-]+)"( hidden)?/g)].filter((m) => !m[2]).map((m) => m[1]);
  it('shows all statuses by default, or the given ones', () => {
    expect(shownOf(render(StatusLegend, { props: {} }).body)).toEqual(statusOrder);
    const { body } = render(StatusLegend, { props: { statuses: ['denied'] } });
    expect(shownOf(body)).toEqual(['denied']);
    expect(body.match(/<li data-status/g)).toHaveLength(4);
  });
});
