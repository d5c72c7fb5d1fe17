/**
 * Keeps markers from covering each other at the current zoom: places a few kilometres apart
 * share pixels when the whole city is in view, and a covered marker is a target too small to
 * hit (WCAG 2.2 target size, 24×24 px). Pushes overlapping squares apart along the shorter way
 * out, a few pixels at a time, until none overlaps; fixed targets (the district-level grids)
 * stay put. Pure: screen positions in, displacements out.
 */

export interface Target {
  id: string;
  /** Screen position of the marker's centre, px. */
  x: number;
  y: number;
  /** Never moved (others move around it). */
  fixed: boolean;
}

/** Displacement per target id, px, so that no two `size`-px squares overlap. */
export function spreadTargets(targets: Target[], size: number, maxRounds = 200): Map<string, [number, number]> {
  const points = targets.map((t) => ({ ...t, x0: t.x, y0: t.y }));
  for (let round = 0; round < maxRounds; round++) {
    let moved = false;
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        const [a, b] = [points[i]!, points[j]!];
        if (a.fixed && b.fixed) continue;
        const [dx, dy] = [b.x - a.x, b.y - a.y];
        const [overlapX, overlapY] = [size - Math.abs(dx), size - Math.abs(dy)];
        if (overlapX <= 0 || overlapY <= 0) continue;
        moved = true;
        // The shorter way out; a tie or a shared point goes sideways, b to the right/below.
        const alongX = overlapX <= overlapY;
        const push = (alongX ? overlapX : overlapY) + 0.5;
        const sign = (alongX ? dx : dy) < 0 ? -1 : 1;
        const [shareA, shareB] = a.fixed ? [0, 1] : b.fixed ? [1, 0] : [0.5, 0.5];
        if (alongX) {
          a.x -= sign * push * shareA;
          b.x += sign * push * shareB;
        } else {
          a.y -= sign * push * shareA;
          b.y += sign * push * shareB;
        }
      }
    }
    if (!moved) break;
  }
  return new Map(points.map((p) => [p.id, [p.x - p.x0, p.y - p.y0] as [number, number]]));
}
