// The one text measure every chart lays its labels out with (src/lib/charts/text.ts).
import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '$lib/charts/text';

describe('textWidth', () => {
  it('grows with the text, the font size and the weight', () => {
    expect(textWidth('Entity List', 12)).toBeGreaterThan(50);
    expect(textWidth('Entity List', 24)).toBeGreaterThan(textWidth('Entity List', 12) * 1.9);
    expect(textWidth('MMM', 12)).toBeGreaterThan(textWidth('iii', 12));
    expect(textWidth('Entity List', 12, 'bold')).toBeGreaterThan(textWidth('Entity List', 12));
  });
  it('measures accented letters like their base letter', () => {
    expect(textWidth('Höwür', 12)).toBe(textWidth('Howur', 12));
  });
  it('gives letters it has no table for a full em, erring wide', () => {
    expect(textWidth('—', 10)).toBe(10);
    expect(textWidth('北京', 10)).toBe(20);
  });
});

describe('wrapText', () => {
  it('wraps at spaces within the width and never cuts a word', () => {
    for (const [text, width] of [
      ['Only PRC camera maker with direct Iran presence', 150],
      ['Foundation for Defense of Democracies', 90],
    ] as const) {
      const lines = wrapText(text, width, 12);
      expect(lines.length).toBeGreaterThan(1);
      expect(lines.join(' ')).toBe(text);
      // A single word wider than the line may stand alone; a line of words fits.
      for (const l of lines) if (l.includes(' ')) expect(textWidth(l, 12)).toBeLessThanOrEqual(width);
    }
    expect(wrapText('Supercalifragilistic', 20, 12)).toEqual(['Supercalifragilistic']);
  });
  it('leaves a label that fits on one line', () => {
    const text = 'Entity List';
    expect(wrapText(text, textWidth(text, 12), 12)).toEqual([text]);
    expect(wrapText(text, textWidth(text, 12) - 1, 12)).toEqual(['Entity', 'List']);
  });
  it('may break after a hyphen, keeping it', () => {
    expect(wrapText('Hikvision-Tiandy', textWidth('Hikvision-', 12, 'bold'), 12, 'bold')).toEqual([
      'Hikvision-',
      'Tiandy',
    ]);
  });
  it('measures a line word by word as it would measure it whole', () => {
    const text = 'Commerce adds Tiandy to the Entity List, with Hikvision-linked firms';
    for (const width of [60, 100, 140, 200])
      for (const weight of ['regular', 'bold'] as const) {
        const lines = wrapText(text, width, 11, weight);
        for (const [i, l] of lines.entries()) {
          const pieces = l.split(' ').flatMap((w) => w.split(/(?<=-)(?=[^-])/));
          if (pieces.length > 1) expect(textWidth(l, 11, weight)).toBeLessThanOrEqual(width);
          // Each line is as long as it can be: the next word (or part after a hyphen) would not have fitted.
          const next = lines[i + 1]?.split(' ')[0].split(/(?<=-)(?=[^-])/)[0];
          const longer = l.endsWith('-') ? l + next : `${l} ${next}`;
          if (next) expect(textWidth(longer, 11, weight)).toBeGreaterThan(width);
        }
      }
  });
});
