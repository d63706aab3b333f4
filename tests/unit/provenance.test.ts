import { describe, expect, it } from 'vitest';
import {
  chainsOf,
  citationIds,
  citedSources,
  howWeKnow,
  indexSources,
  provenanceOf,
  statusProblem,
  type ProvenanceSource,
} from '../../src/lib/data/provenance';

// A small world: Tiandy's posts, read by IPVM, relayed by MIT TR and NBC; US officials quoted by NBC;
// Heathrow's denial; the Commerce rule; Reuters' copy of the WSJ.
const sources: ProvenanceSource[] = [
  { id: 'posts', publisher: 'Tiandy', kind: 'company', by: 'tiandy', name: "Tiandy's own posts" },
  { id: 'site', publisher: 'Tiandy', kind: 'company', by: 'tiandy', name: "Tiandy's website" },
  { id: 'ipvm', publisher: 'IPVM', kind: 'reporting', restsOn: ['posts'] },
  { id: 'mittr', publisher: 'MIT Technology Review', kind: 'relay', restsOn: ['ipvm'] },
  { id: 'nbc', publisher: 'NBC News', kind: 'relay', restsOn: ['mittr'] },
  { id: 'nbc-16', publisher: 'NBC News', kind: 'reporting' },
  { id: 'nbc-17', publisher: 'NBC News', kind: 'reporting' },
  { id: 'officials', publisher: 'US government', kind: 'official-statement', name: 'US officials' },
  {
    id: 'heathrow',
    publisher: 'Heathrow',
    kind: 'counterparty',
    denial: true,
    name: "Heathrow's spokesperson",
  },
  { id: 'rule', publisher: 'BIS', kind: 'official-record' },
  { id: 'wsj', publisher: 'The Wall Street Journal', kind: 'reporting' },
  { id: 'reuters', publisher: 'Reuters', kind: 'relay', restsOn: ['wsj'] },
  { id: 'reuters-copy', publisher: 'Al Arabiya', kind: 'relay', copyOf: 'reuters' },
];
const index = indexSources(sources);

describe('chains to the roots', () => {
  it('follows restsOn outward to the root, however many relays', () => {
    expect(chainsOf('nbc', index)).toEqual([['nbc', 'mittr', 'ipvm', 'posts']]);
  });
  it('lets a citation say what the source rests on for this record', () => {
    expect(chainsOf({ id: 'nbc-16', restsOn: ['officials'] }, index)).toEqual([['nbc-16', 'officials']]);
    expect(chainsOf('nbc-16', index)).toEqual([['nbc-16']]);
  });
  it('counts a copy as its original', () => {
    expect(chainsOf('reuters-copy', index)).toEqual([['reuters', 'wsj']]);
  });
  it('stops at a loop instead of running forever', () => {
    const loop = indexSources([
      { id: 'a', publisher: 'A', kind: 'relay', restsOn: ['b'] },
      { id: 'b', publisher: 'B', kind: 'relay', restsOn: ['a'] },
    ]);
    expect(chainsOf('a', loop)).toEqual([['a', 'b']]);
  });
  it('names each id once', () => {
    expect(citationIds(['a', { id: 'b', restsOn: ['c'] }, 'a'])).toEqual(['a', 'b']);
  });
});

describe('the strongest status the roots allow', () => {
  it('ten outlets repeating the company are one root: the company', () => {
    const p = provenanceOf(['nbc', 'mittr', 'ipvm'], index);
    expect(p.roots.map((r) => r.id)).toEqual(['posts']);
    expect(p.ceiling).toBe('claimed');
    expect(statusProblem('confirmed', p)).toBe(
      `"confirmed", but every source leads back to Tiandy's own posts (nbc → mittr → ipvm → posts; mittr → ipvm → posts; ipvm → posts): use "claimed", or cite an independent source`,
    );
    expect(statusProblem('claimed', p)).toBeUndefined();
  });
  it('the company plus one other agent is single-source', () => {
    const p = provenanceOf(['nbc', { id: 'nbc-16', restsOn: ['officials'] }], index);
    expect(p.ceiling).toBe('single-source');
    expect(statusProblem('single-source', p)).toBeUndefined();
    expect(statusProblem('confirmed', p)).toMatch(
      /^"confirmed", but its sources lead back to only one independent root, US officials \(.*nbc-16 → officials\): use "single-source"/,
    );
  });
  it('two documents by one agent count once', () => {
    const p = provenanceOf(['nbc-16', 'nbc-17'], index);
    expect(p.independent).toEqual(['NBC News']);
    expect(p.ceiling).toBe('single-source');
  });
  it('two independent agents, or an official record of the act, confirm', () => {
    expect(provenanceOf(['nbc-16', 'reuters'], index).ceiling).toBe('confirmed');
    expect(provenanceOf(['rule'], index).ceiling).toBe('confirmed');
  });
  it('a counterparty denial allows "denied" and forbids "confirmed"', () => {
    const p = provenanceOf(['site', 'nbc-16', 'reuters', 'heathrow'], index);
    expect(statusProblem('denied', p)).toBeUndefined();
    expect(statusProblem('confirmed', p)).toMatch(/^"confirmed", but Heathrow's spokesperson denies it/);
    expect(statusProblem('denied', provenanceOf(['site'], index))).toMatch(
      /^"denied", but no source is the counterparty's own denial \(site\): use "claimed"/,
    );
  });
});

describe('how we know, for readers', () => {
  it('names each root and who relayed it, nearest the root first', () => {
    expect(howWeKnow(['nbc', { id: 'nbc-16', restsOn: ['officials'] }], index)).toBe(
      "Tiandy's own posts, as reported by IPVM, MIT Technology Review and NBC News; US officials, as reported by NBC News",
    );
  });
  it('names a root once however many of its documents are cited', () => {
    expect(howWeKnow(['nbc-16', 'nbc-17'], index)).toBe('NBC News');
  });
  it('names a root cited directly by itself, and a copy by its original', () => {
    expect(howWeKnow(['rule'], index)).toBe('BIS');
    expect(howWeKnow(['reuters-copy'], index)).toBe('The Wall Street Journal, as reported by Reuters');
  });
  it('calls a relay by its name where it has one, as it would call it as a root', () => {
    const named = indexSources([
      ...sources,
      { id: 'fdd', publisher: 'FDD', kind: 'reporting', name: 'the think tank FDD', restsOn: ['posts'] },
    ]);
    expect(howWeKnow([{ id: 'fdd', restsOn: ['posts'] }], named)).toBe(
      "Tiandy's own posts, as reported by the think tank FDD",
    );
  });
});

describe('the one lookup of what a record cites', () => {
  it('gives each cited source once, in the order cited, plain ids and citations alike', () => {
    const cited = citedSources(['nbc', { id: 'ipvm', restsOn: ['posts'] }, 'nbc', 'rule'], index);
    expect(cited.map((s) => s.id)).toEqual(['nbc', 'ipvm', 'rule']);
  });
  it('leaves out an id the index lacks, and a record with no sources cites none', () => {
    expect(citedSources(['nowhere', 'wsj'], index).map((s) => s.id)).toEqual(['wsj']);
    expect(citedSources(undefined, index)).toEqual([]);
  });
});
