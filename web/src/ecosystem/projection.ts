import type { Commune } from './types.ts';

export type Placed<T extends Commune = Commune> = T & { code: string; lat: number; lon: number };
export type Point = { x: number; y: number };

export const isPlaced = <T extends Commune>(commune: T): commune is Placed<T> =>
  commune.code !== null && commune.lat !== null && commune.lon !== null;

/**
 * An equirectangular projection fitted to the communes' bounding box: x grows with longitude
 * (shrunk by the cosine of the mean latitude, so distances look right at that latitude), y with
 * southing; the box is centred in `width` × `height` minus the paddings (room for the names
 * written under the symbols), aspect kept. One commune (or
 * several at one spot) lands in the middle.
 */
export function fitProjection(
  communes: readonly { lat: number; lon: number }[],
  size: { width: number; height: number; paddingX: number; paddingY: number },
): (point: { lat: number; lon: number }) => Point {
  const { width, height, paddingX, paddingY } = size;
  if (communes.length === 0) return () => ({ x: width / 2, y: height / 2 });
  const meanLat = communes.reduce((sum, c) => sum + c.lat, 0) / communes.length;
  const k = Math.cos((meanLat * Math.PI) / 180);
  const xs = communes.map((c) => c.lon * k);
  const ys = communes.map((c) => -c.lat);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  const innerW = width - 2 * paddingX;
  const innerH = height - 2 * paddingY;
  const scale = spanX === 0 && spanY === 0 ? 0 : Math.min(innerW / (spanX || 1e-9), innerH / (spanY || 1e-9));
  const offsetX = paddingX + (innerW - spanX * scale) / 2;
  const offsetY = paddingY + (innerH - spanY * scale) / 2;
  return ({ lat, lon }) => ({
    x: round(offsetX + (lon * k - minX) * scale),
    y: round(offsetY + (-lat - minY) * scale),
  });
}

/** A symbol's radius: its area grows with the count, from `min` (none) to `max` (the largest). */
export function radiusFor(count: number, largest: number, min = 6, max = 22): number {
  if (count <= 0 || largest <= 0) return min;
  return round(min + (max - min) * Math.sqrt(count / largest));
}

const round = (n: number) => Math.round(n * 10) / 10;
