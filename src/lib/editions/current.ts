// The edition this build is for: a compile-time constant (vite.config.ts defines __EDITION__ from EDITION,
// default en), never read from the address at run time. Node code outside Vite reads EDITION itself.
import { editions, type Edition, type EditionId } from './editions';

declare const __EDITION__: EditionId | undefined;

/** Written so that a bundle's minifier folds it to the defined string. */
export const editionId: EditionId =
  typeof __EDITION__ === 'undefined'
    ? ((globalThis.process?.env.EDITION as EditionId | undefined) ?? 'en')
    : __EDITION__;

export const edition: Edition = editions[editionId];
