// Which measures a map view shows: none in a footprint view; in the measures layer, those whose reach the
// view names (every one when it names none). The map draws these, and an embed of the view lists their
// sources. Kept apart from measures.ts so an embed's source list does not load the map's scene.
import type { MapView, Measure } from '$lib/data/schema';

type Scope = Pick<MapView, 'reach' | 'layer'>;

/** True when a measures view shows the measure: its reach is among those named, or the view names none. */
export const measureShown = (view: Pick<MapView, 'reach'>, m: Pick<Measure, 'reach'>) =>
  !view.reach?.length || view.reach.includes(m.reach);

/** The measures the view draws or lists, in the order given. */
export const measuresShown = <M extends Pick<Measure, 'reach'>>(view: Scope, measures: M[]): M[] =>
  view.layer === 'measures' ? measures.filter((m) => measureShown(view, m)) : [];
