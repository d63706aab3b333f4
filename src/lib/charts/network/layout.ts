// The shape of the prepared layout (the module "virtual:network-layout", worked out from the data by
// scripts/prepare-network.ts), shared by the code that computes it and the diagram that reads it.
// Kept free of d3-force so the browser never loads the solver.

/** One arrangement of the nodes on a grid, in reference units. */
export interface LayoutVariant {
  /** Reference width; the diagram stretches x to the width it is given and keeps y as is. */
  width: number;
  height: number;
  columns: number;
  rows: number;
  /** Width of one grid cell: the widest a node label may be, before stretching. */
  cellWidth: number;
  rowHeight: number;
  /** Cell centres by entity id. */
  nodes: Record<string, { x: number; y: number }>;
}

export interface NetworkLayout {
  note: string;
  /** Landscape, for widths of 600px and more. */
  wide: LayoutVariant;
  /** Portrait, for phones. */
  narrow: LayoutVariant;
}

/** Below this width (CSS px) the diagram uses the narrow layout. */
export const narrowBelow = 600;
