// Creates the sigma renderer with the explorer's programs and settings: arrows, curved parallel
// edges, dashed and dotted relation families, conditional edges dash-dot(-dot) by family, readable labels; plain lines and hide-on-move for large graphs.
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { EdgeArrowProgram, EdgeLineProgram, drawStraightEdgeLabel, type EdgeLabelDrawingFunction, type EdgeProgramType, type NodeLabelDrawingFunction } from 'sigma/rendering';
import type { GraphAttributes } from '../../src/graph/types.ts';
import { createEdgeDashedArrowProgram } from './dashed-edge-program.ts';
import { edgeLabelCrosses } from './edge-label-guard.ts';
import { CONDITIONAL, DASHED, DOTTED } from './line-patterns.ts';
import type { LabelPlacer, ScreenNode } from './labels.ts';
import { isLarge, type DisplayEdge, type DisplayGraph, type DisplayNode } from './display-graph.ts';

export type Renderer = Sigma<DisplayNode, DisplayEdge, GraphAttributes>;

export type Reducers = Pick<Settings<DisplayNode, DisplayEdge, GraphAttributes>, 'nodeReducer' | 'edgeReducer'>;

export const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const LABEL_SIZE = 13;
export const LABEL_WEIGHT = '600';
export const STAGE_PADDING = 60;

/** Every node drawn (not hidden), where it is on screen, and how much its label matters. */
function screenNodes(sigma: Renderer): ScreenNode[] {
  const nodes: ScreenNode[] = [];
  sigma.getGraph().forEachNode((key) => {
    const data = sigma.getNodeDisplayData(key);
    if (!data || data.hidden) return;
    const { x, y } = sigma.framedGraphToViewport(data);
    const r = sigma.scaleSize(data.size);
    const priority = (data.highlighted ? 2000 : 0) + (data.forceLabel ? 1000 : 0) + r;
    nodes.push({ key, label: data.label ?? '', x, y, r, priority });
  });
  return nodes;
}

type Program = EdgeProgramType<DisplayNode, DisplayEdge, GraphAttributes>;
type DrawEdgeLabel = EdgeLabelDrawingFunction<DisplayNode, DisplayEdge, GraphAttributes>;

/**
 * The program with its straight edge labels left out where they would cross a node label drawn in the same frame
 * (web/src/edge-label-guard.ts); the selected or hovered edge (zIndex 2) always keeps its label.
 */
function guardLabels(program: Program, labels: LabelPlacer): Program {
  const Base = program as unknown as new (...args: unknown[]) => { drawLabel?: DrawEdgeLabel };
  return class extends Base {
    constructor(...args: unknown[]) {
      super(...args);
      // Sigma's own arrows have none: sigma then draws its default, the straight label.
      const draw = this.drawLabel ?? (drawStraightEdgeLabel as unknown as DrawEdgeLabel);
      this.drawLabel = (context, edge, source, target, settings) => {
        if ((edge.zIndex ?? 0) < 2 && edge.label) {
          context.font = `${settings.edgeLabelWeight} ${settings.edgeLabelSize}px ${settings.edgeLabelFont}`;
          const length = context.measureText(edge.label).width;
          const [a, b] = [{ x: source.x, y: source.y, r: source.size }, { x: target.x, y: target.y, r: target.size }];
          if (edgeLabelCrosses(labels.boxes(), a, b, length, settings.edgeLabelSize)) return;
        }
        draw(context, edge, source, target, settings);
      };
    }
  } as unknown as Program;
}

/**
 * Reducers are passed at construction: setting them afterwards would process every item a second time.
 * `labelArea`: the part of the graph labels may use, from the full size (a panel lying over the graph takes some);
 * the whole graph by default.
 */
export function createRenderer(
  container: HTMLElement,
  graph: DisplayGraph,
  reducers: Reducers,
  labels: LabelPlacer,
  labelArea: (full: { width: number; height: number }) => { width: number; height: number } = (full) => full,
): Renderer {
  const large = isLarge(graph);
  const sigma = new Sigma<DisplayNode, DisplayEdge, GraphAttributes>(graph, container, {
    ...reducers,
    defaultDrawNodeLabel: labels.draw as unknown as NodeLabelDrawingFunction<DisplayNode, DisplayEdge, GraphAttributes>,
    defaultEdgeType: 'arrow',
    edgeProgramClasses: {
      // sigma's stock programs are typed for any attributes; they read only display data.
      arrow: guardLabels(EdgeArrowProgram as unknown as Program, labels),
      curved: EdgeCurvedArrowProgram as unknown as Program,
      dashed: guardLabels(createEdgeDashedArrowProgram<DisplayNode, DisplayEdge, GraphAttributes>(DASHED), labels),
      dotted: guardLabels(createEdgeDashedArrowProgram<DisplayNode, DisplayEdge, GraphAttributes>(DOTTED), labels),
      'conditional-solid': guardLabels(createEdgeDashedArrowProgram<DisplayNode, DisplayEdge, GraphAttributes>(CONDITIONAL.solid), labels),
      'conditional-dashed': guardLabels(createEdgeDashedArrowProgram<DisplayNode, DisplayEdge, GraphAttributes>(CONDITIONAL.dashed), labels),
      'conditional-dotted': guardLabels(createEdgeDashedArrowProgram<DisplayNode, DisplayEdge, GraphAttributes>(CONDITIONAL.dotted), labels),
      line: EdgeLineProgram as unknown as EdgeProgramType<DisplayNode, DisplayEdge, GraphAttributes>,
    },
    renderEdgeLabels: !large,
    enableEdgeEvents: !large,
    edgeLabelSize: 12,
    edgeLabelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    // Dark text: a label in the edge's own colour was hard to read on pale and dotted lines.
    edgeLabelColor: { color: '#1f2933' },
    edgeLabelWeight: '600',
    labelFont: LABEL_FONT,
    labelSize: LABEL_SIZE,
    labelWeight: LABEL_WEIGHT,
    labelColor: { color: '#1f2933' },
    labelDensity: large ? 0.4 : 1,
    labelGridCellSize: large ? 120 : 80,
    labelRenderedSizeThreshold: large ? 10 : 5,
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    zIndex: true,
    stagePadding: STAGE_PADDING,
    minCameraRatio: 0.02,
    maxCameraRatio: 8,
    allowInvalidContainer: true,
  });
  // Small graphs, where every label is asked for: placed by importance, off other nodes. Large ones: first come.
  sigma.on('beforeRender', () => labels.reset(large ? undefined : () => screenNodes(sigma), labelArea(sigma.getDimensions())));
  return sigma;
}
