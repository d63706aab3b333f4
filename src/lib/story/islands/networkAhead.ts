// The diagram's scenes worked out ahead (ahead.ts): `sceneOf` for the chart, `ahead` for its island.
import type { NetworkView, View } from '$lib/data/schema';
import { buildScene, type SceneInput } from '$lib/charts/network/scene';
import { kept, viewKey } from './ahead';

export function networkAhead(data: Omit<SceneInput, 'view' | 'width'>) {
  // The chart asks with the data it was given, which are these: the view and width are the key.
  const sceneOf = kept(buildScene, ({ view, width }) => viewKey(view, width));
  return {
    sceneOf,
    ahead: (view: View, width: number) => void sceneOf({ ...data, view: view as NetworkView, width }),
  };
}
