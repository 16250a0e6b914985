// A sigma v3 edge program drawing patterned straight edges (dashes, dots, dash-dot) with an arrow head: the line
// style of each relation family, and how conditional edges of each family look. Sigma ships no dashed program.
import type { Attributes } from 'graphology-types';
import { EdgeArrowHeadProgram, EdgeProgram, createEdgeCompoundProgram, drawStraightEdgeLabel, type EdgeProgramType } from 'sigma/rendering';
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

uniform mat3 u_matrix;
uniform float u_zoomRatio;
uniform float u_sizeRatio;
uniform float u_pixelRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform float u_lengthToThicknessRatio;
uniform float u_feather;
uniform vec2 u_resolution;

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_along;

const float bias = 255.0 / 254.0;

void main() {
  float minThickness = u_minEdgeThickness;
  float radius = a_radius * a_radiusCoef;
  vec2 normal = a_normal * a_normalCoef;
  vec2 position = a_positionStart * (1.0 - a_positionCoef) + a_positionEnd * a_positionCoef;

  float normalLength = length(normal);
  vec2 unitNormal = normal / normalLength;
  float pixelsThickness = max(normalLength, minThickness * u_sizeRatio);
  float webGLThickness = pixelsThickness * u_correctionRatio / u_sizeRatio;

  // Leave room for the arrow head at the target end, as sigma's clamped edges do.
  float direction = sign(radius);
  float webGLNodeRadius = direction * radius * 2.0 * u_correctionRatio / u_sizeRatio;
  float webGLArrowHeadLength = webGLThickness * u_lengthToThicknessRatio * 2.0;
  vec2 compensationVector = vec2(-direction * unitNormal.y, direction * unitNormal.x) * (webGLNodeRadius + webGLArrowHeadLength);

  gl_Position = vec4((u_matrix * vec3(position + unitNormal * webGLThickness + compensationVector, 1)).xy, 0, 1);

  // Distance along the edge in screen pixels, so dashes keep their length at every zoom level.
  vec2 startClip = (u_matrix * vec3(a_positionStart, 1)).xy;
  vec2 endClip = (u_matrix * vec3(a_positionEnd, 1)).xy;
  float lengthPixels = length((endClip - startClip) * u_resolution * 0.5);
  v_along = a_positionCoef * lengthPixels;

  v_thickness = webGLThickness / u_zoomRatio;
  v_normal = unitNormal;
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
  'u_resolution',
  'u_dash',
  'u_gap',
  'u_dot',
  'u_dots',
] as const;

const LENGTH_TO_THICKNESS_RATIO = 2.5;

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
      VERTICES: 6,
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
      ],
      CONSTANT_ATTRIBUTES: [
        { name: 'a_positionCoef', size: 1, type: FLOAT },
        { name: 'a_normalCoef', size: 1, type: FLOAT },
        { name: 'a_radiusCoef', size: 1, type: FLOAT },
      ],
      CONSTANT_DATA: [
        [0, 1, 0],
        [0, -1, 0],
        [1, 1, 1],
        [1, 1, 1],
        [0, -1, 0],
        [1, -1, -1],
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
    // v_along is measured in framebuffer pixels: scale the pattern by the pixel ratio.
    gl.uniform2f(uniformLocations.u_resolution, params.width * params.pixelRatio, params.height * params.pixelRatio);
    gl.uniform1f(uniformLocations.u_dash, this.pattern.dash * params.pixelRatio);
    gl.uniform1f(uniformLocations.u_gap, this.pattern.gap * params.pixelRatio);
    gl.uniform1f(uniformLocations.u_dot, (this.pattern.dot ?? 0) * params.pixelRatio);
    gl.uniform1f(uniformLocations.u_dots, this.pattern.dot ? (this.pattern.dots ?? 1) : 0);
  }
}

/** A patterned body plus sigma's own arrow head, as one program (one per pattern: `dashed`, `dotted`, the conditionals). */
export function createEdgeDashedArrowProgram<N extends Attributes = Attributes, E extends Attributes = Attributes, G extends Attributes = Attributes>(
  pattern: DashPattern,
): EdgeProgramType<N, E, G> {
  class Body extends EdgeDashedBodyProgram<N, E, G> {
    protected readonly pattern = pattern;
  }
  return createEdgeCompoundProgram<N, E, G>([
    Body as unknown as EdgeProgramType<N, E, G>,
    EdgeArrowHeadProgram as unknown as EdgeProgramType<N, E, G>,
  ], drawStraightEdgeLabel);
}
