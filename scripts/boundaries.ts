/**
 * The neighborhood boundaries as the browser gets them. data/ keeps the
 * Mapping L.A. file as published (the build computes each school's
 * neighborhood from it); the map draws a copy with 30% of the points inside
 * each border kept (Visvalingam, by triangle area) and coordinates rounded to
 * a 10,000-step grid, about 12 × 17 m on the ground: about a pixel at the
 * story's closest zoom, and a third lighter on the wire.
 */
import { readFileSync } from 'node:fs';
import { quantize } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';

export const KEPT_SHARE = 0.3;
export const GRID = 1e4;

export function simplifiedBoundaries(file: string): string {
  const topology = JSON.parse(readFileSync(file, 'utf8')) as Parameters<typeof presimplify>[0];
  const weighted = presimplify(topology);
  const simplified = simplify(weighted, quantile(weighted, KEPT_SHARE));
  return JSON.stringify(quantize(simplified, GRID));
}
