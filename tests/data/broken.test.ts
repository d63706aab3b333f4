// One case per kind of editor mistake: each breaks the valid fixture dataset with one text edit and
// must be refused at the right file, line and column, with a message that says what to type instead.
import { describe, expect, it } from 'vitest';
import { checkDataTexts, formatDataErrors } from '../../src/lib/data/load';
import type { DataFileName } from '../../src/lib/data/schema';
import { positionOf, replaceNth, validTexts } from './helpers';

interface Case {
  name: string;
  file: DataFileName;
  /** Text to find (first occurrence unless `nth`) and what to put instead. */
  find: string;
  replace: string;
  nth?: number;
  /** Where the error must point: a snippet of the edited file (first occurrence unless `atNth`). */
  at: string;
  atNth?: number;
  /** Characters into the snippet, when the error points inside it. */
  shift?: number;
  pointer: string;
  message: RegExp;
  /** Errors expected in all (default 1): a few mistakes are reported twice, from two sides. */
  count?: number;
}

const cases: Case[] = [
  {
    name: 'a JSON syntax error (missing comma)',
    file: 'entities.json',
    find: '"shortName": "Intel",',
    replace: '"shortName": "Intel"',
    at: '"kind": "company",\n      "country": "USA"',
    pointer: '',
    message: /the JSON is broken here: a comma is missing/,
  },
  {
    name: 'a trailing comma',
    file: 'relationships.json',
    find: '"sources": ["nbc-2022-12", "fdd-2022-12"]',
    replace: '"sources": ["nbc-2022-12", "fdd-2022-12",]',
    at: ',]',
    pointer: '',
    message: /remove this comma; the last item of a list or object has none/,
  },
  {
    name: 'an unclosed text',
    file: 'sources.json',
    find: '"publisher": "NBC News",',
    replace: '"publisher": "NBC News,',
    at: '"NBC News,',
    pointer: '',
    message: /a tab or line break inside a text|a text is not closed/,
  },
  {
    name: 'an empty file',
    file: 'events.json',
    find: '',
    replace: '',
    at: '',
    pointer: '',
    message: /the file is empty/,
  },
  {
    name: 'an unknown entity id (near miss)',
    file: 'relationships.json',
    find: '"from": "heathrow"',
    replace: '"from": "heathrw"',
    at: '"heathrw"',
    pointer: '/relationships/3/from',
    message: /unknown entity "heathrw" — did you mean "heathrow"\?/,
  },
  {
    name: 'an unknown entity id (nothing close)',
    file: 'relationships.json',
    find: '"from": "bis"',
    replace: '"from": "commerce-department"',
    at: '"commerce-department"',
    pointer: '/relationships/4/from',
    message: /unknown entity "commerce-department": no such id in entities\.json; add it there first/,
  },
  {
    name: 'an event actor that is not an entity',
    file: 'events.json',
    find: '"actors": ["bis", "tiandy"]',
    replace: '"actors": ["bis", "tiandi"]',
    at: '"tiandi"',
    pointer: '/events/2/actors/1',
    message: /unknown entity "tiandi" — did you mean "tiandy"\?/,
  },
  {
    name: 'a duplicate id',
    file: 'events.json',
    find: '"id": "intel-exit"',
    replace: '"id": "fdd-memo"',
    at: '"fdd-memo"',
    atNth: 2,
    shift: 0,
    pointer: '/events/3/id',
    message: /duplicate event id "fdd-memo": already used at line 15 \(\/events\/1\/id\); ids must be unique/,
  },
  {
    name: 'a duplicate step id',
    file: 'story.json',
    find: '"id": "listing"',
    replace: '"id": "claim"',
    at: '"claim"',
    atNth: 2,
    pointer: '/sections/1/steps/1/id',
    message: /duplicate step id "claim"/,
  },
  {
    name: 'a duplicate country',
    file: 'footprint.json',
    find: '"iso3": "USA"',
    replace: '"iso3": "IRN"',
    at: '"iso3": "IRN"',
    atNth: 2,
    shift: 8,
    pointer: '/countries/3/iso3',
    message: /duplicate country "IRN"/,
  },
  {
    name: 'the code "UK"',
    file: 'footprint.json',
    find: '"iso3": "GBR"',
    replace: '"iso3": "UK"',
    at: '"UK"',
    pointer: '/countries/2/iso3',
    message: /"UK" is not an ISO 3166-1 alpha-3 country code — did you mean "GBR" \(United Kingdom\)\?/,
  },
  {
    name: 'an alpha-2 code ("IR")',
    file: 'entities.json',
    find: '"country": "IRN"',
    replace: '"country": "IR"',
    at: '"IR"',
    pointer: '/entities/2/country',
    message:
      /"IR" is not an ISO 3166-1 alpha-3 country code — did you mean "IRN" \((Islamic Republic of )?Iran\)\?/,
  },
  {
    name: 'a lowercase ISO code',
    file: 'entities.json',
    find: '"country": "CHN"',
    replace: '"country": "chn"',
    at: '"chn"',
    pointer: '/entities/0/country',
    message: /"chn" must be written in capitals — did you mean "CHN"\?/,
  },
  {
    name: 'a 3-letter typo of an ISO code',
    file: 'entities.json',
    find: '"country": "USA"',
    replace: '"country": "USB"',
    at: '"USB"',
    pointer: '/entities/1/country',
    message: /"USB" is not an ISO 3166-1 alpha-3 country code — did you mean "USA" \(United States/,
  },
  {
    name: 'a country name instead of a code',
    file: 'footprint.json',
    find: '"iso3": "CHN"',
    replace: '"iso3": "China"',
    at: '"China"',
    pointer: '/countries/0/iso3',
    message: /did you mean "CHN" \(.*China\)\?/,
  },
  {
    name: 'a map highlight with no footprint record',
    file: 'story.json',
    find: '"highlight": ["IRN"]',
    replace: '"highlight": ["IRQ"]',
    at: '"IRQ"',
    pointer: '/sections/0/steps/1/view/highlight/0',
    message:
      /"IRQ" \(Iraq\) has no record in footprint\.json; add the country there first — did you mean "IRN"\?/,
  },
  {
    name: 'a map highlight that is no country',
    file: 'story.json',
    find: '"highlight": ["IRN"]',
    replace: '"highlight": ["IRA"]',
    at: '"IRA"',
    pointer: '/sections/0/steps/1/view/highlight/0',
    message:
      /"IRA" is not an ISO 3166-1 alpha-3 country code — did you mean "IRN" \((Islamic Republic of )?Iran\)/,
  },
  {
    name: 'month 13',
    file: 'sources.json',
    find: '"date": "2022-12-16"',
    replace: '"date": "2022-13-16"',
    at: '"2022-13-16"',
    pointer: '/sources/1/date',
    message: /"2022-13-16" is not a real date: there is no month 13; months run from 01 to 12/,
  },
  {
    name: 'February 30',
    file: 'events.json',
    find: '"date": "2022-12-01"',
    replace: '"date": "2022-02-30"',
    at: '"2022-02-30"',
    pointer: '/events/1/date',
    message: /"2022-02-30" is not a real date: February 2022 has 28 days/,
  },
  {
    name: 'a date written the wrong way',
    file: 'footprint.json',
    find: '"date": "2022-12"',
    replace: '"date": "2022/12"',
    at: '"2022/12"',
    pointer: '/claims/0/date',
    message:
      /"2022\/12" is not a date; use a date written "2022", "2022-12" or "2022-12-15" — did you mean "2022-12"\?/,
  },
  {
    name: 'an end date before the start',
    file: 'events.json',
    find: '"endDate": "2022-12-16"',
    replace: '"endDate": "2022-12-14"',
    at: '"2022-12-14"',
    pointer: '/events/2/endDate',
    message: /endDate "2022-12-14" is before date "2022-12-15"; the end cannot come before the start/,
  },
  {
    name: '"until" before "since"',
    file: 'footprint.json',
    find: '"until": "2023"',
    replace: '"until": "2020"',
    at: '"2020"',
    pointer: '/countries/1/until',
    message: /until "2020" is before since "2021"/,
  },
  {
    name: 'a timeline view ending before it starts',
    file: 'story.json',
    find: '"to": "2023"',
    replace: '"to": "2017"',
    at: '"2017"',
    pointer: '/sections/1/steps/1/view/to',
    message: /to "2017" is before from "2018"/,
  },
  {
    name: 'missing sources',
    file: 'relationships.json',
    find: ',\n      "sources": ["nbc-2022-12-16"]\n    }\n  ]',
    replace: '\n    }\n  ]',
    at: '{\n      "id": "bis-lists-tiandy"',
    pointer: '/relationships/4/sources',
    message:
      /missing required field "sources": add it with a list in square brackets \[ … \] like \["nbc-2022-12"\]/,
  },
  {
    name: 'empty sources',
    file: 'footprint.json',
    find: '"sources": ["nbc-2022-12"]',
    replace: '"sources": []',
    at: '[]',
    pointer: '/claims/0/sources',
    message: /the list is empty; every fact needs at least one source id from sources\.json/,
  },
  {
    name: 'an unknown source id',
    file: 'events.json',
    find: '"sources": ["fdd-2022-12"]',
    replace: '"sources": ["fdd-2022"]',
    at: '"fdd-2022"',
    pointer: '/events/1/sources/0',
    message: /unknown source "fdd-2022" — did you mean "fdd-2022-12"\?/,
  },
  {
    name: 'a citation of an unknown source',
    file: 'footprint.json',
    find: 'Headquarters in Tianjin [nbc-2022-12].',
    replace: 'Headquarters in Tianjin [nbc-2022-11].',
    at: 'nbc-2022-11',
    pointer: '/countries/0/presence',
    message: /unknown source "nbc-2022-11" — did you mean "nbc-2022-12"\?/,
  },
  {
    name: 'a year typed as a number',
    file: 'footprint.json',
    find: '"since": "1994"',
    replace: '"since": 1994',
    at: '1994',
    pointer: '/countries/0/since',
    message: /expected a text in double quotes, found the number 1994; write it in quotes: "1994"/,
  },
  {
    name: 'a number typed as text',
    file: 'footprint.json',
    find: '"lon": 117.2',
    replace: '"lon": "117.2"',
    at: '"117.2"',
    pointer: '/countries/0/places/0/lon',
    message: /expected a number, found the text "117\.2"; remove the quotes: 117\.2/,
  },
  {
    name: 'an unknown status',
    file: 'relationships.json',
    find: '"status": "denied"',
    replace: '"status": "denide"',
    at: '"denide"',
    pointer: '/relationships/3/status',
    message:
      /"denide" is not a status; use one of confirmed, claimed, single-source or denied — did you mean "denied"\?/,
  },
  {
    name: 'an unknown lane',
    file: 'events.json',
    find: '"lane": "us-executive"',
    replace: '"lane": "executive"',
    at: '"executive"',
    pointer: '/events/2/lane',
    message: /"executive" is not a lane; use one of .* — did you mean "us-executive"\?/,
  },
  {
    name: 'an unknown chart',
    file: 'story.json',
    find: '"chart": "timeline"',
    replace: '"chart": "timline"',
    at: '"timline"',
    pointer: '/sections/1/steps/1/view/chart',
    message: /"timline" is not a chart; use one of map, network or timeline — did you mean "timeline"\?/,
  },
  {
    name: 'a misspelt key ("soruces")',
    file: 'events.json',
    find: '"sources": ["dalian-2018-09"]',
    replace: '"soruces": ["dalian-2018-09"]',
    at: '"soruces"',
    pointer: '/events/0/soruces',
    message: /unknown key "soruces" — did you mean "sources"\?/,
    count: 2, // and the record now has no sources
  },
  {
    name: 'a key given twice',
    file: 'entities.json',
    find: '"role": "Processor supplier"',
    replace: '"role": "Processor supplier",\n      "kind": "company"',
    at: '"kind"',
    atNth: 3,
    pointer: '/entities/1/kind',
    message: /the key "kind" appears twice in this object; keep one/,
  },
  {
    name: 'a required field left out',
    file: 'sources.json',
    find: '"publisher": "Foundation for Defense of Democracies",\n',
    replace: '',
    at: '{\n      "id": "fdd-2022-12"',
    pointer: '/sources/2/publisher',
    message: /missing required field "publisher": add it with a text in double quotes/,
  },
  {
    name: 'an id with capitals and spaces',
    file: 'events.json',
    find: '"id": "fdd-memo"',
    replace: '"id": "FDD Memo"',
    at: '"FDD Memo"',
    pointer: '/events/1/id',
    message: /"FDD Memo" is not a valid id; use a lowercase id with dashes.* — did you mean "fdd-memo"\?/,
  },
  {
    name: 'a title that is too long',
    file: 'events.json',
    find: '"title": "Entity List"',
    replace: '"title": "Commerce adds Tiandy and 35 other firms to the Entity List"',
    at: '"Commerce adds',
    pointer: '/events/2/title',
    message: /is 58 characters long; keep titles to 48 characters; put the rest in "text"/,
  },
  {
    name: 'HTML in story text',
    file: 'story.json',
    find: 'Commerce listed Tiandy in December 2022',
    replace: 'Commerce listed Tiandy in <b>December 2022</b>',
    at: '<b>',
    pointer: '/sections/1/steps/1/text',
    message: /HTML is not allowed; write \*emphasis\*, \*\*strong\*\* or \[label\]\(https:\/\/…\) instead/,
  },
  {
    name: 'HTML in a plain-text field',
    file: 'entities.json',
    find: '"role": "Processor supplier"',
    replace: '"role": "Processor <i>supplier</i>"',
    at: '<i>',
    pointer: '/entities/1/role',
    message: /HTML is not allowed here; write plain text/,
  },
  {
    name: 'a link that is not a web address',
    file: 'story.json',
    find: '[NBC](https://www.nbcnews.com/)',
    replace: '[NBC](www.nbcnews.com)',
    at: 'www.nbcnews.com',
    pointer: '/sections/1/steps/0/text',
    message: /the link "www\.nbcnews\.com" must be a full address starting with https:\/\//,
  },
  {
    name: 'an unclosed citation bracket',
    file: 'events.json',
    find: 'after an internal review [nbc-2022-12-16].',
    replace: 'after an internal review [nbc-2022-12-16.',
    at: '"Intel says',
    pointer: '/events/3/text',
    message: /a "\[" or "\]" is not closed; citations look like \[nbc-2022-12\]/,
  },
  {
    name: 'a network step naming an unknown entity',
    file: 'story.json',
    find: '"nodes": ["intel", "tiandy", "bis"]',
    replace: '"nodes": ["intel", "tiandy", "commerce"]',
    at: '"commerce"',
    pointer: '/sections/1/steps/0/view/nodes/2',
    message: /unknown entity "commerce": no such id in entities\.json; add it there first/,
  },
  {
    name: 'a network step revealing an unknown relationship',
    file: 'story.json',
    find: '"reveal": ["intel-supplies-tiandy"]',
    replace: '"reveal": ["intel-supply-tiandy"]',
    at: '"intel-supply-tiandy"',
    pointer: '/sections/1/steps/0/view/reveal/0',
    message: /unknown relationship "intel-supply-tiandy" — did you mean "intel-supplies-tiandy"\?/,
  },
  {
    name: 'a timeline step highlighting an unknown event',
    file: 'story.json',
    find: '"highlight": ["entity-list"]',
    replace: '"highlight": ["entity-listing"]',
    at: '"entity-listing"',
    pointer: '/sections/1/steps/1/view/highlight/0',
    message: /unknown event "entity-listing" — did you mean "entity-list"\?/,
  },
  {
    name: 'a wrong $schema reference',
    file: 'sources.json',
    find: '"$schema": "./schema/sources.schema.json"',
    replace: '"$schema": "./schema/source.schema.json"',
    at: '"./schema/source.schema.json"',
    pointer: '/$schema',
    message: /"\$schema" should be "\.\/schema\/sources\.schema\.json"/,
  },
];

describe('the valid fixture dataset', () => {
  it('passes every check', () => {
    const { dataset, errors } = checkDataTexts(validTexts());
    expect(formatDataErrors(errors)).toBe('0 problems in data/:');
    expect(dataset?.countries.map((c) => c.iso3)).toEqual(['CHN', 'IRN', 'GBR', 'USA']);
  });
});

describe('each broken fixture is refused', () => {
  it.each(cases)('$name', (c) => {
    const texts = validTexts();
    texts[c.file] = c.find === '' ? '' : replaceNth(texts[c.file], c.find, c.replace, c.nth);
    const { dataset, errors } = checkDataTexts(texts);
    expect(dataset).toBeNull();
    const report = formatDataErrors(errors);
    expect(errors, report).toHaveLength(c.count ?? 1);
    const error = errors.find((e) => c.message.test(e.message));
    expect(error, report).toBeDefined();
    expect(error).toMatchObject({
      file: `data/${c.file}`,
      pointer: c.pointer,
      ...positionOf(texts[c.file], c.at, c.atNth, c.shift),
    });
  });

  it('covers at least 20 kinds of mistake', () => expect(cases.length).toBeGreaterThanOrEqual(20));
});

describe('several mistakes at once', () => {
  it('are all reported, sorted by file, then line, then column', () => {
    const texts = validTexts();
    texts['story.json'] = replaceNth(texts['story.json'], '"highlight": ["IRN"]', '"highlight": ["UK"]');
    texts['events.json'] = replaceNth(texts['events.json'], '"lane": "company"', '"lane": "firm"', 2);
    texts['events.json'] = replaceNth(texts['events.json'], '"date": "2018-09"', '"date": "2018-9"');
    texts['entities.json'] = replaceNth(
      texts['entities.json'],
      '"kind": "government"',
      '"kind": "goverment"',
    );
    const { errors } = checkDataTexts(texts);
    expect(errors.map((e) => `${e.file}:${e.line} ${e.pointer}`)).toEqual([
      'data/entities.json:24 /entities/2/kind',
      'data/events.json:6 /events/0/date',
      'data/events.json:40 /events/3/lane',
      'data/story.json:22 /sections/0/steps/1/view/highlight/0',
    ]);
    expect(errors[1].message).toMatch(/did you mean "2018-09"\?/);
  });

  it('do not cascade: a broken sources.json hides unknown-source errors elsewhere', () => {
    const texts = validTexts();
    texts['sources.json'] = texts['sources.json'].replace('"sources": [', '"sources": [[');
    const { errors } = checkDataTexts(texts);
    expect(errors).toHaveLength(1);
    // The parser gives up at the end, where the extra "[" is never closed.
    const lastLine = texts['sources.json'].trimEnd().split('\n').length;
    expect(errors[0]).toMatchObject({ file: 'data/sources.json', line: lastLine });
  });

  it('a missing file is reported once, without a flood of unknown references', () => {
    const texts: Partial<ReturnType<typeof validTexts>> = validTexts();
    delete texts['entities.json'];
    const { errors } = checkDataTexts(texts);
    expect(formatDataErrors(errors)).toBe(
      '1 problem in data/:\ndata/entities.json:1:1  /  the file is missing; data/ needs sources.json, entities.json, relationships.json, footprint.json, events.json, story.json',
    );
  });
});
