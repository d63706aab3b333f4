// Latin inside Persian text is cut into runs to isolate, each whole with the punctuation that is its own
// (the glossary, §13: "so that punctuation lands on the right side").
import { describe, expect, it } from 'vitest';
import { latinRuns } from '$lib/ui/latinRuns';
import { editions } from '$lib/editions/editions';

const latin = (text: string) =>
  latinRuns(text)
    .filter((r) => r.latin)
    .map((r) => r.text);

describe('Latin runs in Persian text', () => {
  it('keeps a company name whole with its commas and full stops, inside the Persian brackets', () => {
    expect(latin('شرکت فناوری تیاندی (Tiandy Technologies Co., Ltd.)')).toEqual([
      'Tiandy Technologies Co., Ltd.',
    ]);
    expect(latin('شرکت اینتل (Intel Corp.)')).toEqual(['Intel Corp.']);
  });
  it('gives each name its own run where Persian words or commas part them', () => {
    expect(latin('به روایت IPVM، MIT Technology Review و American Military News')).toEqual([
      'IPVM',
      'MIT Technology Review',
      'American Military News',
    ]);
  });
  it("leaves a sentence's full stop to the sentence, and keeps a Latin gloss with its name", () => {
    expect(latin('گزارش IPVM.')).toEqual(['IPVM']);
    expect(latin('Dalian Municipal Government (English site)، ۲۰۱۸')).toEqual([
      'Dalian Municipal Government (English site)',
    ]);
    expect(latin('شمارهٔ استناد (87 FR 77505)')).toEqual(['87 FR 77505']);
  });
  it('gives back the text it was given, and nothing to isolate in text without Latin', () => {
    const text = 'شرکت فناوری تیاندی (Tiandy Technologies Co., Ltd.) و IPVM.';
    expect(
      latinRuns(text)
        .map((r) => r.text)
        .join(''),
    ).toBe(text);
    expect(latin('دسامبر ۲۰۲۲ (آذر و دی ۱۴۰۱)')).toEqual([]);
  });
});

describe('the right-to-left edition', () => {
  it('is Persian alone, as current.ts `rtl` (a constant the minifier folds) takes it to be', () =>
    expect(
      Object.values(editions)
        .filter((e) => e.dir === 'rtl')
        .map((e) => e.id),
    ).toEqual(['fa']));
});
