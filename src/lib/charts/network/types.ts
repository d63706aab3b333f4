// What a diagram's scene is made of: the shapes buildScene (scene.ts) returns and its parts fill in.
import type { Entity, Relationship } from '$lib/data/schema';
import type { Box } from '../geometry';

export type Emphasis = 'focus' | 'normal' | 'dim';

export interface SceneNode {
  id: string;
  entity: Entity;
  x: number;
  y: number;
  /** Symbol radius. */
  r: number;
  lines: string[];
  /** Where the label's text starts, from the symbol's centre: its anchor and first baseline. */
  text: { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
  /** The label's box. */
  label: Box;
  /** Symbol and label together. */
  box: Box;
  visible: boolean;
  emphasis: Emphasis;
}

export interface LinkLabel {
  x: number;
  y: number;
  /** The label's words, wrapped. */
  lines: string[];
  /** Its date, after the last line (`dateInline`) or on a line of its own. */
  date?: string;
  dateInline: boolean;
  box: Box;
}

export interface SceneLink {
  id: string;
  rel: Relationship;
  /** The curve, trimmed to end at the arrowhead. */
  path: string;
  /** Arrowhead polygon. */
  arrow: string;
  /** A cross on the line for denied links. */
  cross?: string;
  /** Where a card for this link points. */
  anchor: { x: number; y: number };
  label: LinkLabel | null;
  visible: boolean;
  emphasis: Emphasis;
  /** Position in view.reveal, or -1. */
  reveal: number;
  /** True when more links join the same pair of nodes. */
  fan: boolean;
  /** Visible nodes other than its ends whose symbol or label the drawn curve runs through (none, when the
   * layout is right). */
  through: string[];
}

export interface SceneBand {
  label: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

export interface Scene {
  mode: 'wide' | 'narrow';
  width: number;
  /** Height of the drawing; on phones, cropped to the visible part of the layout. */
  height: number;
  /** Shift that brings the visible part to the top (0 unless cropped). Node and link coordinates are
   * uncropped; draw them inside a group translated by this. */
  offsetY: number;
  /** Node label size and line height, px. */
  font: number;
  lineHeight: number;
  /** The entity the diagram is about (drawn larger). */
  centre: string;
  nodes: SceneNode[];
  links: SceneLink[];
  /** Headings of the bands (the whole diagram only). */
  bands: SceneBand[];
  /** From the top of the drawing, what the view is about: its highlighted nodes and links, else all it
   * shows (see pan.ts). Worked out here, because on the page the marks of the last view are still fading
   * out when a frame slides to the new one. */
  focus?: { top: number; bottom: number };
}
