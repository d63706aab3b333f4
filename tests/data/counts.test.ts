// Counts in the copy follow the data: the check refuses a typed count, and an edit to the records
// changes the words the build prints.
import { describe, expect, it } from 'vitest';
import { checkDataTexts } from '../../src/lib/data/load';
import { replaceNth, validTexts } from './helpers';

const summary = '"summary": ["Tiandy claims branches in 60+ countries [nbc-2022-12]."]';

describe('counts in the copy', () => {
  it('refuses a count typed into the story, at its place, with the name to use', () => {
    const texts = validTexts();
    texts['story.json'] = replaceNth(
      texts['story.json'],
      summary,
      '"summary": ["Records tie it to four countries."]',
    );
    const { errors } = checkDataTexts(texts);
    expect(errors.map((e) => `${e.line}  ${e.pointer}  ${e.message}`)).toEqual([
      '7  /summary/0  "four countries" types a count the data holds; write {countries.total} (now 4) so the words follow the data',
    ]);
  });

  it('fills named values, and they follow an added country', () => {
    const texts = validTexts();
    texts['story.json'] = replaceNth(
      texts['story.json'],
      summary,
      '"summary": ["Records tie it to {countries.total} countries, {countries.claimed} claimed."]',
    );
    expect(checkDataTexts(texts).dataset!.story.summary[0]).toBe(
      'Records tie it to four countries, one claimed.',
    );
    texts['footprint.json'] = replaceNth(
      texts['footprint.json'],
      '    }\n  ]\n}',
      `    },
    {
      "iso3": "CAN",
      "name": "Canada",
      "kind": "named-export-market",
      "presence": "Named by Tiandy as an export market in 2018 [dalian-2018-09].",
      "status": "claimed",
      "sources": ["dalian-2018-09"]
    }
  ]
}`,
    );
    const { dataset, errors } = checkDataTexts(texts);
    expect(errors).toEqual([]);
    expect(dataset!.story.summary[0]).toBe('Records tie it to five countries, two claimed.');
  });
});
