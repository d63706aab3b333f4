// The edition this build is of: `EDITION=fa npm run build` (default en), fixed at compile time through
// Vite's `define` (vite.config.ts), so the server render and the page's script always agree.
import { editions, type Edition } from './editions.ts';

export const edition: Edition = editions[__EDITION__];
