/** One country outline, already projected into the reference box. */
export interface MapShape {
  /** ISO 3166-1 alpha-3 ("XKX" for Kosovo, which has no official code). */
  iso3: string;
  /** SVG path data in reference-box units, one decimal. */
  d: string;
}

/** A country too small to see or touch at world scale, drawn as a point. */
export interface MapMarker {
  iso3: string;
  /** Centre in reference-box units, one decimal. */
  x: number;
  y: number;
}

/**
 * The prepared world: written once by scripts/prepare-geo.ts, loaded on the server by
 * geometry.server.ts and read back from the prerendered SVG by geometry.dom.ts.
 */
export interface MapGeometry {
  /** Reference box (the SVG viewBox): always 0 0 width height. */
  width: number;
  height: number;
  shapes: MapShape[];
  markers: MapMarker[];
  /** Anchors (see anchors.ts) of the shapes the server marked, read back from the prerendered map: the
   * browser then never parses those outlines while the map wakes. */
  anchors?: Record<string, [number, number]>;
}
