// Creates the sigma renderer with the explorer's programs and settings: arrows, curved parallel
// edges, dashed and dotted relation families, dash-dot conditional edges, readable labels; plain lines and hide-on-move for large graphs.
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { EdgeArrowProgram, EdgeLineProgram, type EdgeProgramType } from 'sigma/rendering';
import type { GraphAttributes } from '../../src/graph/types.ts';
import { DASHED, DASH_DOT, DOTTED, createEdgeDashedArrowProgram } from './dashed-edge-program.ts';
import { isLarge, type DisplayEdge, type DisplayGraph, type DisplayNode } from './display-graph.ts';

export type Renderer = Sigma<DisplayNode, DisplayEdge, GraphAttributes>;

export type Reducers = Pick<Settings<DisplayNode, DisplayEdge, GraphAttributes>, 'nodeReducer' | 'edgeReducer'>;

/** Reducers are passed at construction: setting them afterwards would process every item a second time. */
export function createRenderer(container: HTMLElement, graph: DisplayGraph, reducers: Reducers): Renderer {
  const large = isLarge(graph);
  return new Sigma<DisplayNode, DisplayEdge, GraphAttributes>(graph, container, {
    ...reducers,
    defaultEdgeType: 'arrow',
    edgeProgramClasses: {
      // sigma's stock programs are typed for any attributes; they read only display data.
      arrow: EdgeArrowProgram as unknown as EdgeProgramType<DisplayNode, DisplayEdge, GraphAttributes>,
      curved: EdgeCurvedArrowProgram as unknown as EdgeProgramType<DisplayNode, DisplayEdge, GraphAttributes>,
      dashed: createEdgeDashedArrowProgram<DisplayNode, DisplayEdge, GraphAttributes>(DASHED),
      dotted: createEdgeDashedArrowProgram<DisplayNode, DisplayEdge, GraphAttributes>(DOTTED),
      conditional: createEdgeDashedArrowProgram<DisplayNode, DisplayEdge, GraphAttributes>(DASH_DOT),
      line: EdgeLineProgram as unknown as EdgeProgramType<DisplayNode, DisplayEdge, GraphAttributes>,
    },
    renderEdgeLabels: !large,
    enableEdgeEvents: !large,
    edgeLabelSize: 12,
    edgeLabelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    edgeLabelColor: { attribute: 'color' },
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    labelSize: 13,
    labelWeight: '600',
    labelColor: { color: '#1f2933' },
    labelDensity: large ? 0.4 : 1,
    labelGridCellSize: large ? 120 : 80,
    labelRenderedSizeThreshold: large ? 10 : 5,
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    zIndex: true,
    stagePadding: 60,
    minCameraRatio: 0.02,
    maxCameraRatio: 8,
    allowInvalidContainer: true,
  });
}
