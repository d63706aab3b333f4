// Right of reply and quotations, as the data check enforces them: every party named in a claim against it
// that this newsroom has not asked is listed as a warning with its place (the data still passes), and a
// quotation must cite a source whose quoted words were read on an original or faithful copy.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkDataTexts } from '../../src/lib/data/load';
import { positionOf, replaceNth, validDir, validTexts } from './helpers';

const run = (dir: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-data.ts', dir], { encoding: 'utf8' });

/** The valid fixture with a "responses" list in its story. */
function withResponses(responses: object[]) {
  const texts = validTexts();
  // An outlet that asked, so a request by someone other than this newsroom can be recorded.
  texts['entities.json'] = replaceNth(
    texts['entities.json'],
    '"entities": [',
    '"entities": [{ "id": "nbc-news", "name": "NBC News", "kind": "media", "role": "Broadcaster that asked." },',
  );
  texts['story.json'] = replaceNth(
    texts['story.json'],
    '"openQuestions":',
    `"responses": ${JSON.stringify(responses)},\n  "openQuestions":`,
  );
  return texts;
}

describe('right of reply to-do', () => {
  it('warns, with the place, about each party named in a claim against it that was never asked, and passes', () => {
    const { status, stdout, stderr } = run(validDir);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^data OK/);
    // The fixture asks nobody: Intel (it supplies) and Tiandy (it sells) are named in claims against them.
    const rel = validTexts()['relationships.json'];
    const tiandy = positionOf(rel, '{\n      "id": "tiandy-sells-irgc"');
    const intel = positionOf(rel, '{\n      "id": "intel-supplies-tiandy"');
    const lines = stderr.split('\n').filter((l) => l.startsWith('WARNING'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(`relationships.json:${intel.line}:${intel.column}  /relationships/0`);
    expect(lines[0]).toMatch(/"intel".*no request for comment on record/);
    expect(lines[1]).toContain(`relationships.json:${tiandy.line}:${tiandy.column}  /relationships/2`);
    expect(lines[1]).toMatch(/"tiandy".*"askedBy": "this-newsroom"/);
  });

  it("drops a party once this newsroom's request is on record, silence included; another outlet's does not count", () => {
    const { dataset, warnings } = checkDataTexts(
      withResponses([
        {
          id: 'asked-tiandy',
          party: 'tiandy',
          askedBy: 'this-newsroom',
          answer: 'no-reply',
          date: '2026-12-07',
          text: 'Tiandy did not reply by the deadline.',
          sources: ['nbc-2022-12'],
        },
        {
          id: 'nbc-asked-intel',
          party: 'intel',
          askedBy: 'nbc-news',
          answer: 'replied',
          text: 'Intel replied to NBC News [nbc-2022-12].',
          sources: ['nbc-2022-12'],
        },
      ]),
    );
    expect(dataset).not.toBeNull();
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/"intel".*asked by other outlets/),
    ]);
  });

  it('refuses an asker that is neither this newsroom nor a known outlet, and an asked "statement"', () => {
    const { errors } = checkDataTexts(
      withResponses([
        {
          id: 'a',
          party: 'tiandy',
          askedBy: 'nbc',
          answer: 'no-reply',
          text: 'x.',
          sources: ['nbc-2022-12'],
        },
        {
          id: 'b',
          party: 'intel',
          askedBy: 'this-newsroom',
          answer: 'statement',
          text: 'y.',
          sources: ['nbc-2022-12'],
        },
      ]),
    );
    expect(errors.map((e) => `${e.pointer} ${e.message}`)).toEqual([
      expect.stringMatching(/^\/responses\/0\/askedBy unknown entity "nbc"/),
      expect.stringMatching(/^\/responses\/1\/askedBy a "statement" is one nobody asked for/),
    ]);
  });
});

describe('quotations', () => {
  const quoted = (cite: string) => {
    const texts = validTexts();
    texts['story.json'] = replaceNth(
      texts['story.json'],
      'Tiandy claims branches in 60+ countries [nbc-2022-12].',
      `Heathrow said \\"we do not have a relationship\\" [${cite}].`,
    );
    return checkDataTexts(texts).errors;
  };

  it('refuses a quotation citing only sources whose quoted words were not read on an original or faithful copy', () => {
    const sources = validTexts()['sources.json'];
    expect(sources).not.toContain('"id": "fdd-2022-12",\n      "quotesReadOn"');
    expect(quoted('fdd-2022-12').map((e) => `${e.pointer} ${e.message}`)).toEqual([
      expect.stringMatching(
        /^\/summary\/0 the quotation "we do not have a relationship" cites only fdd-2022-12/,
      ),
    ]);
  });

  it('accepts it once the cited source says where its quoted words were read', () => {
    const texts = validTexts();
    texts['sources.json'] = replaceNth(
      texts['sources.json'],
      '"id": "fdd-2022-12",',
      '"id": "fdd-2022-12",\n      "quotesReadOn": "original",',
    );
    texts['story.json'] = replaceNth(
      texts['story.json'],
      'Tiandy claims branches in 60+ countries [nbc-2022-12].',
      'Heathrow said \\"we do not have a relationship\\" [fdd-2022-12].',
    );
    expect(checkDataTexts(texts).errors).toEqual([]);
  });
});
