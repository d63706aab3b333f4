// data/ as it is: every file there and passing every check npm run check:data makes (the schema, the
// cross-file references and the evidence rules), each file's problems listed under its own name. What the
// schema guarantees of a record (a status, at least one source) is the schema's test, not this one's.
import { describe, expect, it } from 'vitest';
import { checkDataTexts, dataFileNames, formatDataErrors, readDataDir } from '../../src/lib/data/load';
import { realDir } from './helpers';

const texts = readDataDir(realDir);
const { errors } = checkDataTexts(texts);

describe('data/', () => {
  it.each(dataFileNames)('%s exists', (file) => expect(texts[file], `data/${file}`).toBeTypeOf('string'));

  it.each(dataFileNames)('%s passes every check', (file) => {
    const mine = errors.filter((e) => e.file === `data/${file}`);
    expect(formatDataErrors(mine)).toBe('0 problems in data/:');
  });
});
