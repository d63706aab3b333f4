// Everything the diagram draws for one width and one view, as plain numbers: node and label boxes, link
// curves, arrowheads and which link labels fit. Pure and cheap (no solver): the positions come from the
// prepared layout; this scales them, places the nodes (nodes.ts), routes each link around the nodes it
// does not join (routes.ts), keeps the links' labels from colliding (linkLabels.ts), and works out what
// the view is about and, on phones, the part of the drawing it needs.
import type { Entity, NetworkView, Relationship } from '$lib/data/schema';
// Relative, not $lib: the build-time layout (scripts/prepare-network.ts) loads this with vite.config.ts.
import { round1 as f, type Box } from '../geometry';
import { narrowBelow, viewKey, type NetworkLayout } from './layout';
import { linkLabelWrap, placeLinkLabels } from './linkLabels';
import { centreScale, nodeType, placeNode, radius } from './nodes';
import { routeLinks } from './routes';
import { networkShown } from './shown';
import type { Point, Route } from './curves';

// What the diagram's component and the build-time layout read from here, wherever it is worked out.
export { overlaps, type Box } from '../geometry';
export {
  centreScale,
  labelRoom,
  nodeFont,
  nodeHeight,
  nodeLine,
  nodeLines,
  nodeType,
  radius,
  smallNodeFont,
} from './nodes';
export { dateJoin, labelAll, linkDate, linkFont, linkLabelLines, linkLine } from './linkLabels';

export type { Emphasis, LinkLabel, Scene, SceneBand, SceneLink, SceneNode } from './types';
import type { Emphasis, Scene, SceneBand, SceneLink, SceneNode } from './types';

export const bandFont = 11;
/** How much taller a step's own layout is drawn at desktop widths. */
const ownStretch = 1.4;
const ownTallest = 400;
/** Room kept around the visible part when the phone layout is cropped. */
const cropPad = 16;

export interface SceneInput {
  entities: Entity[];
  relationships: Relationship[];
  layout: NetworkLayout;
  view?: Partial<NetworkView>;
  width: number;
}

/** The variant a view is drawn from: on phones, the view's own layout when the build made one. */
export function variantFor(layout: NetworkLayout, view: Partial<NetworkView>, width: number) {
  // A view of a few named nodes has a layout of its own at every width: in the whole diagram's wide
  // layout they are a small corner of a tall drawing, their links bunched and their labels crowded.
  const own = view.nodes ? layout.views?.[viewKey(view.nodes)] : undefined;
  const mode: 'wide' | 'narrow' = own || width < narrowBelow ? 'narrow' : 'wide';
  return { mode, variant: own ?? layout[mode], own: !!own };
}

export function buildScene({ entities, relationships, layout, view = {}, width }: SceneInput): Scene {
  const { mode, variant, own } = variantFor(layout, view, width);
  const kx = width / variant.width;
  // A step's own layout is made for a phone; on a wider screen it is stretched across, and a little
  // down too, so its links' labels fit between them (no taller than `ownTallest`: a layout the build
  // already spread for its labels needs no more).
  const ky = own && width >= narrowBelow ? Math.max(1, Math.min(ownStretch, ownTallest / variant.height)) : 1;
  const height = Math.ceil(variant.height * ky);
  const shows = networkShown(view, relationships);
  const highlight = new Set(view.highlight ?? []);
  const reveal = view.reveal ?? [];
  const { font, lineHeight } = nodeType(width, variant.width);
  const centre = layout.centre ?? 'tiandy';

  // Highlighted relationship ids win; otherwise a highlighted entity lights up its own links. Nodes at
  // the ends of lit links stay at full strength; everything else dims.
  const relIds = relationships.filter((r) => highlight.has(r.id));
  const focusLink = (r: Relationship) =>
    relIds.length ? highlight.has(r.id) : highlight.has(r.from) || highlight.has(r.to);
  const litNodes = new Set<string>();
  for (const r of relationships) if (focusLink(r)) litNodes.add(r.from).add(r.to);
  const emphasis = (focus: boolean): Emphasis => (focus ? 'focus' : highlight.size ? 'dim' : 'normal');
  const nodeEmphasis = (id: string): Emphasis =>
    highlight.has(id) ? 'focus' : litNodes.has(id) || !highlight.size ? 'normal' : 'dim';

  // Nodes the layout has no place for are not drawn.
  const sideOf = (id: string) => variant.labelSide?.[id] ?? 0;
  const setting = { width, cellWidth: variant.cellWidth * kx, mode, font, lineHeight };
  const nodes: SceneNode[] = entities.flatMap((entity) => {
    const pos = variant.nodes[entity.id];
    if (!pos) return [];
    const r = entity.id === centre ? radius * centreScale : radius;
    const at = { x: f(pos.x * kx), y: f(pos.y * ky), r, side: sideOf(entity.id) };
    return [
      {
        ...placeNode(entity, at, setting),
        visible: shows.entity(entity.id),
        emphasis: nodeEmphasis(entity.id),
      },
    ];
  });

  const middle = nodes.find((n) => n.id === centre)?.x ?? width / 2;
  const shapes = new Map<string, { curve: Route; marks: Point[][] }>();
  const links: SceneLink[] = routeLinks(relationships, nodes, shows.relationship, sideOf, {
    kx,
    middle,
    outer: focusLink,
  }).map((l) => {
    shapes.set(l.rel.id, { curve: l.curve, marks: l.marks });
    return {
      id: l.rel.id,
      rel: l.rel,
      path: l.path,
      arrow: l.arrow,
      cross: l.cross,
      anchor: { x: f(l.mid.x), y: f(l.mid.y) },
      label: null,
      visible: l.visible,
      emphasis: emphasis(focusLink(l.rel)),
      reveal: reveal.indexOf(l.rel.id),
      fan: l.fan,
      through: l.through,
    };
  });
  // Data order, so the markup (and tab order) follows relationships.json.
  const order = new Map(relationships.map((r, i) => [r.id, i]));
  links.sort((p, q) => order.get(p.id)! - order.get(q.id)!);

  placeLinkLabels(links, shapes, nodes, { width, height, highlight, wrap: wrapFor(nodes, centre, mode) });

  const { top, bottom } =
    mode === 'narrow' && view.nodes && !own ? crop(nodes, links, height) : { top: 0, bottom: height };
  const bands: SceneBand[] = view.nodes
    ? []
    : (variant.bands ?? []).map((b) => ({
        label: b.label,
        x: f(b.x * kx + (b.side < 0 ? radius * 1.2 : -radius * 1.2)),
        y: b.y,
        anchor: b.side < 0 ? 'end' : 'start',
      }));
  return {
    mode,
    width,
    height: bottom - top,
    offsetY: -top,
    font,
    lineHeight,
    centre,
    nodes,
    links,
    bands,
    focus: focusOf(nodes, links, top),
  };
}

/** Link labels wrap at the room between the centre and the nearest column, at least the layout's own
 * wrap: a step with one column has the whole width beside it, and fewer lines fit between its links. */
function wrapFor(nodes: SceneNode[], centre: string, mode: 'wide' | 'narrow') {
  const hub = nodes.find((n) => n.id === centre && n.visible);
  const gaps = nodes.filter((n) => n.visible && n !== hub && hub).map((n) => Math.abs(n.x - hub!.x));
  const room = gaps.length ? Math.min(...gaps) - 2 * radius - 24 : 0;
  return Math.round(Math.min(linkLabelWrap.widest, Math.max(linkLabelWrap[mode], room)));
}

/** The boxes of what is drawn: visible nodes, and the labels of visible links. */
const drawnBoxes = (nodes: SceneNode[], links: SceneLink[]): Box[] => [
  ...nodes.filter((n) => n.visible).map((n) => n.box),
  ...links.filter((l) => l.visible && l.label).map((l) => l.label!.box),
];

/** Phones: the tall layout cropped to what the view shows, so a step's subgraph fits a sticky screen (a
 * view with a layout of its own is already as small as it can be, and is not cropped). */
function crop(nodes: SceneNode[], links: SceneLink[], height: number) {
  const boxes = drawnBoxes(nodes, links);
  if (!boxes.length) return { top: 0, bottom: height };
  return {
    top: Math.max(0, Math.floor(Math.min(...boxes.map((b) => b.y0)) - cropPad)),
    bottom: Math.min(height, Math.ceil(Math.max(...boxes.map((b) => b.y1)) + cropPad)),
  };
}

/** What the view is about, from the top of the (cropped) drawing: highlighted nodes and links and the
 * nodes those links join, else everything drawn. */
function focusOf(nodes: SceneNode[], links: SceneLink[], top: number): Scene['focus'] {
  const lit = (e: Emphasis) => e === 'focus';
  const litLinks = links.filter((l) => l.visible && lit(l.emphasis));
  const ends = new Set(litLinks.flatMap((l) => [l.rel.from, l.rel.to]));
  const focused = [
    ...nodes.filter((n) => n.visible && (lit(n.emphasis) || ends.has(n.id))).map((n) => n.box),
    ...litLinks.filter((l) => l.label).map((l) => l.label!.box),
  ];
  const inView = focused.length ? focused : drawnBoxes(nodes, links);
  return inView.length
    ? {
        top: Math.floor(Math.min(...inView.map((b) => b.y0)) - top),
        bottom: Math.ceil(Math.max(...inView.map((b) => b.y1)) - top),
      }
    : undefined;
}
