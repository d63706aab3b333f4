// The edition's label widths, shaped at build time by HarfBuzz in the fonts the edition ships
// (scripts/textWidths.ts): Persian in the Vazirmatn subset, Chinese in Noto Sans CJK SC. Every label a
// chart draws comes from the data or the messages, known when the site is built, so the browser gets a
// table instead of a shaper. English has none (null): its labels are measured as before (text.ts).

export interface WidthTable {
  /** The edition's labels break by Chinese rules (lineBreaks.ts). */
  cjk: boolean;
  /** Advances in thousandths of an em, per weight: single characters (each shaped alone) and the pieces
   * of the labels (lineBreaks.ts) whose shaped width differs from the sum of their characters'. */
  regular: Record<string, number>;
  bold: Record<string, number>;
}

// Vite defines it for the edition's bundles (scripts/editionFonts.ts); Node code that runs outside Vite's
// bundles (the diagram's layout, worked out as the build's config loads) finds it on globalThis, put
// there by the same plugin before any layout is made.
declare const __TEXT_WIDTHS__: WidthTable | null | undefined;

// Read once, and named once: the define puts the table's literal wherever the name is written.
let defined: WidthTable | null | undefined;
try {
  defined = __TEXT_WIDTHS__;
} catch {
  defined = undefined; // not defined: Node code outside Vite
}

/** The table of the edition being built, or null (English). In Node it is read at each call, not when
 * this module loads: the table arrives after the modules that measure were loaded. */
export function shapedWidths(): WidthTable | null {
  if (defined !== undefined) return defined;
  return (globalThis as { __TEXT_WIDTHS__?: WidthTable | null }).__TEXT_WIDTHS__ ?? null;
}
