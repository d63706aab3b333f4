// Provenance as readers see it (issue #17): one source link everywhere (a copy labelled as one, a source we
// never saw as plain text), a "How we know" line on every card, row and list item, the source list's
// kinds and links, and the story's updates and right of reply. Small fixtures built here, never the live
// data: a chain relay → reporting → company, a record resting on what US officials said, an unseen source.
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import type { Country, Entity, Event, Relationship, Response, Source, Update } from '$lib/data/schema';
import SourceLink from '$lib/ui/SourceLink.svelte';
import Markup from '$lib/ui/Markup.svelte';
import SourceList from '$lib/ui/SourceList.svelte';
import MapCard from '$lib/charts/layers/MapCard.svelte';
import NetworkCard from '$lib/charts/layers/NetworkCard.svelte';
import TimelineCard from '$lib/charts/layers/TimelineCard.svelte';
import FootprintTable from '$lib/charts/FootprintTable.svelte';
import RelationshipList from '$lib/charts/RelationshipList.svelte';
import EventList from '$lib/charts/EventList.svelte';
import StoryUpdates from '$lib/story/sections/StoryUpdates.svelte';
import RightOfReply from '$lib/story/sections/RightOfReply.svelte';

const sources: Source[] = [
  {
    id: 'tiandy-posts',
    title: 'Tiandy project posts',
    publisher: 'Tiandy Technologies',
    kind: 'company',
    by: 'tiandy',
    name: "Tiandy's own posts",
    date: '2021-05',
    url: 'https://example.org/tiandy/posts',
  },
  {
    id: 'ipvm-2021',
    title: 'Tiandy sells to Iran',
    publisher: 'IPVM',
    kind: 'reporting',
    restsOn: ['tiandy-posts'],
    date: '2021-06-01',
    url: 'https://example.org/ipvm/tiandy-iran',
  },
  {
    id: 'nbc-relay',
    title: 'Chinese firm under scrutiny',
    publisher: 'NBC News',
    kind: 'relay',
    restsOn: ['ipvm-2021'],
    via: 'Yahoo News',
    date: '2022-12-01',
    url: 'https://example.org/yahoo/nbc-copy',
  },
  {
    id: 'us-officials',
    title: 'What US officials told reporters',
    publisher: 'US State Department',
    kind: 'official-statement',
    name: 'US officials',
    seen: false,
  },
  {
    id: 'heathrow-statement',
    title: "Heathrow spokesperson's statement",
    publisher: 'Heathrow Airport',
    kind: 'counterparty',
    by: 'heathrow',
    name: "Heathrow's spokesperson",
    denial: true,
    seen: false,
  },
  {
    id: 'nbc-mirror',
    title: 'Chinese firm under scrutiny (mirror)',
    publisher: 'NBC News',
    kind: 'relay',
    copyOf: 'nbc-relay',
    url: 'https://example.org/mirror/nbc',
  },
];
/** What each fixture record must say about how we know it. */
const chainLine = "Tiandy's own posts, as reported by IPVM and NBC News";

const entities: Entity[] = [
  { id: 'tiandy', name: 'Tiandy Technologies', kind: 'company', role: 'Camera maker' },
  { id: 'irgc', name: 'Islamic Revolutionary Guard Corps', kind: 'government', role: 'Customer' },
  { id: 'heathrow', name: 'Heathrow Airport', kind: 'company', role: 'Airport' },
];

const countries: Country[] = [
  {
    iso3: 'IRN',
    name: 'Iran',
    kind: 'sales-and-projects',
    presence: 'Sales to the IRGC [nbc-relay].',
    status: 'claimed',
    since: '2021',
    places: [
      {
        id: 'tehran',
        name: 'Tehran',
        role: 'Claimed project',
        lon: 51.4,
        lat: 35.7,
        status: 'claimed',
        sources: ['tiandy-posts'],
      },
    ],
    sources: ['nbc-relay'],
  },
  {
    iso3: 'GBR',
    name: 'United Kingdom',
    kind: 'claimed-project',
    presence: 'A claimed airport project, denied [nbc-relay].',
    status: 'denied',
    sources: [{ id: 'nbc-relay', restsOn: ['heathrow-statement'] }, 'nbc-relay'],
  },
];
const relationships: Relationship[] = [
  {
    id: 'tiandy-sells-irgc',
    from: 'tiandy',
    to: 'irgc',
    type: 'sells-to',
    label: 'sold cameras',
    date: '2021',
    status: 'claimed',
    sources: ['nbc-relay'],
  },
  {
    id: 'heathrow-denies',
    from: 'heathrow',
    to: 'tiandy',
    type: 'denies',
    label: 'no relationship',
    status: 'denied',
    sources: [{ id: 'nbc-relay', restsOn: ['heathrow-statement'] }],
  },
];
const events: Event[] = [
  {
    id: 'iran-sales',
    date: '2021-06-01',
    title: 'IPVM reports Iran sales',
    text: 'IPVM reports sales to Iran [ipvm-2021].',
    lane: 'reporting',
    actors: ['tiandy'],
    status: 'claimed',
    sources: ['nbc-relay'],
  },
  {
    id: 'officials-speak',
    date: '2022-12',
    title: 'Officials weigh action',
    text: 'US officials weigh action [nbc-relay].',
    lane: 'us-executive',
    actors: ['tiandy'],
    status: 'single-source',
    sources: [{ id: 'nbc-relay', restsOn: ['us-officials'] }],
  },
];

const html = <P extends Record<string, unknown>>(component: Component<P>, props: P) =>
  render(component, { props }).body;
// The server's markup, parsed by jsdom to query it. (Required, not imported: jsdom ships no types, and a
// jsdom test environment would compile the components for the browser instead of the server.)
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => { window: { document: Document } };
};
const dom = (body: string) => new JSDOM(`<!doctype html><body>${body}</body>`).window.document;
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const howWeKnowOf = (el: ParentNode) => squash(el.querySelector('.how-we-know')?.textContent);

describe('SourceLink', () => {
  it('links a source it has an address for, sending no referrer', () => {
    const a = dom(html(SourceLink, { source: sources[1] })).querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://example.org/ipvm/tiandy-iran');
    expect(a.getAttribute('rel')).toBe('noreferrer noopener');
    expect(a.getAttribute('target')).toBe('_blank');
    expect(squash(a.textContent)).toBe('Tiandy sells to Iran');
  });

  it('labels a link to another outlet’s copy as a copy', () => {
    const a = dom(html(SourceLink, { source: sources[2] })).querySelector('a')!;
    expect(squash(a.textContent)).toBe('Chinese firm under scrutiny (copy via Yahoo News)');
  });

  it('renders a source without an address as plain text, never a link', () => {
    const body = html(SourceLink, { source: sources[3] });
    expect(body).not.toContain('<a');
    expect(body).not.toContain('href');
    expect(squash(dom(body).body.textContent)).toBe('What US officials told reporters (not seen by us)');
  });

  it('gives citations straight to the source the same treatment', () => {
    const cite = (id: string) =>
      html(Markup, { text: `Officials spoke [${id}].`, sources, citations: 'to-source' as const });
    expect(cite('us-officials')).not.toContain('<a');
    expect(squash(dom(cite('us-officials')).body.textContent)).toContain(
      'US State Department (not seen by us)',
    );
    expect(squash(dom(cite('nbc-relay')).querySelector('a')?.textContent)).toBe(
      'NBC News (copy via Yahoo News)',
    );
    // The story's own citations still point at its source list.
    expect(html(Markup, { text: '[us-officials]', sources })).toContain('href="#source-us-officials"');
  });
});

describe('How we know, on every card', () => {
  it('the map card follows the chain to its root', () => {
    const doc = dom(html(MapCard, { country: countries[0], sources }));
    expect(howWeKnowOf(doc)).toBe(`How we know: ${chainLine}`);
    expect([...doc.querySelectorAll('.card-sources a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/yahoo/nbc-copy',
    ]);
  });

  it('the map card uses what a citation says it rests on, and lists the source once', () => {
    const doc = dom(html(MapCard, { country: countries[1], sources }));
    expect(howWeKnowOf(doc)).toBe(
      `How we know: Heathrow's spokesperson, as reported by NBC News; ${chainLine}`,
    );
    expect(doc.querySelectorAll('.card-sources li')).toHaveLength(1);
  });

  it('the diagram card of a link', () => {
    const props = {
      subject: { kind: 'link' as const, rel: relationships[1] },
      names: new Map(entities.map((e) => [e.id, e.name])),
      sources,
      onselectlink: () => {},
    };
    const doc = dom(html(NetworkCard, props));
    expect(howWeKnowOf(doc)).toBe("How we know: Heathrow's spokesperson, as reported by NBC News");
    expect(doc.querySelectorAll('.sources a')).toHaveLength(1);
  });

  it('the timeline card', () => {
    const props = { event: events[1], entities, sources };
    expect(howWeKnowOf(dom(html(TimelineCard, props)))).toBe(
      'How we know: US officials, as reported by NBC News',
    );
  });
});

describe('How we know, on every row of the text twins', () => {
  it('the countries table: each country, and each of its places', () => {
    const doc = dom(html(FootprintTable, { countries, sources }));
    const rows = [...doc.querySelectorAll('tbody tr[data-iso3]')];
    expect(rows).toHaveLength(countries.length);
    const iran = doc.querySelector('tr[data-iso3="IRN"]')!;
    expect(howWeKnowOf(iran.querySelector('td.sources')!)).toBe(`How we know: ${chainLine}`);
    expect(howWeKnowOf(iran.querySelector('[data-place="tehran"]')!)).toBe("How we know: Tiandy's own posts");
    for (const row of rows) expect(row.querySelector('.how-we-know'), row.id).not.toBeNull();
  });

  it('the relationship list', () => {
    const doc = dom(html(RelationshipList, { entities, relationships, sources }));
    const rows = [...doc.querySelectorAll('tr[data-relationship]')];
    expect(rows.map((r) => [r.getAttribute('data-relationship'), howWeKnowOf(r)])).toEqual([
      ['tiandy-sells-irgc', `How we know: ${chainLine}`],
      ['heathrow-denies', "How we know: Heathrow's spokesperson, as reported by NBC News"],
    ]);
  });

  it('the event list', () => {
    const doc = dom(html(EventList, { events, entities, sources }));
    const items = [...doc.querySelectorAll('li[data-event]')];
    expect(items.map((r) => [r.getAttribute('data-event'), howWeKnowOf(r)])).toEqual([
      ['iran-sales', `How we know: ${chainLine}`],
      ['officials-speak', 'How we know: US officials, as reported by NBC News'],
    ]);
  });
});

describe('the source list of the data page', () => {
  const doc = dom(html(SourceList, { sources }));
  const entry = (id: string) => doc.getElementById(`source-${id}`)!;

  it('says what each source is, in words', () => {
    expect(squash(entry('tiandy-posts').querySelector('.kind')?.textContent)).toBe("Tiandy's own material");
    expect(squash(entry('ipvm-2021').querySelector('.kind')?.textContent)).toBe('Original reporting');
    expect(squash(entry('nbc-relay').querySelector('.kind')?.textContent)).toBe('Relays others');
    expect(squash(entry('heathrow-statement').querySelector('.kind')?.textContent)).toContain(
      "A counterparty's statement",
    );
  });

  it('links what a source rests on, and what it copies, to their entries', () => {
    const rests = entry('nbc-relay').querySelector('.rests-on')!;
    expect(squash(rests.textContent)).toBe('Rests on: IPVM, 1 Jun 2021');
    expect(rests.querySelector('a')?.getAttribute('href')).toBe('#source-ipvm-2021');
    const copy = entry('nbc-mirror').querySelector('.copy-of')!;
    expect(squash(copy.textContent)).toBe('Copy of NBC News, 1 Dec 2022');
    expect(copy.querySelector('a')?.getAttribute('href')).toBe('#source-nbc-relay');
  });

  it('lists a source it never saw without a link', () => {
    expect(entry('us-officials').querySelector('a[href^="http"]')).toBeNull();
    expect(squash(entry('us-officials').textContent)).toContain('not seen by us');
    expect(doc.querySelectorAll('a:not([href])')).toHaveLength(0);
  });
});

describe('the story: updates and right of reply', () => {
  it('dates each update and renders its words', () => {
    const updates: Update[] = [
      { date: '2026-12-02', text: 'Added *Heathrow’s* denial [heathrow-statement].' },
      { date: '2027-01', text: 'Corrected a date.' },
    ];
    const doc = dom(html(StoryUpdates, { updates, sources }));
    expect(squash(doc.querySelector('#updates h2')?.textContent)).toBe('Corrections and updates');
    const notes = [...doc.querySelectorAll('#updates p')];
    expect(notes.map((p) => squash(p.textContent))).toEqual([
      // A citation in the story points at its source list, where the source's own note is.
      '2 December 2026: Added Heathrow’s denial Heathrow Airport.',
      'January 2027: Corrected a date.',
    ]);
    expect(notes.map((p) => p.querySelector('time')?.getAttribute('datetime'))).toEqual([
      '2026-12-02',
      '2027-01',
    ]);
    expect(notes[0].querySelector('em')?.textContent).toBe('Heathrow’s');
  });

  it('leaves no trace without updates', () => {
    expect(html(StoryUpdates, { updates: [], sources })).not.toContain('updates');
  });

  it('gives each party its name, who asked, what came back, the date, words, sources and how we know', () => {
    const responses: Response[] = [
      {
        id: 'heathrow',
        party: 'heathrow',
        askedBy: 'heathrow',
        answer: 'replied',
        date: '2022-12-01',
        text: 'Heathrow said it has no relationship with Tiandy.',
        sources: [{ id: 'nbc-relay', restsOn: ['heathrow-statement'] }],
      },
      {
        id: 'tiandy',
        party: 'tiandy',
        answer: 'statement',
        text: 'Tiandy did not respond to requests for comment [nbc-relay].',
        sources: ['nbc-relay'],
      },
    ];
    const doc = dom(html(RightOfReply, { responses, entities, sources }));
    expect(squash(doc.querySelector('h2')?.textContent)).toBe('Right of reply');
    const items = [...doc.querySelectorAll('li[data-party]')];
    expect(items.map((li) => squash(li.querySelector('h3')?.textContent))).toEqual([
      'Heathrow Airport',
      'Tiandy Technologies',
    ]);
    expect(items.map((li) => squash(li.querySelector('.asked')?.textContent))).toEqual([
      'Asked by Heathrow Airport: replied, 1 Dec 2022',
      'Public statement, not in reply to a request',
    ]);
    expect(items[0].querySelector('time')?.getAttribute('datetime')).toBe('2022-12-01');
    // Sources the text does not cite are cited after it; those it cites are not cited twice.
    expect(items[0].querySelector('.cite a')?.getAttribute('href')).toBe('#source-nbc-relay');
    expect(items[1].querySelectorAll('.cite')).toHaveLength(1);
    expect(items.map(howWeKnowOf)).toEqual([
      "How we know: Heathrow's spokesperson, as reported by NBC News",
      `How we know: ${chainLine}`,
    ]);
  });

  it("shows each party's latest response first, folds the earlier ones, and says whether this newsroom asked", () => {
    const reply = (id: string, date: string, askedBy: string): Response => ({
      id,
      party: 'tiandy',
      askedBy,
      answer: 'no-reply',
      date,
      text: `No reply (${id}).`,
      sources: ['nbc-relay'],
    });
    const others = [reply('old', '2022-12', 'heathrow'), reply('newer', '2023-02-04', 'heathrow')];
    const doc = dom(html(RightOfReply, { responses: others, entities, sources }));
    const party = doc.querySelector('li[data-party="tiandy"]')!;
    expect(party.getAttribute('data-response')).toBe('newer');
    expect(
      [...party.querySelectorAll('details [data-response]')].map((e) => e.getAttribute('data-response')),
    ).toEqual(['old']);
    expect(squash(doc.querySelector('.lead')?.textContent)).toMatch(/has not itself asked any of them/);

    const ours = dom(
      html(RightOfReply, {
        responses: [...others, reply('ours', '2026-12-07', 'this-newsroom')],
        entities,
        sources,
      }),
    );
    expect(ours.querySelector('li[data-party="tiandy"]')?.getAttribute('data-response')).toBe('ours');
    expect(squash(ours.querySelector('li[data-party="tiandy"] .asked')?.textContent)).toBe(
      'Asked by this newsroom: did not reply, 7 Dec 2026',
    );
    expect(squash(ours.querySelector('.lead')?.textContent)).not.toMatch(/has not itself asked/);
  });

  it('leaves no section without responses', () => {
    expect(html(RightOfReply, { responses: [], entities, sources })).not.toContain('right-of-reply');
  });
});
