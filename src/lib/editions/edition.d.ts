/** The build's edition, replaced at compile time (vite.config.ts `define`, from EDITION). */
declare const __EDITION__: import('./editions.ts').EditionId;
