// Provenance on the built site, with JavaScript off (issue #17): the story shows its updates under the byline
// and a right-of-reply section before the open questions; every row of the data page says how we know it,
// and the data page's source list says what each source is and what it rests on. What to expect comes from
// data/, so the test follows the editors' changes.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type {
  Citation,
  CountClaim,
  Country,
  Entity,
  Event,
  Measure,
  Relationship,
  Source,
  Story,
} from '../../src/lib/data/schema';
import { fillAll, namedValues } from '../../src/lib/data/counts';
import { howWeKnow, indexSources } from '../../src/lib/data/provenance';
import { latestByParty } from '../../src/lib/data/replies';
import { sourceKindLabel } from '../../src/lib/ui/sourceWords';
import { closeBrowser, openPage } from './harness';
import { squash, textRuns } from './quality-content';

const read = <T>(f: string) => JSON.parse(readFileSync(f, 'utf8')) as T;
const entities = read<{ entities: Entity[] }>('data/entities.json').entities;
const sources = read<{ sources: Source[] }>('data/sources.json').sources;
const { countries, claims } = read<{ countries: Country[]; claims: CountClaim[] }>('data/footprint.json');
const relationships = read<{ relationships: Relationship[] }>('data/relationships.json').relationships;
const events = read<{ events: Event[] }>('data/events.json').events;
const measures = read<{ measures: Measure[] }>('data/measures.json').measures;
// The story as the page prints it: its {named values} filled from the data.
const story = fillAll(
  read<Story>('data/story.json'),
  namedValues({ countries, claims, relationships, events, measures }),
);
const index = indexSources(sources);
const line = (citations: Citation[]) => `How we know: ${howWeKnow(citations, index)}`;
afterAll(closeBrowser);

/** Each element's id attribute and the text of its first how-we-know line ('' when it has none). */
const linesOf = (page: Page, selector: string, idAttribute: string) =>
  page.$$eval(
    selector,
    (els, attr) =>
      els.map((el) => [
        el.getAttribute(attr)!,
        (el.querySelector('.how-we-know')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ]),
    idAttribute,
  );

describe('provenance on the story page, without JavaScript', () => {
  it('links from under the byline to the dated corrections, each in full', async () => {
    const { page, problems, close } = await openPage('/', { javaScript: false, width: 360 });
    const updates = story.updates ?? [];
    const link = page.locator('header .corrected a[href="#updates"]');
    expect(await link.count()).toBe(updates.length ? 1 : 0);
    if (updates.length)
      expect(await link.locator('time').getAttribute('datetime')).toBe(updates.at(-1)!.date);
    const notes = page.locator('#updates [data-update]');
    expect(await notes.count()).toBe(updates.length);
    for (const [i, u] of updates.entries()) {
      const note = notes.nth(i);
      expect(await note.locator('time').getAttribute('datetime')).toBe(u.date);
      const text = squash((await note.textContent()) ?? '');
      for (const run of textRuns(u.text)) expect(text).toContain(run);
    }
    expect(problems).toEqual([]);
    await close();
  });

  it('gives each party its reply, after the story and before the open questions', async () => {
    const { page, problems, close } = await openPage('/', { javaScript: false, width: 360 });
    const responses = story.responses ?? [];
    const section = page.locator('#right-of-reply');
    expect(await section.count()).toBe(responses.length ? 1 : 0);
    if (responses.length) {
      expect(squash((await section.locator('h2').textContent()) ?? '')).toMatch(
        /^(Right of reply|What they said)$/,
      );
      // In reading order: after the last block of the story, before what we could not verify.
      const order = await page.evaluate(() => {
        const at = (el: Element | null) => [...document.querySelectorAll('*')].indexOf(el!);
        const blocks = document.querySelectorAll('[data-island][data-chart]');
        return {
          afterStory: at(document.getElementById('right-of-reply')) > at(blocks[blocks.length - 1]),
          beforeQuestions:
            at(document.getElementById('right-of-reply')) < at(document.getElementById('open-questions')),
        };
      });
      expect(order).toEqual({ afterStory: true, beforeQuestions: true });
      expect(await page.locator('nav.contents a[href="#right-of-reply"]').count()).toBe(1);
      const names = new Map(entities.map((e) => [e.id, e.name]));
      // Each party once, its latest response first; each response (earlier ones folded) with its own anchor.
      for (const { party, latest } of latestByParty(responses)) {
        const item = section.locator(`li[data-party="${party}"]`);
        expect(squash((await item.locator('h3').textContent()) ?? ''), party).toBe(names.get(party));
        expect(await item.locator('.reply').first().getAttribute('data-response'), party).toBe(latest.id);
      }
      for (const r of responses) {
        const item = section.locator(`#response-${r.id}`);
        const text = squash((await item.textContent()) ?? '');
        for (const run of textRuns(r.text)) expect(text, r.id).toContain(run);
        if (r.date) expect(await item.locator(`time[datetime="${r.date}"]`).count(), r.id).toBe(1);
        expect(squash((await item.locator('.how-we-know').textContent()) ?? ''), r.id).toBe(line(r.sources));
      }
    }
    // A source we never saw has no address: nothing on the page is a link to nowhere.
    expect(await page.locator('a:not([href])').count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });
});

describe('provenance on the data page, without JavaScript', () => {
  it('says how we know every country, place, relationship and event', async () => {
    const { page, problems, close } = await openPage('/data/', { javaScript: false, width: 360 });
    const expected = (records: { id: string; sources: Citation[] }[]) =>
      records.map((r) => [r.id, line(r.sources)]).sort();
    const got = async (selector: string, attr: string) => (await linesOf(page, selector, attr)).sort();
    // A country's own line is the one in its sources cell; its places have theirs.
    const countryLines = await page.$$eval('#countries tbody tr[data-iso3]', (rows) =>
      rows.map((tr) => [
        tr.getAttribute('data-iso3')!,
        (tr.querySelector('td.sources .how-we-know')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ]),
    );
    expect(countryLines.sort()).toEqual(expected(countries.map((c) => ({ ...c, id: c.iso3 }))));
    expect(await got('#countries [data-place]', 'data-place')).toEqual(
      expected(countries.flatMap((c) => c.places ?? [])),
    );
    expect(await got('#relationships tr[data-relationship]', 'data-relationship')).toEqual(
      expected(relationships),
    );
    expect(await got('#events li[data-event]', 'data-event')).toEqual(expected(events));
    expect(problems).toEqual([]);
    await close();
  });

  it('lists every source with its kind, what it rests on and what it copies', async () => {
    const { page, problems, close } = await openPage('/data/', { javaScript: false, width: 360 });
    const entries = await page.$$eval('#sources li[data-source]', (lis) =>
      lis.map((li) => ({
        id: li.getAttribute('data-source')!,
        anchor: li.id,
        kind: (li.querySelector('.kind')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        restsOn: [...li.querySelectorAll('.rests-on a')].map((a) => a.getAttribute('href')),
        copyOf: li.querySelector('.copy-of a')?.getAttribute('href') ?? null,
        outside: [...li.querySelectorAll('a[href^="http"]')].map((a) => (a as HTMLAnchorElement).href),
      })),
    );
    expect(entries.map((e) => e.id)).toEqual(sources.map((s) => s.id));
    for (const [i, s] of sources.entries()) {
      const e = entries[i];
      expect(e.anchor).toBe(`source-${s.id}`);
      expect(e.kind, s.id).toContain(sourceKindLabel[s.kind]);
      expect(e.restsOn, s.id).toEqual((s.restsOn ?? []).map((id) => `#source-${id}`));
      expect(e.copyOf, s.id).toBe(s.copyOf ? `#source-${s.copyOf}` : null);
      // Its own address if we have one (never a link for a source we did not see), then any others.
      const addresses = [s.url, ...(s.moreUrls ?? []), s.archiveUrl].filter((u): u is string => !!u);
      expect(e.outside, s.id).toEqual(addresses.map((u) => new URL(u).href));
    }
    expect(await page.locator('a:not([href])').count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });
});
