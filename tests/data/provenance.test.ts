// The status rules of data/README.md, each accepted by the valid fixture and refused by one edit of it,
// with the place and the chain in the message; and the links between sources that must resolve.
import { describe, expect, it } from 'vitest';
import { checkDataTexts } from '../../src/lib/data/load';
import type { DataFileName } from '../../src/lib/data/schema';
import { replaceNth, validTexts } from './helpers';

/** The errors after replacing `find` (after the first `after`) in one file, as `line:col pointer message`. */
function refusedAfter(file: DataFileName, after: string, find: string, replace: string): string[] {
  const texts = validTexts();
  const text = texts[file];
  const start = text.indexOf(after);
  if (start < 0) throw new Error(`fixture edit: ${after} not found`);
  texts[file] = text.slice(0, start) + replaceNth(text.slice(start), find, replace);
  return checkDataTexts(texts).errors.map(
    (e) => `${e.file}:${e.line}:${e.column}  ${e.pointer}  ${e.message}`,
  );
}

/** `data/file:line:col` of the first `snippet` after `after`. */
const at = (file: DataFileName, after: string, snippet: string) => {
  const text = validTexts()[file];
  const before = text.slice(0, text.indexOf(snippet, text.indexOf(after))).split('\n');
  return `data/${file}:${before.length}:${before[before.length - 1].length + 1}`;
};

describe('the valid fixture earns each status from its roots', () => {
  it('passes with claimed, single-source, confirmed (two agents; an official record) and denied', () => {
    expect(checkDataTexts(validTexts()).errors).toEqual([]);
    const texts = validTexts();
    expect(texts['footprint.json']).toMatch(/"status": "claimed"/);
    expect(texts['relationships.json']).toMatch(/"status": "single-source"/);
    expect(texts['relationships.json']).toMatch(/"status": "confirmed"/);
    expect(texts['footprint.json']).toMatch(/"status": "denied"/);
  });
});

describe('a status stronger than its roots is refused, wherever a status appears', () => {
  it('claimed: every root is the company own material', () => {
    const errors = refusedAfter(
      'footprint.json',
      '"iso3": "USA"',
      '"status": "claimed"',
      '"status": "confirmed"',
    );
    expect(errors).toEqual([
      `${at('footprint.json', '"iso3": "USA"', '"claimed"')}  /countries/3/status  "confirmed", but every source leads back to Tiandy's own introduction (dalian-2018-09 → tiandy-intro-2018): use "claimed", or cite an independent source`,
    ]);
  });

  it('single-source: one root other than the company', () => {
    const errors = refusedAfter(
      'relationships.json',
      '"id": "intel-supplies-tiandy"',
      '"status": "single-source"',
      '"status": "confirmed"',
    );
    expect(errors).toEqual([
      `${at('relationships.json', '"id": "intel-supplies-tiandy"', '"single-source"')}  /relationships/0/status  "confirmed", but its sources lead back to only one independent root, NBC News (nbc-2022-12): use "single-source", or cite a second independent source (or an official record of the act itself)`,
    ]);
  });

  it('confirmed: not while the named counterparty denies it', () => {
    const errors = refusedAfter(
      'footprint.json',
      '"iso3": "GBR"',
      '"status": "denied"',
      '"status": "confirmed"',
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/\/countries\/2\/status {2}"confirmed", but Heathrow's spokesperson denies it/);
    expect(errors[0]).toContain('nbc-2022-12 → heathrow-2022-12');
  });

  it('denied: only on the counterparty own denial', () => {
    const errors = refusedAfter(
      'events.json',
      '"id": "export-claim-2018"',
      '"status": "claimed"',
      '"status": "denied"',
    );
    expect(errors).toEqual([
      `${at('events.json', '"id": "export-claim-2018"', '"claimed"')}  /events/0/status  "denied", but no source is the counterparty's own denial (dalian-2018-09 → tiandy-intro-2018): use "claimed", or cite the counterparty's statement (a source with "kind": "counterparty" and "denial": true)`,
    ]);
  });

  it.each([
    ['a place', 'footprint.json', '"id": "tianjin"', '/countries/0/places/0/status'],
    ['a claimed count', 'footprint.json', '"id": "branches-60"', '/claims/0/status'],
  ] as const)('in %s too', (_, file, after, pointer) => {
    const texts = validTexts()[file];
    const current = /"status": "([a-z-]+)"/.exec(texts.slice(texts.indexOf(after)))![1];
    const errors = refusedAfter(file, after, `"status": "${current}"`, '"status": "denied"');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`  ${pointer}  "denied", but no source is the counterparty's own denial`);
  });

  it('a copy counts as its original, not as a second root', () => {
    const texts = validTexts();
    texts['sources.json'] = replaceNth(
      texts['sources.json'],
      '"kind": "reporting",\n      "date": "2022-12-01",\n      "url": "https://www.fdd.org',
      '"kind": "relay",\n      "copyOf": "nbc-2022-12",\n      "date": "2022-12-01",\n      "url": "https://www.fdd.org',
    );
    const errors = checkDataTexts(texts).errors.map((e) => `${e.pointer}  ${e.message}`);
    // tiandy-sells-irgc cited NBC and FDD as two agents; with FDD a copy of NBC, it is one.
    expect(errors).toContainEqual(
      expect.stringMatching(
        /^\/relationships\/2\/status {2}"confirmed", but its sources lead back to only one independent root, NBC News/,
      ),
    );
  });
});

describe('links between sources resolve and never loop', () => {
  const sourcesAfter = (find: string, replace: string) =>
    refusedAfter('sources.json', '"id": "nbc-2022-12"', find, replace);

  it.each([
    [
      'an unknown id in restsOn',
      '"restsOn": ["tiandy-intro-2018"]',
      '"restsOn": ["tiandy-intro-2081"]',
      /\/sources\/3\/restsOn\/0 {2}unknown source "tiandy-intro-2081" — did you mean "tiandy-intro-2018"\?/,
    ],
    [
      'a source resting on itself',
      '"restsOn": ["tiandy-intro-2018"]',
      '"restsOn": ["dalian-2018-09"]',
      /\/sources\/3\/restsOn\/0 {2}a source cannot rest on itself; remove "dalian-2018-09" here/,
    ],
    [
      'a relay that says nothing of what it repeats',
      '"kind": "relay",\n      "restsOn": ["tiandy-intro-2018"],',
      '"kind": "relay",',
      /\/sources\/3\/kind {2}a "relay" repeats other sources: add "restsOn"/,
    ],
    [
      'a denial that is not a counterparty statement',
      '"kind": "company",',
      '"kind": "company",\n      "denial": true,',
      /\/sources\/4\/denial {2}only a counterparty's own statement can be a denial/,
    ],
    [
      'a source with no address that we say we read',
      '"seen": false,\n      "note"',
      '"note"',
      /\/sources\/4 {2}missing "url": add the address you read, or "seen": false/,
    ],
    [
      'an unknown agent',
      '"by": "heathrow"',
      '"by": "heathrow-airport"',
      /\/sources\/5\/by {2}unknown entity "heathrow-airport" — did you mean "heathrow"\?/,
    ],
  ])('refuses %s', (_, find, replace, message) => {
    const errors = sourcesAfter(find, replace);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it('refuses a loop and prints it', () => {
    const errors = refusedAfter(
      'sources.json',
      '"id": "tiandy-intro-2018"',
      '"kind": "company",',
      '"kind": "relay",\n      "restsOn": ["dalian-2018-09"],',
    );
    expect(errors).toEqual([
      expect.stringMatching(
        /\/sources\/3\/restsOn {2}these sources rest on each other in a loop: dalian-2018-09 → tiandy-intro-2018 → dalian-2018-09;/,
      ),
    ]);
  });

  it('refuses an unknown source in a citation override', () => {
    const errors = refusedAfter(
      'relationships.json',
      '"id": "heathrow-denies-tiandy"',
      '"heathrow-2022-12"',
      '"heathrow-2021-12"',
    );
    expect(errors).toEqual([
      expect.stringMatching(
        /\/relationships\/3\/sources\/0\/restsOn\/0 {2}unknown source "heathrow-2021-12" — did you mean "heathrow-2022-12"\?/,
      ),
    ]);
  });
});
