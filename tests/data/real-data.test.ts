// Every file in data/ passes the schema and the cross-file checks; the message lists every problem.
import { describe, expect, it } from 'vitest';
import { checkDataTexts, dataFileNames, formatDataErrors, readDataDir } from '../../src/lib/data/load';
import { realDir } from './helpers';

const texts = readDataDir(realDir);
const { dataset, errors } = checkDataTexts(texts);

describe('data/', () => {
  it.each(dataFileNames)('%s exists', (file) => expect(texts[file], `data/${file}`).toBeTypeOf('string'));

  it.each(dataFileNames)('%s passes every check', (file) => {
    const mine = errors.filter((e) => e.file === `data/${file}`);
    expect(formatDataErrors(mine)).toBe('0 problems in data/:');
  });

  it('builds a dataset in which every fact has a status and sources', () => {
    expect(dataset, formatDataErrors(errors)).not.toBeNull();
    const facts = [
      ...dataset!.relationships,
      ...dataset!.claims,
      ...dataset!.countries,
      ...dataset!.countries.flatMap((c) => c.places ?? []),
      ...dataset!.events,
      ...dataset!.measures,
    ];
    for (const fact of facts) {
      expect(fact.status).toBeTruthy();
      expect(fact.sources.length).toBeGreaterThan(0);
    }
  });
});
