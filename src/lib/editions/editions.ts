// The story's editions, declared once: every page, format and check that depends on the edition reads it
// from here. Direction is written down, not asked of Intl.Locale's getTextInfo (limited in browsers).

export const editionIds = ['en', 'fa', 'zh'] as const;
export type EditionId = (typeof editionIds)[number];

export interface Edition {
  id: EditionId;
  /** The page's `lang` and `hreflang`. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The Intl locale for dates and numbers (fa-IR gives the Solar Hijri calendar and Persian digits). */
  locale: string;
  /** The digits 0 to 9 as the locale writes them (tests/unit/edition-dates.test.ts holds them to Intl's). */
  digits: string;
  /** Open Graph's language_TERRITORY form. */
  ogLocale: string;
  /** Where the edition lives under the site's base: "" for English, "fa/" for Persian. */
  path: string;
  /** The edition's name in its own language, for the language switcher. */
  autonym: string;
}

export const editions: Record<EditionId, Edition> = {
  en: {
    id: 'en',
    lang: 'en',
    dir: 'ltr',
    locale: 'en-GB',
    digits: '0123456789',
    ogLocale: 'en_GB',
    path: '',
    autonym: 'English',
  },
  fa: {
    id: 'fa',
    lang: 'fa-IR',
    dir: 'rtl',
    locale: 'fa-IR',
    digits: '۰۱۲۳۴۵۶۷۸۹',
    ogLocale: 'fa_IR',
    path: 'fa/',
    autonym: 'فارسی',
  },
  zh: {
    id: 'zh',
    lang: 'zh-Hans',
    dir: 'ltr',
    locale: 'zh-CN',
    digits: '0123456789',
    ogLocale: 'zh_CN',
    path: 'zh/',
    autonym: '简体中文',
  },
};

/** A page's opening tag, as the templates' `<html lang="en">` becomes in the edition (the build's prerender
 * and the dev server's both put it in place): English keeps it; an edition states its language and
 * direction. */
export const htmlTag = ({ id, lang, dir }: Edition): string =>
  id === 'en' ? '<html lang="en">' : `<html lang="${lang}" dir="${dir}">`;

/** The edition a page path belongs to: "/fa/embed/map/" → fa; anything without a prefix → en. */
export function editionOfPath(pathname: string, base = '/'): Edition {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const first = rest.split('/')[0];
  return editionIds.includes(first as EditionId) && first !== 'en'
    ? editions[first as EditionId]
    : editions.en;
}

/** The edition a build was asked for (EDITION=fa); English when unset. A wrong name stops the build. */
export function editionFromEnv(value: string | undefined): Edition {
  const id = value?.trim() || 'en';
  if (!editionIds.includes(id as EditionId))
    throw new Error(`EDITION "${id}" is not an edition; write one of ${editionIds.join(', ')}`);
  return editions[id as EditionId];
}
