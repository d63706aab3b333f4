// A dataset at the size the company claims, made up, for testing that the site holds at scale: 60 countries
// (eight of them island states too small for the world map's shapes), and twice today's actors, links,
// events and sources, with a story whose steps walk all three charts. Generated from a seed (d3-random's
// randomLcg), so the same seed always gives the same files. Never edited, never committed:
//   npx tsx scripts/scale-data.ts [folder]     (default tests/fixtures/scale/, which git ignores)
// tests/build/scale.test.ts and `npm run bench` generate it for themselves.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomLcg } from 'd3-random';
import { loadMapGeometry } from '../src/lib/geo/geometry.server.ts';
import { countryName } from '../src/lib/data/hints.ts';
import {
  entityKind,
  lane,
  presenceKind,
  relationshipType,
  status,
  type Country,
  type Entity,
  type Event,
  type Relationship,
  type Source,
  type Status,
  type Story,
} from '../src/lib/data/schema.ts';

/** Today's record counts (data/ as this was written), doubled: what "twice today's" means here. */
export const scaleSize = { countries: 60, entities: 84, relationships: 90, events: 70, sources: 64 };

// Countries every story step below can point at, and the island states drawn as markers.
const named = [
  'CHN',
  'IRN',
  'GBR',
  'USA',
  'IRQ',
  'ARE',
  'SAU',
  'TUR',
  'IND',
  'PAK',
  'RUS',
  'BRA',
  'DEU',
  'FRA',
];
const islands = ['MLT', 'BHR', 'MDV', 'SGP', 'MUS', 'BRB', 'SYC', 'TON'];
const cities: [string, string, number, number][] = [
  ['CHN', 'Tianjin', 117.2, 39.13],
  ['IRN', 'Tehran', 51.39, 35.69],
  ['GBR', 'London', -0.13, 51.51],
  ['ARE', 'Dubai', 55.27, 25.2],
  ['TUR', 'Istanbul', 28.98, 41.01],
  ['IND', 'Mumbai', 72.88, 19.08],
  ['BRA', 'São Paulo', -46.63, -23.55],
  ['DEU', 'Frankfurt', 8.68, 50.11],
  ['SGP', 'Singapore', 103.82, 1.35],
  ['RUS', 'Moscow', 37.62, 55.76],
];
const publishers = [
  'Reuters',
  'IPVM',
  'NBC News',
  'Bloomberg',
  'Financial Times',
  'Le Monde',
  'Al Arabiya',
  'Nikkei Asia',
];
const firstWords = [
  'North',
  'Blue',
  'Silver',
  'Grand',
  'Delta',
  'Orion',
  'Falcon',
  'Crescent',
  'Summit',
  'Harbor',
  'Lotus',
  'Cedar',
];
const secondWords = [
  'Vision',
  'Secure',
  'Systems',
  'Guard',
  'Networks',
  'Optics',
  'Trading',
  'Integration',
  'Watch',
  'Link',
];
const suffixes = ['Ltd', 'LLC', 'Group', 'Co.', 'Holdings', 'SA'];
const agencies = [
  'Ministry of Interior',
  'Police Directorate',
  'Customs Authority',
  'City Council',
  'Transport Agency',
];
const verbs = [
  'Contract',
  'Tender',
  'Listing',
  'Hearing',
  'Report',
  'Shipment',
  'Statement',
  'Inquiry',
  'Expo booth',
];

export function scaleData(seed = 0.2024): Record<string, unknown> {
  const random = randomLcg(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(xs: readonly T[]) => xs[int(xs.length)];
  const some = <T>(xs: readonly T[], n: number) => {
    const pool = [...xs];
    return Array.from({ length: Math.min(n, pool.length) }, () => pool.splice(int(pool.length), 1)[0]);
  };
  const weighted = (): Status =>
    pick(['confirmed', 'confirmed', 'claimed', 'claimed', 'single-source', 'denied']);
  const slug = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  const date = (from = 1994, to = 2024) => {
    const y = from + int(to - from + 1);
    const p = int(3);
    const m = String(1 + int(12)).padStart(2, '0');
    const d = String(1 + int(28)).padStart(2, '0');
    return p === 0 ? `${y}` : p === 1 ? `${y}-${m}` : `${y}-${m}-${d}`;
  };

  // ---- sources
  const sources: Source[] = [];
  for (let i = 0; sources.length < scaleSize.sources; i++) {
    const publisher = pick(publishers);
    const d = date(2015, 2024);
    const id = `${slug(publisher)}-${d.slice(0, 7)}-${i}`;
    sources.push({
      id,
      title: `${pick(firstWords)} ${pick(secondWords)}: what the records show (${i + 1})`,
      publisher,
      kind: 'reporting',
      date: d,
      url: `https://example.org/${slug(publisher)}/${d}/${i}`,
    });
  }
  // The roots each status needs (data/README.md): the company's own word, an official record, a denial.
  sources.push(
    {
      id: 'scale-company-site',
      title: "The company's own site",
      publisher: 'Tiandy',
      kind: 'company',
      seen: false,
    },
    {
      id: 'scale-official-record',
      title: 'An official record of the act',
      publisher: 'A government',
      kind: 'official-record',
      url: 'https://example.org/record',
    },
    {
      id: 'scale-denial',
      title: "A counterparty's denial",
      publisher: 'A counterparty',
      kind: 'counterparty',
      denial: true,
      url: 'https://example.org/denial',
    },
  );
  const reporting = sources.filter((s) => s.kind === 'reporting');
  const cite = (n = 1 + int(2)) => some(reporting, n).map((s) => s.id);
  /** Citations whose roots allow the status, as the data check demands. */
  const citeFor = (status: Status): string[] =>
    status === 'claimed'
      ? ['scale-company-site']
      : status === 'single-source'
        ? cite(1)
        : status === 'confirmed'
          ? ['scale-official-record', ...cite(1)]
          : ['scale-company-site', 'scale-denial'];
  const cites = (ids: string[]) => `[${ids.join(', ')}]`;

  // ---- countries
  const geometry = loadMapGeometry();
  const shapeCodes = geometry.shapes.map((s) => s.iso3).filter((c) => !named.includes(c));
  const codes = [
    ...named,
    ...islands,
    ...some(shapeCodes, scaleSize.countries - named.length - islands.length),
  ];
  const countries: Country[] = codes.map((iso3, i) => {
    const s = iso3 === 'CHN' ? 'confirmed' : weighted();
    const ids = citeFor(s);
    const places = cities
      .filter(([c]) => c === iso3)
      .map(([, name, lon, lat]) => ({
        id: slug(name),
        name,
        role: 'Office',
        lon,
        lat,
        status: s,
        sources: ids,
      }));
    return {
      iso3,
      name: countryName(iso3),
      kind: iso3 === 'CHN' ? 'headquarters' : pick(presenceKind.options.filter((k) => k !== 'headquarters')),
      presence: `Record ${i + 1} ties Tiandy to ${countryName(iso3)} ${cites(ids)}.`,
      status: s,
      ...(int(2) ? { since: date(2010, 2022) } : {}),
      ...(places.length ? { places } : {}),
      sources: ids,
    };
  });

  // ---- entities
  const entities: Entity[] = [
    {
      id: 'tiandy',
      name: 'Tiandy Technologies Co., Ltd.',
      shortName: 'Tiandy',
      kind: 'company',
      country: 'CHN',
      role: 'Surveillance-camera maker',
    },
  ];
  const taken = new Set(['tiandy']);
  while (entities.length < scaleSize.entities) {
    const kind = pick(entityKind.options);
    const where = pick(codes);
    const name =
      kind === 'government'
        ? `${countryName(where).split(',')[0]} ${pick(agencies)}`
        : kind === 'person'
          ? `${pick(['Ana', 'Li', 'Omar', 'Sara', 'Ivan', 'Mina'])} ${pick(['Chen', 'Haddad', 'Silva', 'Novak', 'Rahimi'])}`
          : `${pick(firstWords)} ${pick(secondWords)} ${pick(suffixes)}`;
    let id = slug(name);
    for (let n = 2; taken.has(id); n++) id = `${slug(name)}-${n}`;
    taken.add(id);
    const short = name.split(' ').slice(0, 2).join(' ');
    entities.push({
      id,
      name,
      ...(name.length > 18 && short !== name ? { shortName: short } : {}),
      kind,
      country: where,
      role: `${kind === 'government' ? 'Buyer' : 'Partner'} named in the records`,
    });
  }

  // ---- relationships: about half of them with Tiandy at one end
  const relationships: Relationship[] = [];
  const linkIds = new Set<string>();
  while (relationships.length < scaleSize.relationships) {
    const a = int(2) ? entities[0] : pick(entities);
    const b = pick(entities.slice(1));
    if (a.id === b.id) continue;
    const [from, to] = int(2) ? [a, b] : [b, a];
    const type = pick(relationshipType.options);
    const id = `${from.id}-${type}-${to.id}`;
    if (linkIds.has(id)) continue;
    linkIds.add(id);
    const status = weighted();
    const ids = citeFor(status);
    relationships.push({
      id,
      from: from.id,
      to: to.id,
      type,
      label: `${type.replace(/-/g, ' ')} (${relationships.length + 1})`,
      detail: `What the records say about ${from.name} and ${to.name} ${cites(ids)}.`,
      ...(int(2) ? { date: date(2012, 2023) } : {}),
      status,
      sources: ids,
    });
  }

  // ---- events
  const events: Event[] = Array.from({ length: scaleSize.events }, (_, i) => {
    const status = weighted();
    const ids = citeFor(status);
    const actors = some(entities, 1 + int(2)).map((e) => e.id);
    return {
      id: `event-${i + 1}`,
      date: date(),
      title: `${pick(verbs)} ${i + 1}: ${pick(firstWords)} ${pick(secondWords)}`.slice(0, 48),
      text: `Event ${i + 1} in the records ${cites(ids)}.`,
      lane: pick(lane.options),
      actors,
      status,
      sources: ids,
    };
  });

  // ---- the story: every chart, a region zoom, a subset of the diagram, a time window
  const inRegion = (codes: string[]) => codes.filter((c) => countries.some((k) => k.iso3 === c));
  const neighbours = [
    ...new Set(
      relationships.flatMap((r) => (r.from === 'tiandy' ? [r.to] : r.to === 'tiandy' ? [r.from] : [])),
    ),
  ].slice(0, 11);
  const core = ['tiandy', ...neighbours];
  const coreLinks = relationships
    .filter((r) => core.includes(r.from) && core.includes(r.to))
    .map((r) => r.id);
  const recent = events.filter((e) => e.date >= '2018' && e.date < '2024').slice(0, 2);
  const text = (n: number) => `Step ${n} of the scale story ${cites(cite(1))}.`;
  const story: Story = {
    headline: 'A made-up story at the size of the company’s claim',
    dek: 'A made-up dataset: {countries.total} countries, and twice the actors, links and events of the real story, to test the site at scale.',
    byline: 'Scale fixture',
    published: '2024-01-15',
    summary: [
      `{countries.total} countries are on the map ${cites(cite(1))}.`,
      'The diagram and the timeline are twice as full.',
    ],
    sections: [
      {
        id: 'footprint',
        title: 'Where the records place the company',
        intro: [`The company claims more than {claims.count} countries ${cites(cite(1))}.`],
        steps: [
          { id: 'world', text: text(1), view: { chart: 'map', showClaim: true } },
          {
            id: 'middle-east',
            text: text(2),
            view: { chart: 'map', region: 'middle-east', highlight: inRegion(['IRN', 'IRQ', 'ARE', 'BHR']) },
          },
          {
            id: 'asia',
            text: text(3),
            view: { chart: 'map', region: 'asia', highlight: inRegion(['CHN', 'IND', 'SGP', 'MDV']) },
          },
          { id: 'confirmed', text: text(4), view: { chart: 'map', statuses: ['confirmed'] } },
        ],
      },
      {
        id: 'network',
        title: 'Who is linked to the company',
        steps: [
          { id: 'everyone', text: text(5), view: { chart: 'network' } },
          {
            id: 'core',
            text: text(6),
            view: { chart: 'network', nodes: core, highlight: ['tiandy'], reveal: coreLinks.slice(0, 3) },
          },
        ],
      },
      {
        id: 'timeline',
        title: 'What happened when',
        steps: [
          { id: 'all-years', text: text(7), view: { chart: 'timeline' } },
          {
            id: 'recent',
            text: text(8),
            view: { chart: 'timeline', from: '2018', to: '2023', highlight: recent.map((e) => e.id) },
          },
          {
            id: 'policy',
            text: text(9),
            view: { chart: 'timeline', lanes: ['us-congress', 'us-executive'] },
          },
        ],
      },
    ],
    figures: {
      map: {
        title: 'Where the made-up records place the company',
        description: 'Where the records place the company.',
        alt: 'A world map with {countries.total} countries marked.',
      },
      network: {
        title: 'Eighty-four actors',
        description: 'Who is linked to whom.',
        alt: 'A diagram of eighty-four actors and ninety links.',
      },
      timeline: {
        title: 'Seventy events',
        description: 'What happened when.',
        alt: 'A timeline of seventy events in six lanes.',
      },
    },
    openQuestions: [{ id: 'open-1', text: `What else is there ${cites(cite(1))}?` }],
    methods: ['Generated by scripts/scale-data.ts.'],
  };

  const claim = {
    id: 'claim-60',
    count: 60,
    wording: 'in more than 60 countries',
    date: '2022-12',
    status: 'claimed' as const,
    sources: cite(1),
  };
  return {
    'sources.json': { $schema: './schema/sources.schema.json', sources },
    'entities.json': { $schema: './schema/entities.schema.json', entities },
    'relationships.json': { $schema: './schema/relationships.schema.json', relationships },
    'footprint.json': { $schema: './schema/footprint.schema.json', claims: [claim], countries },
    'events.json': { $schema: './schema/events.schema.json', events },
    'story.json': { $schema: './schema/story.schema.json', ...story },
  };
}

/** Writes the six data files of the scale dataset into `dir`; returns `dir`. */
export function writeScaleData(dir: string, seed?: number): string {
  mkdirSync(dir, { recursive: true });
  for (const [file, value] of Object.entries(scaleData(seed)))
    writeFileSync(join(dir, file), JSON.stringify(value, null, 2) + '\n');
  return dir;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = writeScaleData(resolve(process.argv[2] ?? 'tests/fixtures/scale'));
  console.log(`scale data written to ${dir}`);
}
