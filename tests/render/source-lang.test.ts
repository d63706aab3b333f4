// Source titles stay in their own language in every edition, marked with it (issue #29): a title in another
// language than the page's is a <bdi lang>, isolated from the sentence's direction; one in the page's own
// language is left plain.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import SourceLink from '$lib/ui/SourceLink.svelte';
import { edition } from '$lib/editions/current';

const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => { window: { document: Document } };
};
const link = (source: { title: string; url?: string; lang?: string; seen?: false }) =>
  new JSDOM(render(SourceLink, { props: { source } }).body).window.document;

describe('a source title', () => {
  it('in another language than the page is marked with its language and isolated', () => {
    const doc = link({ title: 'Frygter kinesisk overvågning', lang: 'da', url: 'https://example.org/' });
    const bdi = doc.querySelector('a bdi');
    expect(bdi?.getAttribute('lang')).toBe('da');
    expect(bdi?.textContent).toBe('Frygter kinesisk overvågning');
  });
  it("in the page's language (English when not given, on the English edition) is left plain", () => {
    expect(edition.id).toBe('en');
    const doc = link({ title: 'Chinese firm selling surveillance tech', url: 'https://example.org/' });
    expect(doc.querySelector('bdi, [lang]')).toBeNull();
    expect(doc.querySelector('a')?.textContent).toBe('Chinese firm selling surveillance tech');
  });
  it('unlinked, known only through others, keeps its language too', () => {
    const doc = link({ title: 'Sécurité de l’information', lang: 'fr', seen: false });
    expect(doc.querySelector('.unlinked bdi')?.getAttribute('lang')).toBe('fr');
  });
});
