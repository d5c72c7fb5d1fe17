/**
 * The small map on a plan page, loaded by `lazy-plan-map.ts` only when its section scrolls into
 * view: the plan's own layout(s) over the district outlines.
 */
import { drawMap } from './draw.ts';
import type { MapPayload } from './payload.ts';
import { placeUrl } from '../../contracts/urls.ts';

/** `section[data-plan-layout-map]` names the file of the map's data (`/plans/<slug>/layout-map.json`). */
export async function drawPlanMap(section: HTMLElement): Promise<void> {
  const dataUrl = section.dataset.planLayoutMap;
  const container = section.querySelector<HTMLElement>('.plan-layout-map-canvas');
  const status = section.querySelector<HTMLElement>('.plan-layout-map-status');
  if (!dataUrl || !container || container.dataset.ready) return;
  const response = await fetch(dataUrl);
  if (!response.ok) throw new Error(`${dataUrl}: ${response.status}`);
  const payload = (await response.json()) as MapPayload;
  await drawMap(container, payload, { status, placeHref: placeUrl, compact: true });
  container.dataset.ready = 'true';
}
