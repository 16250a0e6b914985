// Colour science the palette searches share: 8-bit sRGB colours, how each vision sees them (culori, exactly as
// tests/export/palette.test.ts does), and which colours are readable as thin lines on the white graph.
import { converter, differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, wcagContrast, type Color, type Rgb } from 'culori';
import { hex } from '../src/export/palette.ts';

export const TARGET = 20;
const MIN_CONTRAST = 3;
const BACKGROUND = '#ffffff';

export type Rgb8 = [number, number, number];
export type Lab = Color;

const toLab = converter('lab65');
export const deltaE = differenceCiede2000();
/** Normal vision, then deuteranopia and protanopia (Machado et al. 2009, severity 1). */
export const SIMULATE: Array<(c: Rgb) => Color> = [(c) => c, (c) => filterDeficiencyDeuter(1)(c), (c) => filterDeficiencyProt(1)(c)];
export const VISION_NAMES = ['normal', 'deuteranopia', 'protanopia'] as const;

export function asRgb([r, g, b]: Rgb8): Rgb {
  return { mode: 'rgb', r: r / 255, g: g / 255, b: b / 255 };
}

export const hexOf = ([r, g, b]: Rgb8) => hex({ r, g, b });

export function hexToRgb8(colour: string): Rgb8 {
  const n = Number.parseInt(colour.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** CIELAB L* in normal vision. */
export function lightness(colour: Rgb8): number {
  return (toLab(asRgb(colour)) as { l: number }).l;
}

/** At 3:1 on white, and no darker than `minLightness` (near-black colours differ on paper, not to the eye). */
export function readable(colour: Rgb8, minLightness: number): boolean {
  return wcagContrast(asRgb(colour), BACKGROUND) >= MIN_CONTRAST && (minLightness === 0 || lightness(colour) >= minLightness);
}

/** The colour as each vision sees it, in Lab (so every ΔE2000 after this is cheap). */
export function labsOf(colour: Rgb8): Lab[] {
  const rgb = asRgb(colour);
  return SIMULATE.map((see) => toLab(see(rgb)) as Lab);
}
