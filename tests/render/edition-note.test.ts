// A translated edition says what it is: the switcher's note carries the translation's status, the English
// edition's date it was made from, and the translation's own updates (data/translations/<edition>.json).
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import EditionSwitcher from '$lib/editions/EditionSwitcher.svelte';

// The server's markup, parsed by jsdom (required: it ships no types; see provenance-ui.test.ts).
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => { window: { document: Document } };
};
const page = (props: Record<string, unknown>) =>
  new JSDOM(render(EditionSwitcher, { props: { path: '', built: ['en', 'fa'], ...props } }).body).window
    .document;

describe("a translated edition's note", () => {
  it('gives the status, the date translated from, and each update with its date, in order', () => {
    const div = page({
      status: 'Translated from the English edition.',
      translatedFrom: '2026-12-07',
      updates: [
        { date: '2026-12-07', text: 'First correction.' },
        { date: '2027-01', text: 'Second correction.' },
      ],
    });
    expect(div.querySelector('.status')?.getAttribute('data-translated-from')).toBe('2026-12-07');
    const updates = [...div.querySelectorAll('[data-update]')];
    expect(updates.map((u) => u.getAttribute('data-update'))).toEqual(['2026-12-07', '2027-01']);
    expect(updates[0].textContent).toMatch(/2026.*First correction\./s);
    expect(updates[1].textContent).toMatch(/2027.*Second correction\./s);
    expect(updates.every((u) => u.closest('nav'))).toBe(true);
  });
  it('says nothing of updates when the translation has none, nor anything on the English edition', () => {
    expect(
      page({ status: 'Translated.', translatedFrom: '2026-12-07' }).querySelector('[data-update]'),
    ).toBeNull();
    const english = page({});
    expect(english.querySelector('.status, [data-update]')).toBeNull();
  });
});
