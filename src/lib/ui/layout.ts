// The page's layout in one place: the widths where it changes, and the lines a scrolly block reads by. The
// scroller (stepTracker.svelte.ts) reads them from here. CSS cannot import them, and a media query cannot
// read a custom property, so the stylesheets write them out and tests/unit/layout.test.ts holds every
// @media width in src to a breakpoint listed here, and the CSS landing line (--landing-line, src/app.css)
// to `landingLine`.

/** Viewport widths (rem; 1rem = 16px) where the layout changes. */
export const breakpoints = {
  /** Below it, the map's claim panel keeps to its rows, in small type. */
  narrow: 35,
  /** Below it (600px), the relationships' table folds into one card per row. */
  phone: 37.5,
  /** From it on, a scrolly block's text and graphic stand side by side; below it, the text passes under a
   * sticky graphic at the top of the screen. */
  wide: 60,
} as const;
export type Breakpoint = keyof typeof breakpoints;

/** The media query of screens at least as wide as a breakpoint. */
export const atLeast = (b: Breakpoint) => `(min-width: ${breakpoints[b]}rem)`;
/** The media query of screens narrower than a breakpoint: 0.01rem short of it, so that `atLeast` and
 * `below` of one breakpoint never both hold, nor both fail. */
export const below = (b: Breakpoint) => `(max-width: ${Math.round((breakpoints[b] - 0.01) * 100) / 100}rem)`;

/** Which layout a scrolly block has: side by side (wide) or the text under a sticky graphic (phone). */
export type Layout = 'wide' | 'phone';

/**
 * The trigger line: a step becomes active when its top crosses it, as a fraction of the viewport's height
 * from its top. Wide screens read beside the graphic, at about the middle; on phones the text window is
 * the lower part of the screen, under the sticky graphic, so a step takes over as soon as it is well into
 * that window.
 */
export const triggerLine: Record<Layout, number> = { wide: 0.6, phone: 0.8 };

/**
 * Where a jump to a step (a #step link, the stepper) lands the step's top, as a fraction of the viewport's
 * height: above the trigger line, so the step it lands on is the active one; on phones at the top of the
 * text window, just under the graphic. The CSS's scroll-margin-top (--landing-line in src/app.css).
 */
export const landingLine: Record<Layout, number> = { wide: 0.2, phone: 0.6 };

/** The layout of a viewport (in the browser). */
export const layoutNow = (): Layout => (window.matchMedia(atLeast('wide')).matches ? 'wide' : 'phone');
