// Provenance on the built site of every edition, with JavaScript off (issue #17): the story shows its updates under the byline
// and a right-of-reply section before the open questions; every row of the data page says how we know it,
// and the data page's source list says what each source is and what it rests on. What to expect comes from
// data/, so the test follows the editors' changes.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Citation } from '../../src/lib/data/schema';
import { howWeKnow, indexSources } from '../../src/lib/data/provenance';
import { latestByParty } from '../../src/lib/data/replies';
import { howWeKnowWords, sourceKindLabel } from '../../src/lib/ui/sourceWords';
import { m } from '../../src/lib/paraglide/messages.js';
import { setLocale } from '../../src/lib/paraglide/runtime.js';
import type { EditionId } from '../../src/lib/editions/editions';
import { closeBrowser, openPage } from './harness';
import { editionDataset, editionIds, prefixOf, squash, textRuns } from './quality-content';

/** An edition's records and story as its pages print them, and its How-we-know line for a record's
 * sources, in its words (the messages read in the edition's locale). */
function editionOf(id: EditionId) {
  const d = editionDataset(id);
  const index = indexSources(d.sources);
  /** A message read in the edition's locale (the page's words), then back to English. */
  const say = <T>(message: () => T) => {
    setLocale(id, { reload: false });
    try {
      return message();
    } finally {
      setLocale('en', { reload: false });
    }
  };
  const line = (citations: Citation[]) =>
    say(() => `${m.how_we_know()} ${howWeKnow(citations, index, howWeKnowWords)}`);
  return { ...d, line, say };
}
/** Text compared whatever the spaces: Chinese sets none beside full-width punctuation. */
const bare = (text: string) => text.replace(/\s+/g, '');
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

describe.each(editionIds)('provenance on the %s story page, without JavaScript', (id) => {
  const { story, entities, line, say } = editionOf(id);
  const at = prefixOf(id);
  it('links from under the byline to the dated corrections, each in full', async () => {
    const { page, problems, close } = await openPage(`${at}/`, { javaScript: false, width: 360 });
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
    const { page, problems, close } = await openPage(`${at}/`, { javaScript: false, width: 360 });
    const responses = story.responses ?? [];
    const section = page.locator('#right-of-reply');
    expect(await section.count()).toBe(responses.length ? 1 : 0);
    if (responses.length) {
      expect(squash((await section.locator('h2').textContent()) ?? '')).toBe(say(() => m.right_of_reply()));
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
        expect(bare((await item.locator('.how-we-know').textContent()) ?? ''), r.id).toBe(
          bare(line(r.sources)),
        );
      }
    }
    // A source we never saw has no address: nothing on the page is a link to nowhere.
    expect(await page.locator('a:not([href])').count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });
});

describe.each(editionIds)('provenance on the %s data page, without JavaScript', (id) => {
  const { countries, relationships, events, sources, line, say } = editionOf(id);
  const at = prefixOf(id);
  it('says how we know every country, place, relationship and event', async () => {
    const { page, problems, close } = await openPage(`${at}/data/`, { javaScript: false, width: 360 });
    const expected = (records: { id: string; sources: Citation[] }[]) =>
      records.map((r) => [r.id, bare(line(r.sources))]).sort();
    const got = async (selector: string, attr: string) =>
      (await linesOf(page, selector, attr)).map(([k, v]) => [k, bare(v)]).sort();
    // A country's own line is the one in its sources cell; its places have theirs.
    const countryLines = await page.$$eval('#countries tbody tr[data-iso3]', (rows) =>
      rows.map((tr) => [
        tr.getAttribute('data-iso3')!,
        (tr.querySelector('td.sources .how-we-know')?.textContent ?? '').replace(/\s+/g, ''),
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
    const { page, problems, close } = await openPage(`${at}/data/`, { javaScript: false, width: 360 });
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
      expect(e.kind, s.id).toContain(say(() => sourceKindLabel[s.kind]));
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
