// Draws node labels without collisions: before each frame the labels are placed in order of importance (the
// focus, forced labels, then bigger nodes first), each right of its node or, where that is taken, left of, below
// or above it; a label with no free side is left out. Every label gets a white halo so it reads over edges.
// Keeps the boxes drawn, for tests.
import type { Attributes } from 'graphology-types';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import { rectsOverlap } from './label-boxes.ts';

export interface LabelBox {
  key: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A node on screen, in CSS pixels. `label` is what it would show ('' for none); higher `priority` places first. */
export interface ScreenNode {
  key: string;
  label: string;
  x: number;
  y: number;
  r: number;
  priority: number;
}

export interface LabelFont {
  family: string;
  size: number;
  weight: string;
}

/** Above this many nodes drawn, labels are taken first come (sigma's grid order): planning costs nodes². */
export const MAX_PLANNED_NODES = 400;

/** Pixels between a disc and its label, as sigma's own label drawer leaves. */
export const LABEL_GAP = 3;

export interface LabelPlacer {
  /**
   * Call before each frame with what lists the nodes drawn; it is asked at the frame's first label, once sigma has
   * placed the nodes for that frame. Without it labels are taken first come, first served.
   */
  reset(collect?: () => readonly ScreenNode[], viewport?: { width: number; height: number }): void;
  /** the labels drawn in the last frame, in CSS pixels of the graph container */
  boxes(): readonly LabelBox[];
  draw: NodeLabelDrawingFunction<Attributes, Attributes, Attributes>;
}

function labelBox(key: string, label: string, x: number, y: number, r: number, width: number, size: number): LabelBox {
  return { key, label, x: x + r + LABEL_GAP - 1, y: y - size * 0.7, width: width + 2, height: size * 1.2 };
}

/** The places a label may take, in order of preference: right of its node (as sigma draws it), left, below, above. */
function candidateBoxes(node: ScreenNode, width: number, size: number): LabelBox[] {
  const right = labelBox(node.key, node.label, node.x, node.y, node.r, width, size);
  const centred = node.x - right.width / 2;
  return [
    right,
    { ...right, x: node.x - node.r - LABEL_GAP + 1 - right.width },
    { ...right, x: centred, y: node.y + node.r + LABEL_GAP },
    { ...right, x: centred, y: node.y - node.r - LABEL_GAP - right.height },
  ];
}

/** Where the text of a label goes in its box: left end and baseline. */
function textOrigin(box: LabelBox, size: number): { left: number; baseline: number } {
  return { left: box.x + 1, baseline: box.y + size * 0.7 + size / 3 };
}

function coversDisc(box: LabelBox, disc: ScreenNode): boolean {
  const nearestX = Math.max(box.x, Math.min(disc.x, box.x + box.width));
  const nearestY = Math.max(box.y, Math.min(disc.y, box.y + box.height));
  return Math.hypot(disc.x - nearestX, disc.y - nearestY) < disc.r;
}

/**
 * Which labels fit, most important first: none covers another label, nor the disc of a node that matters as much
 * (a hub's label may cross a leaf beside it, or hubs would go unnamed).
 */
export function placeLabels(
  nodes: readonly ScreenNode[],
  measure: (label: string) => number,
  size: number,
  viewport: { width: number; height: number } = { width: Infinity, height: Infinity },
): Map<string, LabelBox> {
  const placed = new Map<string, LabelBox>();
  const boxes: LabelBox[] = [];
  const ranked = nodes.filter((n) => n.label).sort((a, b) => b.priority - a.priority);
  const fits = (node: ScreenNode, box: LabelBox): boolean =>
    // A label cut by the edge of the graph does not read: another side, or none.
    box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height &&
    !boxes.some((other) => rectsOverlap(other, box)) &&
    !nodes.some((disc) => disc.key !== node.key && disc.priority >= node.priority && coversDisc(box, disc));
  for (const node of ranked) {
    const box = candidateBoxes(node, measure(node.label), size).find((b) => fits(node, b));
    if (!box) continue;
    boxes.push(box);
    placed.set(node.key, box);
  }
  return placed;
}

export function createLabelPlacer(font: LabelFont): LabelPlacer {
  const css = `${font.weight} ${font.size}px ${font.family}`;
  const context = document.createElement('canvas').getContext('2d');
  const widths = new Map<string, number>();
  const measure = (label: string): number => {
    let width = widths.get(label);
    if (width === undefined) {
      if (context) context.font = css;
      width = context ? context.measureText(label).width : label.length * font.size * 0.6;
      widths.set(label, width);
    }
    return width;
  };
  let planned: Map<string, LabelBox> | null = null;
  let collectNodes: (() => readonly ScreenNode[]) | undefined;
  let bounds: { width: number; height: number } | undefined;
  let drawn: LabelBox[] = [];
  return {
    reset(collect, viewport) {
      drawn = [];
      planned = null;
      collectNodes = collect;
      bounds = viewport;
    },
    boxes: () => drawn,
    draw(ctx, data, settings) {
      if (!data.label) return;
      const key = (data as { key?: string }).key ?? '';
      if (collectNodes) {
        const nodes = collectNodes();
        planned = nodes.length <= MAX_PLANNED_NODES ? placeLabels(nodes, measure, font.size, bounds) : null;
        collectNodes = undefined;
      }
      const box = planned ? planned.get(key) : labelBox(key, data.label, data.x, data.y, data.size, measure(data.label), settings.labelSize);
      if (!box || (!planned && drawn.some((other) => rectsOverlap(other, box)))) return;
      drawn.push(box);
      const { left, baseline } = textOrigin(box, settings.labelSize);
      ctx.font = css;
      ctx.lineJoin = 'round';
      ctx.lineWidth = 3;
      ctx.strokeStyle = 'rgb(255 255 255 / 90%)';
      ctx.strokeText(data.label, left, baseline);
      ctx.fillStyle = settings.labelColor.color ?? '#1f2933';
      ctx.fillText(data.label, left, baseline);
    },
  };
}
