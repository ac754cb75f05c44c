import type { StylesheetJson } from 'cytoscape';
import { NODE_KINDS, RELATION_TYPES, type NodeKind, type RelationType } from '@/model/graph-model';

/**
 * The explorer's Cytoscape stylesheet and the legend that explains it. Shapes differ per kind as
 * well as colours, so the graph stays readable in greyscale and for colour-blind analysts.
 */

export interface KindStyle {
  readonly kind: NodeKind;
  readonly label: string;
  readonly shape: 'ellipse' | 'round-rectangle' | 'diamond' | 'hexagon' | 'round-triangle';
  readonly color: string;
}

export interface RelationStyle {
  readonly type: RelationType;
  readonly label: string;
  readonly color: string;
  readonly lineStyle: 'solid' | 'dashed' | 'dotted';
}

// Okabe–Ito palette: distinguishable under the common colour-vision deficiencies.
const KIND_STYLE_LIST: readonly KindStyle[] = [
  { kind: 'Article', label: 'Article', shape: 'round-rectangle', color: '#0072B2' },
  { kind: 'Source', label: 'Source (outlet)', shape: 'hexagon', color: '#E69F00' },
  { kind: 'Actor', label: 'Actor', shape: 'ellipse', color: '#009E73' },
  { kind: 'Event', label: 'Cited event', shape: 'diamond', color: '#D55E00' },
  { kind: 'Narrative', label: 'Narrative', shape: 'round-triangle', color: '#CC79A7' },
];

const RELATION_STYLE_LIST: readonly RelationStyle[] = [
  { type: 'PUBLISHED_BY', label: 'published by', color: '#B8860B', lineStyle: 'solid' },
  { type: 'MENTIONS', label: 'mentions', color: '#8A949E', lineStyle: 'solid' },
  { type: 'QUOTES', label: 'quotes', color: '#0072B2', lineStyle: 'dashed' },
  { type: 'ATTRIBUTES', label: 'attributes quote to', color: '#56B4E9', lineStyle: 'dashed' },
  { type: 'CITES', label: 'cites event', color: '#D55E00', lineStyle: 'solid' },
  { type: 'INVOLVES', label: 'involves', color: '#A0522D', lineStyle: 'dotted' },
  { type: 'ADVANCES', label: 'advances narrative', color: '#CC79A7', lineStyle: 'solid' },
  { type: 'RELATED_TO', label: 'related to', color: '#6B7280', lineStyle: 'dotted' },
  { type: 'PART_OF', label: 'part of', color: '#374151', lineStyle: 'dashed' },
  { type: 'CITES_SOURCE', label: 'cites outlet', color: '#E69F00', lineStyle: 'dashed' },
  { type: 'SAME_AS', label: 'same outlet as', color: '#111827', lineStyle: 'dotted' },
  { type: 'REUSES', label: 'reuses text of', color: '#7C3AED', lineStyle: 'dashed' },
];

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Style per node kind, in legend order. */
export const KIND_STYLES: Readonly<Record<NodeKind, KindStyle>> = deepFreeze(
  Object.fromEntries(KIND_STYLE_LIST.map((s) => [s.kind, s])) as Record<NodeKind, KindStyle>,
);

/** Style per relation type, in legend order. */
export const RELATION_STYLES: Readonly<Record<RelationType, RelationStyle>> = deepFreeze(
  Object.fromEntries(RELATION_STYLE_LIST.map((s) => [s.type, s])) as Record<
    RelationType,
    RelationStyle
  >,
);

/** What the legend draws: one row per node kind and per relation type. */
export const LEGEND: {
  readonly nodes: readonly KindStyle[];
  readonly edges: readonly RelationStyle[];
} = deepFreeze({
  nodes: NODE_KINDS.map((k) => KIND_STYLES[k]),
  edges: RELATION_TYPES.map((t) => RELATION_STYLES[t]),
});

/** Smallest and largest node diameter in model pixels. */
export const NODE_SIZE = Object.freeze({ min: 18, max: 72 });

/**
 * Node diameter from its degree: logarithmic, so hubs (KCNA, "United States") stand out without
 * dwarfing everything else.
 */
export function nodeSize(degree: number): number {
  const d = Number.isFinite(degree) && degree > 0 ? degree : 0;
  return Math.min(NODE_SIZE.max, Math.round(NODE_SIZE.min + 7 * Math.log2(1 + d)));
}

/** Edge width from its weight (mention count...), logarithmic and capped. */
export function edgeWidth(weight: number): number {
  const w = Number.isFinite(weight) && weight > 0 ? weight : 1;
  return Math.min(8, Math.round((1 + 1.5 * Math.log2(w)) * 10) / 10);
}

/** Subtype of an aggregate node standing for a hub's neighbour group. */
export const GROUP_SUBTYPE = 'group';

/** Node label size in model pixels, and the rendered size below which labels are not drawn. */
export const NODE_LABEL = Object.freeze({ fontSize: 11, minZoomedFontSize: 7 });

/** How a node's label is drawn, wherever it has one. */
const NODE_LABEL_STYLE = {
  label: 'data(shortLabel)',
  'font-family': 'system-ui, sans-serif',
  'font-size': NODE_LABEL.fontSize,
  color: '#1d232a',
  'text-valign': 'bottom',
  'text-halign': 'center',
  'text-margin-y': 3,
  'text-wrap': 'ellipsis',
  'text-max-width': '140px',
  // Labels vanish when they would be unreadably small: keeps big graphs legible and fast.
  'min-zoomed-font-size': NODE_LABEL.minZoomedFontSize,
  'text-outline-color': '#ffffff',
  'text-outline-width': 2,
  'text-outline-opacity': 0.9,
} as const;

/** How an edge's label (its type, once selected) is drawn. */
const EDGE_LABEL_STYLE = {
  'font-size': 9,
  'min-zoomed-font-size': 9,
  'text-rotation': 'autorotate',
  'text-outline-color': '#ffffff',
  'text-outline-width': 2,
} as const;

/** Shape and colour per node kind. */
const KIND_RULES: StylesheetJson = LEGEND.nodes.map((s) => ({
  selector: `node[kind = "${s.kind}"]`,
  style: { shape: s.shape, 'background-color': s.color },
}));

/** Fill opacity of an aggregate node: it stands for others, drawn lighter than a real one. */
export const GROUP_NODE_OPACITY = 0.45;

/** A hub's neighbour group drawn as one node (components/explorer/group-nodes.ts). */
const GROUP_RULE: StylesheetJson = [
  {
    selector: `node[subtype = "${GROUP_SUBTYPE}"]`,
    style: {
      shape: 'round-rectangle',
      'background-opacity': GROUP_NODE_OPACITY,
      'border-width': 2,
      'border-style': 'dashed',
      'border-color': '#3c4043',
      'font-weight': 'bold',
    },
  },
];

/** Rules for every element; the state rules below come after them and win. */
const ELEMENT_RULES: StylesheetJson = [
  {
    selector: 'node',
    style: {
      ...NODE_LABEL_STYLE,
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  ...KIND_RULES,
  ...GROUP_RULE,
  {
    selector: 'edge',
    style: {
      ...EDGE_LABEL_STYLE,
      width: 'data(width)',
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      opacity: 0.75,
    },
  },
  ...LEGEND.edges.map((s) => ({
    selector: `edge[type = "${s.type}"]`,
    style: { 'line-color': s.color, 'target-arrow-color': s.color, 'line-style': s.lineStyle },
  })),
];

/** Class of a node whose label would overlap a higher-ranked one (see label-culling.ts). */
export const LABEL_CULLED_CLASS = 'label-culled';

/** Pinned, selected, highlighted, faded and culled-label looks, the same in every view. */
const STATE_RULES: StylesheetJson = [
  {
    selector: 'node.pinned',
    style: { 'border-width': 3, 'border-color': '#1d232a', 'border-style': 'double' },
  },
  {
    selector: 'node:selected',
    style: { 'border-width': 4, 'border-color': '#1a73e8', 'z-index': 10 },
  },
  {
    selector: 'edge:selected',
    style: {
      width: 4,
      opacity: 1,
      'line-color': '#1a73e8',
      'target-arrow-color': '#1a73e8',
      label: 'data(typeLabel)',
    },
  },
  {
    selector: 'node.neighbour-highlight',
    style: { 'border-width': 3, 'border-color': '#b3261e' },
  },
  { selector: '.faded', style: { opacity: 0.15 } },
  // Not drawn, still measured: the culling can bring it back when its node moves.
  { selector: `node.${LABEL_CULLED_CLASS}`, style: { 'text-opacity': 0 } },
];

/** The Cytoscape stylesheet: frozen, shared by every explorer instance. */
export const GRAPH_STYLESHEET: StylesheetJson = deepFreeze<StylesheetJson>([
  ...ELEMENT_RULES,
  ...STATE_RULES,
]);

/** From this many drawn nodes on, the canvas trades ornament for frame rate (see below). */
export const BIG_VIEW_NODES = 1000;

/** Class of a big view's node whose label is drawn (lod-labels.ts picks them). */
export const LOD_LABEL_CLASS = 'lod-label';

/** A big view's edge: a straight line of this width (model pixels) and opacity. */
export const BIG_VIEW_EDGE = Object.freeze({ width: 1, opacity: 0.5 });

/** Rendered font size below which a big view draws no node label. */
export const BIG_VIEW_MIN_FONT = 9;

/**
 * The stylesheet of big views, on its own rather than on top of GRAPH_STYLESHEET: Cytoscape applies
 * every property a rule names to every element it matches, and checks every rule against every
 * element, so a first draw of thousands of elements costs in proportion to the rules and
 * properties. Straight "haystack" edges (no bezier control points, no arrowheads), solid lines
 * (dashes cost a path per dash on every frame), no node borders or label outlines. Node labels
 * belong only to the nodes lod-labels.ts picks (on screen, legible, not overlapping); an edge's
 * label only to the selected one. Selection, pins and highlights keep their looks. Frozen like
 * the default one.
 */
export const BIG_VIEW_STYLESHEET: StylesheetJson = deepFreeze<StylesheetJson>([
  { selector: 'node', style: { width: 'data(size)', height: 'data(size)' } },
  ...KIND_RULES,
  ...GROUP_RULE,
  {
    selector: `node.${LOD_LABEL_CLASS}`,
    style: {
      ...NODE_LABEL_STYLE,
      'text-outline-width': 0,
      'min-zoomed-font-size': BIG_VIEW_MIN_FONT,
    },
  },
  {
    selector: 'edge',
    style: {
      'curve-style': 'haystack',
      width: BIG_VIEW_EDGE.width,
      opacity: BIG_VIEW_EDGE.opacity,
    },
  },
  ...LEGEND.edges.map((s) => ({
    selector: `edge[type = "${s.type}"]`,
    style: { 'line-color': s.color },
  })),
  { selector: 'edge:selected', style: EDGE_LABEL_STYLE },
  ...STATE_RULES,
]);
