// The shape of the prepared layout (the module "virtual:network-layout", worked out from the data by
// scripts/prepare-network.ts), shared by the code that computes it and the diagram that reads it.
// Kept free of d3-force so the browser never loads the solver.

/** Which side of its symbol a node's label sits: -1 to the left, 1 to the right, 0 under it. */
export type NodeLabelSide = number;

/** A heading over one band of a column ("Reported on it"), in reference units. */
export interface BandHead {
  band: string;
  label: string;
  /** The column's symbol x; the heading sits on its label side. */
  x: number;
  /** The heading's baseline. */
  y: number;
  side: NodeLabelSide;
}

/** One arrangement of the nodes, in reference units. */
export interface LayoutVariant {
  /** Reference width; the diagram stretches x to the width it is given and keeps y as is. */
  width: number;
  height: number;
  columns: number;
  rows: number;
  /** The widest a label under its symbol may be, before stretching. */
  cellWidth: number;
  /** The least distance between two nodes of a column. */
  rowHeight: number;
  /** Symbol centres by entity id. */
  nodes: Record<string, { x: number; y: number }>;
  /** Label sides by entity id (under the symbol when absent). */
  labelSide?: Record<string, NodeLabelSide>;
  /** Each band's heading, for the whole diagram. */
  bands?: BandHead[];
}

export interface NetworkLayout {
  note: string;
  /** Landscape, for widths of 600px and more. */
  wide: LayoutVariant;
  /** Portrait, for phones. */
  narrow: LayoutVariant;
  /** The entity the diagram is about: the most connected one. */
  centre?: string;
  /** Phone layouts of the story's views, by their node ids sorted and joined with a space: a step's few
   * nodes laid out on their own, so they fill a phone's graphic instead of a crop of the whole. */
  views?: Record<string, LayoutVariant>;
}

/** Below this width (CSS px) the diagram uses the narrow layout. */
export const narrowBelow = 600;

/** The key of a view's own phone layout in NetworkLayout.views. */
export const viewKey = (nodes: string[]) => [...nodes].sort().join(' ');
