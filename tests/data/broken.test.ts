// One case per kind of editor mistake: each breaks the valid fixture dataset with one text edit and
// must be refused at the right file, line and column, with a message that says what to type instead.
import { describe, expect, it } from 'vitest';
import { checkDataTexts, formatDataErrors } from '../../src/lib/data/load';
import { positionOf, replaceNth, validTexts } from './helpers';
import { casesA } from './brokenCasesA';
import { casesB } from './brokenCasesB';
import { casesMeasures } from './brokenCasesMeasures';

const cases = [...casesA, ...casesB, ...casesMeasures];

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
      '1 problem in data/:\ndata/entities.json:1:1  /  the file is missing; data/ needs sources.json, entities.json, relationships.json, footprint.json, events.json, measures.json, story.json',
    );
  });
});
