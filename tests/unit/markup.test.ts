// The story's tiny markup: what editors type, what components receive, and the mistakes the check refuses.
import { describe, expect, it } from 'vitest';
import { citedIds, findMarkupProblems, parseMarkup, plainText } from '$lib/data/markup';

describe('parseMarkup', () => {
  it.each([
    ['plain text', 'Tiandy is based in Tianjin.', [{ kind: 'text', text: 'Tiandy is based in Tianjin.' }]],
    [
      'emphasis',
      'a *claim*',
      [
        { kind: 'text', text: 'a ' },
        { kind: 'em', text: 'claim' },
      ],
    ],
    ['strong', '**denied**', [{ kind: 'strong', text: 'denied' }]],
    [
      'a link',
      'see [NBC](https://www.nbcnews.com/)',
      [
        { kind: 'text', text: 'see ' },
        { kind: 'link', text: 'NBC', href: 'https://www.nbcnews.com/' },
      ],
    ],
    ['one citation', '[nbc-2022-12]', [{ kind: 'cite', ids: ['nbc-2022-12'] }]],
    [
      'several citations',
      '[nbc-2022-12, fdd-2022-12]',
      [{ kind: 'cite', ids: ['nbc-2022-12', 'fdd-2022-12'] }],
    ],
    ['brackets that are no citation', '[Not An Id]', [{ kind: 'text', text: '[Not An Id]' }]],
    ['an empty string', '', []],
  ])('reads %s', (_, source, tokens) => expect(parseMarkup(source)).toEqual(tokens));

  it('keeps the order of mixed tokens', () => {
    const kinds = parseMarkup('Intel *ended* it [nbc-2022-12-16]; **see** [FDD](https://www.fdd.org/).').map(
      (t) => t.kind,
    );
    expect(kinds).toEqual(['text', 'em', 'text', 'cite', 'text', 'strong', 'text', 'link', 'text']);
  });
});

describe('citedIds', () => {
  it('lists each cited id once, in order of first appearance', () =>
    expect(citedIds('a [fdd-2022-12] b [nbc-2022-12, fdd-2022-12] c [nbc-2022-12]')).toEqual([
      'fdd-2022-12',
      'nbc-2022-12',
    ]));

  it('ignores link labels', () => expect(citedIds('[nbc](https://www.nbcnews.com/)')).toEqual([]));
});

describe('plainText', () => {
  it('drops citations and markup, and the space before punctuation', () =>
    expect(plainText('Intel *ended* its business [nbc-2022-12-16]. See [NBC](https://x.org).')).toBe(
      'Intel ended its business. See NBC.',
    ));
});

describe('findMarkupProblems', () => {
  it.each([
    ['an HTML tag', 'Tiandy <b>denies</b> it', /HTML is not allowed/],
    ['a self-closing tag', 'line<br/>break', /HTML is not allowed/],
    ['a link without https', '[NBC](www.nbcnews.com)', /the link "www\.nbcnews\.com" must be a full address/],
    ['a javascript: link', '[x](javascript:alert(1))', /must be a full address/],
    ['an unclosed citation', 'Intel ended it [nbc-2022-12.', /is not closed/],
    ['a stray closing bracket', 'Intel ended it nbc-2022-12].', /is not closed/],
  ])('refuses %s', (_, source, problem) => expect(findMarkupProblems(source).join('\n')).toMatch(problem));

  it.each([
    ['plain text', 'Tiandy is based in Tianjin.'],
    ['every kind of markup', '*a* **b** [c](https://d.org) [nbc-2022-12, fdd-2022-12]'],
    ['an http link', '[Dalian](http://en.dl.gov.cn/News/ChinaNews/23348.jhtml)'],
    ['a comparison sign', 'fewer than 10 < 60'],
  ])('accepts %s', (_, source) => expect(findMarkupProblems(source)).toEqual([]));
});
