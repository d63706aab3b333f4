// The map's scenes worked out ahead (ahead.ts): `sceneOf` for the chart, `ahead` for its island.
import type { MapView, View } from '$lib/data/schema';
import { mapSceneFor, type MapSceneInput } from '$lib/charts/map/scene';
import { kept, viewKey } from './ahead';

export function mapAhead(data: Omit<MapSceneInput, 'view' | 'width'>) {
  // The chart asks with the records it was given, which are these: the view and width are the key.
  const sceneOf = kept(mapSceneFor, ({ view, width }) => viewKey(view, width));
  return {
    sceneOf,
    ahead: (view: View, width: number) => void sceneOf({ ...data, view: view as MapView, width }),
  };
}
