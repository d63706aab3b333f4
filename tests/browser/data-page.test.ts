// The data page (/data/) of every edition: the charts' text twins. Each chart in the story links to its twin; the page lists
// every country, relationship and event with its evidence status and a link to each of its sources, and
// reads that way without JavaScript; the countries table sorts; every download is served.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type {
  Citation,
  Country,
  Event,
  Measure,
  Relationship,
  Source,
  Status,
} from '../../src/lib/data/schema';
import { citationIds } from '../../src/lib/data/provenance';
import { statusLabel, statusOrder } from '../../src/lib/charts/status';
import { setLocale } from '../../src/lib/paraglide/runtime.js';
import { m } from '../../src/lib/paraglide/messages.js';
import type { EditionId } from '../../src/lib/editions/editions';
import { sortByDate } from '../../src/lib/charts/timeline/dates';
import { closeBrowser, openPage, origin } from './harness';
import { editionDataset, editionIds, prefixOf } from './quality-content';

const read = <T>(f: string) => JSON.parse(readFileSync(f, 'utf8')) as T;
const countries = read<{ countries: Country[] }>('data/footprint.json').countries;
const relationships = read<{ relationships: Relationship[] }>('data/relationships.json').relationships;
const events = read<{ events: Event[] }>('data/events.json').events;
const sourceUrl = new Map(read<{ sources: Source[] }>('data/sources.json').sources.map((s) => [s.id, s.url]));
afterAll(closeBrowser);

interface Row {
  id: string;
  text: string;
  links: string[];
}
/** Each record's row on the page: its id, its text, and where its links go. */
const rowsOf = (page: Page, selector: string, idAttribute: string) =>
  page.$$eval(
    selector,
    (els, attr) =>
      els.map((el) => ({
        id: el.getAttribute(attr)!,
        text: (el.textContent ?? '').replace(/\s+/g, ' '),
        links: [...el.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
      })),
    idAttribute,
  );

/** Each status as an edition names it: the charts' own words (statusLabel), read in its locale. */
const statusIn = (id: EditionId): Record<Status, string> => {
  setLocale(id, { reload: false });
  try {
    return { ...statusLabel };
  } finally {
    setLocale('en', { reload: false });
  }
};

/** Problems with how rows show their records: missing rows, statuses or source links. */
function checkRows(
  rows: Row[],
  records: { id: string; status: Status; sources: Citation[] }[],
  statusLabel: Record<Status, string>,
): string[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const problems: string[] = [];
  for (const rec of records) {
    const row = byId.get(rec.id);
    if (!row) problems.push(`${rec.id}: no row`);
    else {
      if (!row.text.includes(statusLabel[rec.status])) problems.push(`${rec.id}: no status "${rec.status}"`);
      for (const s of citationIds(rec.sources))
        if (!row.links.includes(sourceUrl.get(s)!)) problems.push(`${rec.id}: no link to source ${s}`);
    }
  }
  if (rows.length !== records.length) problems.push(`${rows.length} rows for ${records.length} records`);
  return problems;
}

describe.each(editionIds)('the data page, %s edition', (id) => {
  const at = prefixOf(id);
  const statusLabel = statusIn(id);
  it('is where each chart of the story links for its text twin', async () => {
    const { page, problems, close } = await openPage(`${at}/`, { javaScript: false });
    const links = await page.$$eval('.block .twin a', (as) => [
      ...new Set(as.map((a) => (a as HTMLAnchorElement).href)),
    ]);
    expect(links.map((l) => new URL(l).pathname + new URL(l).hash).sort()).toEqual(
      ['countries', 'events', 'measures', 'relationships'].map((a) => `${at}/data/#${a}`),
    );
    for (const link of links) {
      await page.goto(link);
      const target = page.locator(new URL(link).hash);
      await expect.poll(() => target.count()).toBe(1);
      expect(await target.locator('h2').first().isVisible()).toBe(true);
    }
    expect(problems).toEqual([]);
    await close();
  });

  it('lists every government measure with its status, what was not read and a link to each source, without JavaScript', async () => {
    const { page, problems, close } = await openPage(`${at}/data/`, { javaScript: false, width: 360 });
    const all = read<{ sources: Source[] }>('data/sources.json').sources;
    // In the edition's words (a measure's "not read" note is translated).
    for (const measure of editionDataset(id).measures) {
      const item = page.locator(`[data-list="measures"] [data-measure="${measure.id}"]`);
      expect(await item.getAttribute('data-status')).toBe(measure.status);
      if (measure.notRead) expect(await item.textContent()).toContain(measure.notRead);
      const hrefs = await item
        .locator('.sources a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual(
        citationIds(measure.sources).flatMap((s) => all.find((x) => x.id === s)?.url ?? []),
      );
    }
    expect(problems).toEqual([]);
    await close();
  });

  it('lists every record with its status and a link to each source, without JavaScript', async () => {
    const { page, problems, close } = await openPage(`${at}/data/`, { javaScript: false, width: 360 });
    const countryRecords = countries.map((c) => ({ ...c, id: c.iso3 }));
    expect(
      checkRows(await rowsOf(page, '#countries tbody tr', 'data-iso3'), countryRecords, statusLabel),
    ).toEqual([]);
    expect(
      checkRows(
        await rowsOf(page, '#relationships tr[data-relationship]', 'data-relationship'),
        relationships,
        statusLabel,
      ),
    ).toEqual([]);
    const eventRows = await rowsOf(page, '#events li[data-event]', 'data-event');
    expect(checkRows(eventRows, events, statusLabel)).toEqual([]);
    expect(eventRows.map((r) => r.id)).toEqual(sortByDate(events).map((e) => e.id));
    // What each status means is on the page, in the charts' words.
    const legend = await page.locator('.statuses').textContent();
    for (const s of statusOrder) expect(legend).toContain(statusLabel[s]);
    // Narrow screens scroll wide tables inside their section, never the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(problems).toEqual([]);
    await close();
  });

  it('sorts the countries table by status', async () => {
    const { page, problems, close } = await openPage(`${at}/data/`);
    const table = page.locator('#countries table');
    const column = m.col_status({}, { locale: id });
    await table.locator('th button', { hasText: column }).click();
    expect(await table.locator('th[aria-sort]').textContent()).toContain(column);
    const statuses = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-status') as Status));
    const ranks = statuses.map((s) => statusOrder.indexOf(s));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(statuses.length).toBe(countries.length);
    expect(problems).toEqual([]);
    await close();
  });

  it('serves every download it offers, and links back to the story', async () => {
    const { page, problems, close } = await openPage(`${at}/data/`, { javaScript: false });
    const downloads = await page.$$eval('#downloads a[download]', (as) =>
      as.map((a) => (a as HTMLAnchorElement).href),
    );
    expect(downloads.length).toBeGreaterThanOrEqual(5);
    for (const url of downloads) {
      const res = await page.request.get(url);
      expect(res.status(), url).toBe(200);
      expect(res.headers()['content-type'], url).not.toContain('text/html');
    }
    await page.getByRole('link', { name: m.back_to_story({}, { locale: id }) }).click();
    await page.waitForURL(`${origin()}${at}/`);
    expect(problems).toEqual([]);
    await close();
  });
});
