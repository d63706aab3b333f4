// The edition this build is for: a compile-time constant (vite.config.ts defines __EDITION__ from EDITION,
// default en), never read from the address at run time. Node code outside Vite reads EDITION itself.
import { editions, type Edition, type EditionId } from './editions';

declare const __EDITION__: EditionId;

let id: EditionId;
try {
  id = __EDITION__;
} catch {
  id = (globalThis.process?.env.EDITION as EditionId | undefined) ?? 'en';
}

export const edition: Edition = editions[id];
