// Framing nodes with their labels (web/src/camera-frame.ts, issue 12): everything inside the graph area, as close as
// that allows, against a linear stand-in for sigma's transforms.
import { describe, expect, test } from 'vitest';
import { frameCamera, type FrameOptions, type FramePoint, type FrameProjection } from '../../web/src/camera-frame.ts';

const OPTIONS: FrameOptions = { width: 800, height: 600, padding: 20, labelGap: 3, labelHeight: 14, minRatio: 0.05, maxRatio: 4 };
// 600 pixels per framed unit at ratio 1, centred; discs keep their size.
const PROJECTION: FrameProjection = {
  toScreen: (p, ratio) => ({ x: 400 + ((p.x - 0.5) * 600) / ratio, y: 300 + ((p.y - 0.5) * 600) / ratio }),
  toFramed: (p, ratio) => ({ x: 0.5 + ((p.x - 400) * ratio) / 600, y: 0.5 + ((p.y - 300) * ratio) / 600 }),
  radius: (size) => size,
};

function screenBox(points: FramePoint[], camera: { x: number; y: number; ratio: number }) {
  const shift = (p: FramePoint) => PROJECTION.toScreen({ x: p.x - camera.x + 0.5, y: p.y - camera.y + 0.5 }, camera.ratio);
  const xs = points.flatMap((p) => [shift(p).x - p.size, shift(p).x + p.size + (p.label ? 3 + p.label : 0)]);
  const ys = points.flatMap((p) => [shift(p).y - Math.max(p.size, 7), shift(p).y + Math.max(p.size, 7)]);
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

const POINTS: FramePoint[] = [
  { x: 0.2, y: 0.3, size: 10, label: 120 },
  { x: 0.3, y: 0.35, size: 4, label: 260 },
  { x: 0.25, y: 0.5, size: 6, label: 0 },
];

describe('frameCamera', () => {
  test('keeps every disc and label inside the padded graph area', () => {
    const box = screenBox(POINTS, frameCamera(POINTS, PROJECTION, OPTIONS)!);
    expect([box.left >= 19.9, box.right <= 780.1, box.top >= 19.9, box.bottom <= 580.1]).toEqual([true, true, true, true]);
  });

  test('zooms in as far as that allows: a little closer and they no longer fit', () => {
    const camera = frameCamera(POINTS, PROJECTION, OPTIONS)!;
    const closer = screenBox(POINTS, { ...camera, ratio: camera.ratio * 0.98 });
    expect(closer.right - closer.left > 760 || closer.bottom - closer.top > 560).toBe(true);
  });

  test('stops at the closest ratio allowed for a single node', () => {
    expect(frameCamera([{ x: 0.5, y: 0.5, size: 5, label: 40 }], PROJECTION, OPTIONS)!.ratio).toBe(0.05);
  });

  test('stops at the farthest ratio allowed when labels alone are wider than the area', () => {
    expect(frameCamera([{ x: 0.5, y: 0.5, size: 5, label: 2000 }], PROJECTION, OPTIONS)!.ratio).toBe(4);
  });

  test('returns null for no nodes', () => {
    expect(frameCamera([], PROJECTION, OPTIONS)).toBeNull();
  });
});
