import { regionBounds, type RegionBounds } from "./ownership";
import type { Grid } from "./types";

/** A sheet's merged areas as bounds: cells nothing of Stoplicht's may cover. */
export function mergedAreas(grid: Grid): RegionBounds[] {
  return (grid.merged ?? []).flatMap((range) => regionBounds(range) ?? []);
}

/** The rectangle less the holes, as few rectangles as a band-by-band cut gives. */
export function subtract(rect: RegionBounds, holes: readonly RegionBounds[]): RegionBounds[] {
  let parts = [rect];
  for (const h of holes) {
    const next: RegionBounds[] = [];
    for (const p of parts) {
      if (h.r2 < p.r1 || h.r1 > p.r2 || h.c2 < p.c1 || h.c1 > p.c2) {
        next.push(p);
        continue;
      }
      const top = Math.max(p.r1, h.r1);
      const bottom = Math.min(p.r2, h.r2);
      if (p.r1 < top) next.push({ ...p, r2: top - 1 });
      if (p.c1 < h.c1) next.push({ r1: top, r2: bottom, c1: p.c1, c2: h.c1 - 1 });
      if (h.c2 < p.c2) next.push({ r1: top, r2: bottom, c1: h.c2 + 1, c2: p.c2 });
      if (bottom < p.r2) next.push({ ...p, r1: bottom + 1 });
    }
    parts = next;
  }
  return parts;
}
