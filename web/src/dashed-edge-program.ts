// A sigma v3 edge program drawing patterned straight edges (dashes, dots, dash-dot) with their arrow heads: the line
// style of each relation family, and how conditional edges of each family look. Sigma ships no dashed program.
import type { Attributes } from 'graphology-types';
import { EdgeProgram, createEdgeCompoundProgram, drawStraightEdgeLabel, type EdgeProgramType } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';
import type { DashPattern } from './line-patterns.ts';

const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_normal;
attribute float a_normalCoef;
attribute vec2 a_positionStart;
attribute vec2 a_positionEnd;
attribute float a_positionCoef;
attribute float a_radius;
attribute float a_radiusCoef;
attribute float a_offset;
attribute float a_head;

uniform mat3 u_matrix;
uniform float u_zoomRatio;
uniform float u_sizeRatio;
uniform float u_pixelRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform float u_lengthToThicknessRatio;
uniform float u_widenessToThicknessRatio;
uniform float u_feather;
uniform vec2 u_resolution;

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_along;
varying float v_head;

const float bias = 255.0 / 254.0;

void main() {
  float minThickness = u_minEdgeThickness;
  float toUnits = u_correctionRatio / u_sizeRatio;
  // The edge's own normal (left of source → target) and direction, whatever the vertex.
  vec2 edgeNormal = normalize(a_normal);
  vec2 along = vec2(edgeNormal.y, -edgeNormal.x);
  // A parallel edge is drawn beside the others, a_offset screen pixels to its left.
  vec2 shift = edgeNormal * a_offset * toUnits;
  float pixelsThickness = max(length(a_normal), minThickness * u_sizeRatio);
  float webGLThickness = pixelsThickness * toUnits;
  float webGLArrowHeadLength = webGLThickness * u_lengthToThicknessRatio * 2.0;
  vec2 position;
  if (a_head > 0.5) {
    // The arrow head: tip on the target's disc, base one head length back, a_normalCoef picks the corner.
    vec2 tip = a_positionEnd + shift - along * a_radius * 2.0 * toUnits;
    vec2 base = tip - along * webGLArrowHeadLength;
    position = a_normalCoef == 0.0 ? tip : base + edgeNormal * a_normalCoef * webGLThickness * u_widenessToThicknessRatio;
  } else {
    float radius = a_radius * a_radiusCoef;
    vec2 normal = a_normal * a_normalCoef;
    vec2 unitNormal = normal / length(normal);
    // Leave room for the arrow head at the target end, as sigma's clamped edges do.
    float direction = sign(radius);
    float webGLNodeRadius = direction * radius * 2.0 * toUnits;
    vec2 compensationVector = vec2(-direction * unitNormal.y, direction * unitNormal.x) * (webGLNodeRadius + webGLArrowHeadLength);
    position = a_positionStart * (1.0 - a_positionCoef) + a_positionEnd * a_positionCoef + shift + unitNormal * webGLThickness + compensationVector;
  }
  v_head = a_head;
  gl_Position = vec4((u_matrix * vec3(position, 1)).xy, 0, 1);

  // Distance along the edge in screen pixels, so dashes keep their length at every zoom level.
  vec2 startClip = (u_matrix * vec3(a_positionStart, 1)).xy;
  vec2 endClip = (u_matrix * vec3(a_positionEnd, 1)).xy;
  float lengthPixels = length((endClip - startClip) * u_resolution * 0.5);
  v_along = a_positionCoef * lengthPixels;

  v_thickness = webGLThickness / u_zoomRatio;
  v_normal = a_head > 0.5 ? vec2(0.0) : edgeNormal * a_normalCoef;
  v_feather = u_feather * u_correctionRatio / u_zoomRatio / u_pixelRatio * 2.0;

  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

const FRAGMENT_SHADER = /* glsl */ `
precision mediump float;

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_along;
varying float v_head;

uniform float u_dash;
uniform float u_gap;
uniform float u_dot;
uniform float u_dots;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main(void) {
  #ifdef PICKING_MODE
  // Gaps stay pickable: hovering anywhere on the edge finds it.
  gl_FragColor = v_color;
  #else
  if (v_head > 0.5) {
    gl_FragColor = v_color;
    return;
  }
  float period = u_dash + u_gap + u_dots * (u_dot + u_gap);
  float phase = mod(v_along, period);
  // After the dash and its gap: u_dots dots, each followed by a gap.
  bool dotOn = u_dots > 0.0 && phase > u_dash + u_gap && mod(phase - u_dash - u_gap, u_dot + u_gap) < u_dot;
  if (phase > u_dash && !dotOn) discard;
  float dist = length(v_normal) * v_thickness;
  float t = smoothstep(v_thickness - v_feather, v_thickness, dist);
  gl_FragColor = mix(v_color, transparent, t);
  #endif
}
`;

const UNIFORMS = [
  'u_matrix',
  'u_zoomRatio',
  'u_sizeRatio',
  'u_correctionRatio',
  'u_pixelRatio',
  'u_feather',
  'u_minEdgeThickness',
  'u_lengthToThicknessRatio',
  'u_widenessToThicknessRatio',
  'u_resolution',
  'u_dash',
  'u_gap',
  'u_dot',
  'u_dots',
] as const;

const LENGTH_TO_THICKNESS_RATIO = 2.5;
/** Half the arrow head's width, in edge thicknesses (sigma's own arrow heads are as wide). */
const WIDENESS_TO_THICKNESS_RATIO = 2;

abstract class EdgeDashedBodyProgram<N extends Attributes, E extends Attributes, G extends Attributes> extends EdgeProgram<
  (typeof UNIFORMS)[number],
  N,
  E,
  G
> {
  protected abstract readonly pattern: DashPattern;

  getDefinition() {
    const { FLOAT, UNSIGNED_BYTE, TRIANGLES } = WebGLRenderingContext;
    return {
      VERTICES: 9,
      VERTEX_SHADER_SOURCE: VERTEX_SHADER,
      FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
      METHOD: TRIANGLES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: 'a_positionStart', size: 2, type: FLOAT },
        { name: 'a_positionEnd', size: 2, type: FLOAT },
        { name: 'a_normal', size: 2, type: FLOAT },
        { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_radius', size: 1, type: FLOAT },
        { name: 'a_offset', size: 1, type: FLOAT },
      ],
      CONSTANT_ATTRIBUTES: [
        { name: 'a_positionCoef', size: 1, type: FLOAT },
        { name: 'a_normalCoef', size: 1, type: FLOAT },
        { name: 'a_radiusCoef', size: 1, type: FLOAT },
        { name: 'a_head', size: 1, type: FLOAT },
      ],
      // Two triangles of body, then the arrow head's tip and two corners.
      CONSTANT_DATA: [
        [0, 1, 0, 0],
        [0, -1, 0, 0],
        [1, 1, 1, 0],
        [1, 1, 1, 0],
        [0, -1, 0, 0],
        [1, -1, -1, 0],
        [1, 0, 1, 1],
        [1, 1, 1, 1],
        [1, -1, 1, 1],
      ],
    };
  }

  processVisibleItem(edgeIndex: number, startIndex: number, sourceData: NodeDisplayData, targetData: NodeDisplayData, data: EdgeDisplayData): void {
    const thickness = data.size || 1;
    const { x: x1, y: y1 } = sourceData;
    const { x: x2, y: y2 } = targetData;
    const dx = x2 - x1;
    const dy = y2 - y1;
    const squared = dx * dx + dy * dy;
    let n1 = 0;
    let n2 = 0;
    if (squared) {
      const inverse = 1 / Math.sqrt(squared);
      n1 = -dy * inverse * thickness;
      n2 = dx * inverse * thickness;
    }
    const array = this.array;
    let i = startIndex;
    array[i++] = x1;
    array[i++] = y1;
    array[i++] = x2;
    array[i++] = y2;
    array[i++] = n1;
    array[i++] = n2;
    array[i++] = floatColor(data.color);
    array[i++] = edgeIndex;
    array[i++] = targetData.size || 1;
    array[i++] = (data as EdgeDisplayData & { offset?: number }).offset ?? 0;
  }

  setUniforms(params: RenderParams, { gl, uniformLocations }: { gl: WebGLRenderingContext; uniformLocations: Record<(typeof UNIFORMS)[number], WebGLUniformLocation> }): void {
    gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
    gl.uniform1f(uniformLocations.u_zoomRatio, params.zoomRatio);
    gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
    gl.uniform1f(uniformLocations.u_correctionRatio, params.correctionRatio);
    gl.uniform1f(uniformLocations.u_pixelRatio, params.pixelRatio);
    gl.uniform1f(uniformLocations.u_feather, params.antiAliasingFeather);
    gl.uniform1f(uniformLocations.u_minEdgeThickness, params.minEdgeThickness);
    gl.uniform1f(uniformLocations.u_lengthToThicknessRatio, LENGTH_TO_THICKNESS_RATIO);
    gl.uniform1f(uniformLocations.u_widenessToThicknessRatio, WIDENESS_TO_THICKNESS_RATIO);
    // v_along is measured in framebuffer pixels: scale the pattern by the pixel ratio.
    gl.uniform2f(uniformLocations.u_resolution, params.width * params.pixelRatio, params.height * params.pixelRatio);
    gl.uniform1f(uniformLocations.u_dash, this.pattern.dash * params.pixelRatio);
    gl.uniform1f(uniformLocations.u_gap, this.pattern.gap * params.pixelRatio);
    gl.uniform1f(uniformLocations.u_dot, (this.pattern.dot ?? 0) * params.pixelRatio);
    gl.uniform1f(uniformLocations.u_dots, this.pattern.dot ? (this.pattern.dots ?? 1) : 0);
  }
}

/**
 * A patterned edge with its arrow head, shifted sideways by its `offset` (pixels) when parallel to others: one
 * program per pattern (`dashed`, `dotted`, the conditionals). Drawn straight, so a parallel edge keeps its pattern
 * (sigma's curves are solid).
 */
export function createEdgeDashedArrowProgram<N extends Attributes = Attributes, E extends Attributes = Attributes, G extends Attributes = Attributes>(
  pattern: DashPattern,
): EdgeProgramType<N, E, G> {
  class Body extends EdgeDashedBodyProgram<N, E, G> {
    protected readonly pattern = pattern;
  }
  return createEdgeCompoundProgram<N, E, G>([Body as unknown as EdgeProgramType<N, E, G>], drawStraightEdgeLabel);
}
