// The edition this build makes: a compile-time constant (Vite's `define` replaces __EDITION__ with the
// EDITION the build was given, "en" by default; vite.config.ts), so each edition's bundle holds only its
// own branch and no module ever reads the edition from the address at run time. Node code outside a
// bundle (the diagram's layout, worked out as Vite loads its config) reads EDITION itself.
import { editions, type Edition, type EditionId } from './editions.ts';

declare const __EDITION__: EditionId | undefined;

/** Written so that a bundle's minifier folds it to the defined string. */
export const editionId: EditionId =
  typeof __EDITION__ === 'undefined'
    ? ((globalThis.process?.env.EDITION as EditionId | undefined) ?? 'en')
    : __EDITION__;

export const edition: Edition = editions[editionId];

/**
 * True in the right-to-left edition (Persian; editions.ts gives its `dir`): written on `editionId`, so a
 * bundle's minifier folds it and the other editions' bundles drop what only it needs (latinRuns.ts).
 */
export const rtl: boolean = editionId === 'fa';

/**
 * The site's root path, where the English edition, the public files and the downloads live: the page's
 * base path (import.meta.env.BASE_URL, "/tiandy/fa/") without the edition's folder ("fa/").
 */
export const siteBase = (pageBase: string = import.meta.env.BASE_URL ?? '/') =>
  edition.path && pageBase.endsWith(edition.path) ? pageBase.slice(0, -edition.path.length) : pageBase;

/**
 * The space between a label and what follows it, or between words and a bracket: " " in English and
 * Persian ("Sources: NBC News", "Tianjin (confirmed)"), none in Chinese, whose full-width punctuation
 * carries its own room and which puts no space between Chinese and Latin text ("来源：NBC News",
 * "天津（已证实）"). Components write it where a template would otherwise leave a space.
 */
export const labelSpace = editionId === 'zh' ? '' : ' ';
