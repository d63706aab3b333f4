// What the footprint map draws, as plain data: a pure function of the prepared world, the records, the
// view and the width, so it can be tested in Node and FootprintMap only draws it. The land and the dots of
// every country are the static base layer (BaseLayer.svelte); the scene is what goes on top: the
// documented countries the view shows, their keyboard order, the places and their labels.
import type { CountClaim, Country, MapView, Region, Status } from '$lib/data/schema';
import type { MapGeometry } from '$lib/geo/types';
import { mapProjection, projectPoint } from '$lib/geo/projection';
import { statusOrder, statusRank } from '../status';
import { anchorsFor } from './anchors';
import { groundTest } from './ground';
import { placeLabels, type PlacedLabel } from './labels';
import { regionTransform, type ZoomTransform } from './regions';
import { countryShown, latestClaim } from './shown';

/** Below this width (CSS px) the map is a phone's: 44 px touch targets, the card under the map. */
export const NARROW_BELOW = 560;
/** Markers stay 9 px across at any width and zoom; hit areas 44 px where the map is touched. */
export const markerR = 4.5;
export const hitR = 22;
/** 12 px everywhere: the prerendered map (drawn for a 390 px phone) shrinks on a 360 px one until it
 * wakes, and an 11 px label would then be drawn under 11 px. */
export const labelFont = 12;

export interface MapSceneInput {
  geometry: MapGeometry;
  countries: Country[];
  claims: CountClaim[];
  view: Partial<MapView>;
  /** CSS pixels. */
  width: number;
}

/** A documented country the view shows. */
export interface MapMark {
  iso3: string;
  country: Country;
  /** Another country is highlighted and this one is not. */
  dim: boolean;
  highlight: boolean;
}

/** A point drawn with a label: a place, or a country drawn as a marker (no status: it has its symbol). */
export interface MapPlace {
  id: string;
  text: string;
  /** In reference units. */
  x: number;
  y: number;
  status?: Status;
  label: PlacedLabel;
}

export interface MapScene {
  /** The reference box (the SVG viewBox) and its size on screen. */
  box: { width: number; height: number };
  width: number;
  height: number;
  narrow: boolean;
  region: Region;
  zoom: ZoomTransform;
  /** Reference units per screen pixel inside the zoomed group: markers and labels scale by it. */
  unit: number;
  /** Shapes of documented countries, in the geometry's order, with their path. */
  shapes: (MapMark & { d: string })[];
  /** Countries too small for a shape, as markers. */
  markers: (MapMark & { x: number; y: number })[];
  /** Every documented country shown, west to east: the keyboard order, each with its anchor and the side
   * of the map its card opens on (away from it). */
  order: (MapMark & { x: number; y: number; card: 'left' | 'right' })[];
  /** The outlines drawn over the shapes, in keyboard order. */
  outlines: (MapMark & { d: string })[];
  /** Phones: a 44 px touch target over each documented shape. */
  hits: { iso3: string; x: number; y: number; r: number }[];
  places: MapPlace[];
  /** Names of countries, placed after the places: those drawn as markers, and the highlighted ones. */
  countryLabels: MapPlace[];
  /** The statuses the map draws (its countries' and their places'), strongest first: the legend's. */
  statuses: Status[];
  /** The latest claim of a count of countries, if any. */
  claim?: CountClaim;
  /** The countries the claim comparison counts: every documented one the map can place. */
  claimed: Country[];
}

export { latestClaim };

/** On a phone the claim comparison is what its views are about and needs the room: the map is drawn at
 * half the width, with its key beside it, so the whole comparison fits under it. */
export const mapInset = (view: Partial<MapView>, width: number) =>
  width < NARROW_BELOW && !!view.showClaim && view.layer !== 'measures';

/** The footprint scene as the map draws it for a view at a width: half as wide in an inset (mapInset),
 * and with no documented country in a measures view, which draws its own layer instead. */
export function mapSceneFor(input: MapSceneInput): MapScene {
  const { view, width } = input;
  return buildMapScene({
    ...input,
    countries: view.layer === 'measures' ? [] : input.countries,
    width: mapInset(view, width) ? Math.round(width * 0.5) : width,
  });
}

export function buildMapScene({ geometry, countries, claims, view, width }: MapSceneInput): MapScene {
  const W = geometry.width;
  const H = geometry.height;
  const drawn = view.region ?? 'world';
  const zoom = regionTransform(drawn, W, H);
  /** CSS pixels per reference unit at world scale. */
  const px = width / W;
  const height = (width * H) / W;
  const unit = 1 / (zoom.k * px);
  const narrow = width < NARROW_BELOW;
  const toScreen = (x: number, y: number): [number, number] => [
    (zoom.k * x + zoom.x) * px,
    (zoom.k * y + zoom.y) * px,
  ];

  const shown = (c: Country | undefined): c is Country => !!c && countryShown(view, c);
  const highlighted = new Set(view.highlight ?? []);
  const mark = (country: Country): MapMark => ({
    iso3: country.iso3,
    country,
    dim: highlighted.size > 0 && !highlighted.has(country.iso3),
    highlight: highlighted.has(country.iso3),
  });
  const byIso = new Map(countries.map((c) => [c.iso3, c]));
  const shapeD = new Map(geometry.shapes.map((s) => [s.iso3, s.d]));
  const anchors = anchorsFor(
    geometry,
    countries.map((c) => c.iso3),
  );

  const shapes = geometry.shapes.flatMap((s) => {
    const c = byIso.get(s.iso3);
    return shown(c) ? [{ ...mark(c), d: s.d }] : [];
  });
  const markers = geometry.markers.flatMap((m) => {
    const c = byIso.get(m.iso3);
    return shown(c) && !shapeD.has(m.iso3) ? [{ ...mark(c), x: m.x, y: m.y }] : [];
  });
  const order = countries
    .filter((c) => shown(c) && anchors.has(c.iso3))
    .map((c) => {
      const [x, y] = anchors.get(c.iso3)!;
      return {
        ...mark(c),
        x,
        y,
        card: toScreen(x, y)[0] > width / 2 ? ('left' as const) : ('right' as const),
      };
    })
    .sort((a, b) => a.x - b.x);
  const outlines = order.flatMap((m) => (shapeD.has(m.iso3) ? [{ ...m, d: shapeD.get(m.iso3)! }] : []));
  const hits = narrow
    ? order.filter((m) => shapeD.has(m.iso3)).map((m) => ({ iso3: m.iso3, x: m.x, y: m.y, r: hitR * unit }))
    : [];

  // Places: headquarters first, then by the country's evidence, then data order (sort is stable).
  const projection = mapProjection();
  const points = countries
    .filter(shown)
    .flatMap((c) =>
      (c.places ?? []).map((p) => {
        const [x, y] = projectPoint(projection, p.lon, p.lat);
        const priority = statusRank(c.status);
        return { id: p.id, text: p.name, x, y, status: p.status, priority, home: c.iso3 };
      }),
    )
    .sort((a, b) => a.priority - b.priority);
  // Countries are named after the places: those drawn as markers (Singapore), which have no shape to
  // show where they are, and the ones the view is about (Iran in the Middle East).
  const named = order
    .filter((m) => !shapeD.has(m.iso3) || m.highlight)
    .map((m) => ({ id: `country-${m.iso3}`, text: m.country.name, x: m.x, y: m.y, home: m.iso3 }));
  const labels = placeLabels(
    [...points, ...named].map((p) => {
      const [x, y] = toScreen(p.x, p.y);
      return { id: p.id, text: p.text, x, y, home: p.home };
    }),
    {
      width,
      height,
      fontSize: labelFont,
      radius: markerR + 1,
      // Beside the place: over the sea, its country or a neighbour, never a country far away.
      clear: groundTest(geometry, (x, y) => [(x / px - zoom.x) / zoom.k, (y / px - zoom.y) / zoom.k]),
    },
  );
  const labelOf = new Map(labels.map((l) => [l.id, l]));

  return {
    box: { width: W, height: H },
    width,
    height,
    narrow,
    region: drawn,
    zoom,
    unit,
    shapes,
    markers,
    order,
    outlines,
    hits,
    places: points.map(({ id, text, x, y, status }) => ({ id, text, x, y, status, label: labelOf.get(id)! })),
    countryLabels: named.map((p) => ({ ...p, label: labelOf.get(p.id)! })),
    statuses: statusOrder.filter((st) =>
      countries.some((c) => shown(c) && (c.status === st || c.places?.some((p) => p.status === st))),
    ),
    claim: latestClaim(claims),
    claimed: countries.filter((c) => anchors.has(c.iso3)),
  };
}
