// What a view shows, decided once per chart (charts/*/shown.ts): the diagram's scene and the timeline's
// layout draw exactly those records, and an embed lists exactly their sources. Small fixtures built here.
import { describe, expect, it } from 'vitest';
import { computeLayout } from '$lib/charts/network/compute';
import { buildScene } from '$lib/charts/network/scene';
import { entitiesShown, relationshipsShown } from '$lib/charts/network/shown';
import { layoutTimeline, VERTICAL_BELOW } from '$lib/charts/timeline/layout';
import { eventsShown } from '$lib/charts/timeline/shown';
import { claimsShown, countriesShown } from '$lib/charts/map/shown';
import { sourcesShown } from '$lib/embed/embedView';
import { mapChart } from '$lib/charts/map/chart';
import { networkChart } from '$lib/charts/network/chart';
import { timelineChart } from '$lib/charts/timeline/chart';
import { citationIds } from '$lib/data/provenance';
import type {
  CountClaim,
  Country,
  Entity,
  Event,
  MapView,
  NetworkView,
  Relationship,
  Source,
  TimelineView,
} from '$lib/data/schema';

const source = (id: string): Source => ({
  id,
  title: `Source ${id}`,
  publisher: 'Publisher',
  kind: 'reporting',
  url: `https://example.org/${id}`,
});
const ids = (records: { id: string }[]) => records.map((r) => r.id).sort();
/** The sources a list of records cites, in the order the sources are listed. */
const citedBy = (records: { sources: Parameters<typeof citationIds>[0] }[], sources: Source[]) => {
  const cited = new Set(records.flatMap((r) => citationIds(r.sources)));
  return sources.filter((s) => cited.has(s.id)).map((s) => s.id);
};

describe('the network view', () => {
  const entity = (id: string, kind: Entity['kind'] = 'company'): Entity => ({
    id,
    name: `Entity ${id.toUpperCase()}`,
    kind,
    role: 'A part in the story',
  });
  const entities = [
    entity('tiandy'),
    entity('maker'),
    entity('paper', 'media'),
    entity('buyer'),
    entity('ally'),
  ];
  const rel = (
    id: string,
    from: string,
    to: string,
    type: Relationship['type'],
    sources: Relationship['sources'],
  ): Relationship => ({ id, from, to, type, label: `${from} ${type} ${to}`, status: 'confirmed', sources });
  const relationships = [
    rel('r1', 'maker', 'tiandy', 'supplies', ['s1']),
    rel('r2', 'paper', 'tiandy', 'reports-on', ['s2']),
    rel('r3', 'tiandy', 'buyer', 'sells-to', ['s3', { id: 's4', restsOn: ['s1'] }]),
    rel('r4', 'buyer', 'ally', 'partners-with', ['s5']),
    // A relationship of an entity with itself: the diagram has no way to draw it.
    rel('r5', 'maker', 'maker', 'partners-with', ['s6']),
    rel('r6', 'paper', 'buyer', 'reports-on', ['s7']),
  ];
  const sources = ['s7', 's6', 's5', 's4', 's3', 's2', 's1', 'unused'].map(source);
  const views: Partial<NetworkView>[] = [
    {},
    { nodes: ['tiandy', 'maker', 'buyer'] },
    { nodes: ['tiandy', 'buyer', 'ally'], highlight: ['r4'] },
    { nodes: ['tiandy', 'maker', 'buyer', 'paper'], reveal: ['r3'] },
    { nodes: ['maker'] },
    { nodes: [] },
  ];
  const groups = views.flatMap((v) => (v.nodes?.length ? [v.nodes] : []));
  const layout = computeLayout(entities, relationships, groups);

  it.each(views.flatMap((view) => [360, 1280].map((width) => [JSON.stringify(view), view, width] as const)))(
    'the scene draws what the view shows: %s at %i px',
    (_, view, width) => {
      const scene = buildScene({ entities, relationships, layout, view, width });
      expect(ids(scene.nodes.filter((n) => n.visible))).toEqual(
        ids(entitiesShown(view, entities, relationships)),
      );
      expect(ids(scene.links.filter((l) => l.visible))).toEqual(ids(relationshipsShown(view, relationships)));
    },
  );

  it('shows the relationships between the named entities, never one with itself', () => {
    expect(ids(relationshipsShown({}, relationships))).toEqual(['r1', 'r2', 'r3', 'r4', 'r6']);
    expect(ids(relationshipsShown({ nodes: ['tiandy', 'maker', 'buyer'] }, relationships))).toEqual([
      'r1',
      'r3',
    ]);
    expect(relationshipsShown({ nodes: ['maker'] }, relationships)).toEqual([]);
  });

  it('shows only the relationships a view reveals, when it lists them', () => {
    const view = { nodes: ['tiandy', 'maker', 'buyer', 'paper'], reveal: ['r3', 'r1'] };
    expect(ids(relationshipsShown(view, relationships))).toEqual(['r1', 'r3']);
  });

  it('shows no entity without a relationship in the view, so no node floats', () => {
    // "ally" is named but its only link (r4) joins an entity the view leaves out; "paper" is left
    // without a link by the view's reveal.
    expect(ids(entitiesShown({ nodes: ['tiandy', 'maker', 'ally'] }, entities, relationships))).toEqual([
      'maker',
      'tiandy',
    ]);
    const view = { nodes: ['tiandy', 'paper', 'buyer'], reveal: ['r3'] };
    expect(ids(entitiesShown(view, entities, relationships))).toEqual(['buyer', 'tiandy']);
    // The whole diagram leaves out an entity with no relationship at all.
    const loner = entity('loner');
    expect(ids(entitiesShown({}, [...entities, loner], relationships))).not.toContain('loner');
  });

  it.each(views.map((view) => [JSON.stringify(view), view] as const))(
    'an embed lists the sources of exactly those relationships: %s',
    (_, view) => {
      const listed = sourcesShown(
        networkChart,
        { chart: 'network', ...view },
        { sources, relationships },
      ).map((s) => s.id);
      expect(listed).toEqual(citedBy(relationshipsShown(view, relationships), sources));
    },
  );

  it('lists them in the order of sources.json', () => {
    const view = { chart: 'network' as const, nodes: ['tiandy', 'maker', 'buyer'] };
    expect(sourcesShown(networkChart, view, { sources, relationships }).map((s) => s.id)).toEqual([
      's4',
      's3',
      's1',
    ]);
  });
});

describe('the timeline view', () => {
  const event = (id: string, date: string, lane: Event['lane'], endDate?: string): Event => ({
    id,
    date,
    ...(endDate ? { endDate } : {}),
    title: `Event ${id}`,
    text: 'What happened.',
    lane,
    actors: ['tiandy'],
    status: 'confirmed',
    sources: [`t-${id}`],
  });
  const events = [
    event('founded', '2019', 'company'),
    event('listing', '2022-11-15', 'us-executive'),
    // Starts before the late-2022 window and runs into it.
    event('inquiry', '2022-06', 'reporting', '2023-02'),
    // A whole year, the window's months among them.
    event('protests', '2022', 'context'),
    event('bill', '2023-03-01', 'us-congress'),
    event('ban', '2022-12', 'other-governments'),
  ];
  const sources = events.map((e) => source(`t-${e.id}`));
  const views: Partial<TimelineView>[] = [
    {},
    { from: '2022-09', to: '2022-12' },
    { from: '2022-09', to: '2022-12', lanes: ['reporting', 'us-executive'] },
    { lanes: [] },
    { to: '2020' },
    { from: '2023' },
    { from: '2022-11-15', to: '2022-11-15', highlight: ['listing'] },
  ];

  it.each(views.flatMap((view) => [360, 1280].map((width) => [JSON.stringify(view), view, width] as const)))(
    'the layout draws what the view shows: %s at %i px',
    (_, view, width) => {
      const layout = layoutTimeline(events, view, width);
      const shown = eventsShown(view, events);
      if (width >= VERTICAL_BELOW) {
        expect(ids(layout.events.filter((p) => p.visible).map((p) => p.event))).toEqual(ids(shown));
        return;
      }
      // A phone's rows draw every event, for readers without scripts, and set back all but the view's own:
      // its highlighted events, else every event it shows.
      expect(layout.events.every((p) => p.visible)).toBe(true);
      const highlighted = shown.filter((e) => view.highlight?.includes(e.id));
      expect(ids(layout.events.filter((p) => !p.muted).map((p) => p.event))).toEqual(
        ids(highlighted.length ? highlighted : shown),
      );
    },
  );

  it('shows an event whose period shares any time with the window, in a lane the view names', () => {
    expect(ids(eventsShown({ from: '2022-09', to: '2022-12' }, events))).toEqual([
      'ban',
      'inquiry',
      'listing',
      'protests',
    ]);
    expect(ids(eventsShown({ from: '2022-09', to: '2022-12', lanes: ['reporting'] }, events))).toEqual([
      'inquiry',
    ]);
    // No lanes named is every lane.
    expect(eventsShown({ lanes: [] }, events)).toHaveLength(events.length);
  });

  it.each(views.map((view) => [JSON.stringify(view), view] as const))(
    'an embed lists the sources of exactly those events: %s',
    (_, view) => {
      const listed = sourcesShown(timelineChart, { chart: 'timeline', ...view }, { sources, events }).map(
        (s) => s.id,
      );
      expect(listed).toEqual(citedBy(eventsShown(view, events), sources));
    },
  );
});

describe('the map view', () => {
  const country = (iso3: string, status: Country['status']): Country => ({
    iso3,
    name: `Country ${iso3}`,
    kind: 'sales-and-projects',
    presence: 'Projects.',
    status,
    sources: [`c-${iso3}`],
  });
  const countries = [country('IRN', 'confirmed'), country('ARE', 'claimed'), country('SGP', 'single-source')];
  const claim = (id: string, date: string): CountClaim => ({
    id,
    count: 60,
    wording: 'more than 60 countries',
    date,
    status: 'claimed',
    sources: [id],
  });
  const claims = [claim('k-2022', '2022-12'), claim('k-2018', '2018-09')];
  const sources = ['k-2018', 'k-2022', 'c-SGP', 'c-ARE', 'c-IRN'].map(source);

  it('shows the countries of the statuses named, every one when none are', () => {
    expect(
      countriesShown({ statuses: ['confirmed', 'single-source'] }, countries).map((c) => c.iso3),
    ).toEqual(['IRN', 'SGP']);
    expect(countriesShown({}, countries)).toEqual(countries);
    expect(countriesShown({ statuses: [] }, countries)).toEqual(countries);
  });

  it('draws every claim, each in its own words, and only in views that show the comparison', () => {
    expect(claimsShown({ showClaim: true }, claims).map((c) => c.id)).toEqual(['k-2022', 'k-2018']);
    expect(claimsShown({}, claims)).toEqual([]);
    expect(claimsShown({ showClaim: true }, [])).toEqual([]);
  });

  it.each<[string, Partial<MapView>]>([
    ['all', {}],
    ['confirmed', { statuses: ['confirmed'] }],
    ['none named', { statuses: [] }],
    ['with the claim', { showClaim: true }],
  ])('an embed lists the sources of those countries, and of the claim drawn: %s', (_, view) => {
    const listed = sourcesShown(mapChart, { chart: 'map', ...view }, { sources, countries, claims }).map(
      (s) => s.id,
    );
    expect(listed).toEqual(
      citedBy([...claimsShown(view, claims), ...countriesShown(view, countries)], sources),
    );
    // Both claims' sources when the panel is drawn, neither's otherwise.
    expect(listed.includes('k-2018')).toBe(!!view.showClaim);
    expect(listed.includes('k-2022')).toBe(!!view.showClaim);
  });
});
