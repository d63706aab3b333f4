// The edition's label widths, shaped at build time by HarfBuzz in the fonts the edition ships
// (scripts/textWidths.ts): Persian in the Vazirmatn subset, Chinese in Noto Sans CJK SC. Every label a
// chart draws comes from the data or the messages, known when the site is built, so the browser gets a
// table instead of a shaper. English has none (null): its labels are measured as before (text.ts).

export type Weight = 'regular' | 'bold';

export interface WidthTable {
  /** The edition's labels break by Chinese rules (lineBreaks.ts). */
  cjk: boolean;
  /** Advances in thousandths of an em, [regular, bold]: single characters (each shaped alone; a full em
   * left out) and the pieces of the labels (lineBreaks.ts) whose shaped width differs from the sum of
   * their characters'. One entry per string for both weights: the table ships in the edition's pages. */
  widths: Record<string, [number, number]>;
  /** Arabic-script letters: those that join both sides and those that join only the previous letter,
   * and each one's joined forms, [regular, bold] of initial, medial, final in turn (isolated is in
   * `widths`). A Persian word is measured from its letters in the forms they take in it. */
  joining?: { dual: string; right: string; forms: Record<string, number[]> };
}

// Vite defines it for the edition's bundles (scripts/editionFonts.ts); Node code that runs outside Vite's
// bundles (the diagram's layout, worked out as the build's config loads) finds it on globalThis, put
// there by the same plugin before any layout is made.
declare const __TEXT_WIDTHS__: WidthTable | null | undefined;

/** The table Vite put in this bundle (null for English, where the minifier then drops the shaped
 * measure and the Chinese line breaks from the bundle), or undefined in Node code outside Vite. Named
 * once: the define writes the table's literal wherever the name is. */
export const bundledWidths: WidthTable | null | undefined =
  typeof __TEXT_WIDTHS__ === 'undefined' ? undefined : __TEXT_WIDTHS__;

/** Outside Vite: the table the plugin put on globalThis, read at each call (it arrives after the modules
 * that measure were loaded). */
export const nodeWidths = (): WidthTable | null =>
  (globalThis as { __TEXT_WIDTHS__?: WidthTable | null }).__TEXT_WIDTHS__ ?? null;
