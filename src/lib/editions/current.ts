// The edition this build makes: a compile-time constant (Vite's `define` replaces __EDITION__ with the
// EDITION the build was given, "en" by default; vite.config.ts), so each edition's bundle holds only its
// own branch and no module ever reads the edition from the address at run time.
import { editions, type Edition, type EditionId } from './editions.ts';

declare const __EDITION__: EditionId;

/** Where no Vite build defined it (a script run by tsx), the English edition. */
export const editionId: EditionId = typeof __EDITION__ === 'undefined' ? 'en' : __EDITION__;

export const edition: Edition = editions[editionId];

/**
 * The site's root path, where the English edition, the public files and the downloads live: the page's
 * base path (import.meta.env.BASE_URL, "/tiandy/fa/") without the edition's folder ("fa/").
 */
export const siteBase = (pageBase: string = import.meta.env.BASE_URL ?? '/') =>
  edition.path && pageBase.endsWith(edition.path) ? pageBase.slice(0, -edition.path.length) : pageBase;
