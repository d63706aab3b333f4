// Which figure (title, description, alt text) a chart shows for a view: the map's measures view has its
// own, when story.json gives it; every other view shows its chart's figure.
import type { Figure, Story, View } from './schema';

export const figureFor = (story: Pick<Story, 'figures'>, view: View): Figure =>
  (view.chart === 'map' && view.layer === 'measures' && story.figures.measures) || story.figures[view.chart];
