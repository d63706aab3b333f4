// The story's citations on a phone (issue #27): one small number per source instead of a bracketed
// publisher, still one link to the source's entry in the page's list, with the publisher as the link's
// words for screen readers. Numbers follow the source list, numbered on from one group to the next.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { createRequire } from 'node:module';
import type { Dataset, Source } from '$lib/data/schema';
import Markup from '$lib/ui/Markup.svelte';
import { sourceNumbers } from '$lib/story/sourceNumbers';
import { sourceGroups } from '$lib/story/sourceGroups';
import { storyData } from '../fixtures/story';

// jsdom ships no types; the provenance tests read it the same way.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => { window: { document: Document } };
};

const sources = [
  { id: 'nbc-2022', title: 'Chips to Iran', publisher: 'NBC News' },
  { id: 'ipvm-2021', title: 'Tiandy sells to Iran', publisher: 'IPVM' },
] as Source[];
const cite = (text: string, numbers?: ReadonlyMap<string, number>) =>
  new JSDOM(render(Markup, { props: { text, sources, numbers } }).body).window.document;

describe('numbered citations', () => {
  const numbers = new Map([
    ['nbc-2022', 3],
    ['ipvm-2021', 12],
  ]);

  it('draws each source as its number, linked to its entry, named for screen readers', () => {
    const doc = cite('Intel chips [nbc-2022, ipvm-2021].', numbers);
    const links = [...doc.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['#source-nbc-2022', '#source-ipvm-2021']);
    expect(links.map((a) => a.querySelector('.n')?.textContent)).toEqual(['3', '12']);
    // The number is hidden from screen readers, the publisher is not: the link says whose it is.
    expect(links.every((a) => a.querySelector('.n')?.getAttribute('aria-hidden') === 'true')).toBe(true);
    expect(links.map((a) => a.querySelector('.name')?.textContent)).toEqual(['NBC News', 'IPVM']);
    expect(links.map((a) => a.title)).toEqual(['Chips to Iran', 'Tiandy sells to Iran']);
  });

  it('keeps the bracketed publisher where there are no numbers', () => {
    const doc = cite('Intel chips [nbc-2022].');
    expect(doc.querySelector('.n')).toBeNull();
    expect(doc.querySelector('a')?.textContent).toBe('NBC News');
  });
});

describe('source numbers', () => {
  it('number every source once, 1 up, in the order of the source list', () => {
    const data = storyData() as Dataset;
    const numbers = sourceNumbers(data);
    const listed = sourceGroups(data).flatMap((g) => g.sources.map((s) => s.id));
    expect([...numbers.keys()]).toEqual(listed);
    expect([...numbers.values()]).toEqual(listed.map((_, i) => i + 1));
    expect(new Set(listed).size).toBe(data.sources.length);
  });
});
