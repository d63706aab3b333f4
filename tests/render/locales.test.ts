// Every interface word is the edition's: components rendered in Persian and Chinese, from fixtures whose
// data text is not in Latin letters, leave no Latin word in their text, titles or accessible names. (Data
// text is translated apart, in data/translations/; acronyms such as JSON stay Latin and are listed.)
import { afterAll, describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import type { Country, Entity, Event, Relationship, Response, Source } from '$lib/data/schema';
import { setLocale, type Locale } from '$lib/paraglide/runtime.js';
import { indexSources } from '$lib/data/provenance';
import StatusLegend from '$lib/charts/layers/StatusLegend.svelte';
import TimelineLegend from '$lib/charts/layers/TimelineLegend.svelte';
import NetworkLegend from '$lib/charts/layers/NetworkLegend.svelte';
import MapCard from '$lib/charts/layers/MapCard.svelte';
import NetworkCard from '$lib/charts/layers/NetworkCard.svelte';
import TimelineCard from '$lib/charts/layers/TimelineCard.svelte';
import FootprintTable from '$lib/charts/FootprintTable.svelte';
import RelationshipList from '$lib/charts/RelationshipList.svelte';
import EventList from '$lib/charts/EventList.svelte';
import SourceList from '$lib/ui/SourceList.svelte';
import HowWeKnow from '$lib/ui/HowWeKnow.svelte';
import RightOfReply from '$lib/story/sections/RightOfReply.svelte';
import StoryStepper from '$lib/story/StoryStepper.svelte';

const d = 'داده'; // every data text: any Latin word left in the output is the interface's
const sources: Source[] = [
  { id: 's1', title: d, publisher: d, kind: 'company', by: 't', url: 'https://example.org/1' },
  {
    id: 's2',
    title: d,
    publisher: 'منبع',
    kind: 'reporting',
    restsOn: ['s1'],
    via: d,
    url: 'https://e.org/2',
  },
  { id: 's3', title: d, publisher: 'رله', kind: 'relay', restsOn: ['s2'], copyOf: 's2', seen: false },
];
const entities: Entity[] = [
  { id: 'a', name: d, kind: 'company', role: d },
  { id: 'b', name: 'دیگر', kind: 'government', role: d },
];
const rel: Relationship = {
  id: 'a-b',
  from: 'a',
  to: 'b',
  type: 'reportedly-sells-to',
  label: d,
  status: 'single-source',
  sources: ['s3'],
};
const country: Country = {
  iso3: 'IRN',
  name: d,
  kind: 'sales-and-projects',
  presence: `${d} [s2].`,
  status: 'claimed',
  places: [{ id: 'p', name: d, role: d, lon: 51, lat: 35, status: 'claimed', sources: ['s1'] }],
  sources: ['s2', 's3'],
};
const event = {
  id: 'e',
  date: '2022',
  lane: 'us-executive',
  title: d,
  text: d,
  actors: ['a'],
  status: 'confirmed',
  sources: ['s2'],
} as unknown as Event;
const response = {
  id: 'r',
  party: 'a',
  askedBy: 'b',
  answer: 'declined',
  text: d,
  sources: ['s2'],
} as unknown as Response;
const steps = [{ id: 'x' }, { id: 'y' }] as never[];

// Each entry's props are checked by hand: the list mixes components of different props.
type Props = Record<string, unknown>;
const renders: [string, Component<Props>, Props][] = [
  ['StatusLegend', StatusLegend as unknown as Component<Props>, { descriptions: true }],
  ['TimelineLegend', TimelineLegend as unknown as Component<Props>, {}],
  ['NetworkLegend', NetworkLegend as unknown as Component<Props>, {}],
  ['MapCard', MapCard as unknown as Component<Props>, { country, sources }],
  [
    'NetworkCard link',
    NetworkCard as unknown as Component<Props>,
    { subject: { kind: 'link', rel }, names: new Map(), sources, onselectlink: () => {} },
  ],
  [
    'NetworkCard node',
    NetworkCard as unknown as Component<Props>,
    {
      subject: { kind: 'node', entity: entities[0], links: [rel] },
      names: new Map(),
      sources,
      onselectlink: () => {},
    },
  ],
  ['TimelineCard', TimelineCard as unknown as Component<Props>, { event, entities, sources }],
  ['FootprintTable', FootprintTable as unknown as Component<Props>, { countries: [country], sources }],
  [
    'RelationshipList',
    RelationshipList as unknown as Component<Props>,
    { entities, relationships: [rel], sources },
  ],
  ['EventList', EventList as unknown as Component<Props>, { events: [event], entities, sources }],
  ['SourceList', SourceList as unknown as Component<Props>, { sources }],
  [
    'HowWeKnow',
    HowWeKnow as unknown as Component<Props>,
    { citations: ['s3'], index: indexSources(sources) },
  ],
  ['RightOfReply', RightOfReply as unknown as Component<Props>, { responses: [response], entities, sources }],
  ['StoryStepper', StoryStepper as unknown as Component<Props>, { steps, current: steps[0], ongo: () => {} }],
];

/** What a reader meets: text between tags and the titles and accessible names, without styles. */
function readerText(html: string): string {
  const attributes = [...html.matchAll(/\s(?:aria-label|title|alt)="([^"]*)"/g)].map((m) => m[1]);
  const text = html
    .replace(/<style[\s\S]*?<\/style>|<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ');
  return [text, ...attributes].join(' ');
}

/** Latin words that stay Latin in every edition. */
const latinAllowed = new Set(['JSON', 'CSV', 'pym', 'js']);
const latinWords = (text: string) => (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !latinAllowed.has(w));

afterAll(() => setLocale('en', { reload: false }));

describe.each(['fa', 'zh'] as Locale[])('the %s edition', (locale) => {
  it.each(renders)('%s leaves no English word', (_name, component, props) => {
    setLocale(locale, { reload: false });
    const { body } = render(component, { props });
    expect(latinWords(readerText(body))).toEqual([]);
  });
});

describe('the English edition', () => {
  it('says the same as before: its words are English', () => {
    setLocale('en', { reload: false });
    const { body } = render(StatusLegend, { props: { descriptions: true } });
    expect(readerText(body)).toContain("Tiandy's claim");
  });
});
