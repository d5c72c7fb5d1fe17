/**
 * The small map on a plan page, loaded by `lazy-plan-map.ts` only when its section scrolls into
 * view: the plan's own layout(s) over the district outlines.
 */
import { drawMap } from './draw.ts';
import type { MapPayload } from './payload.ts';
import { placeUrl } from '../../contracts/urls.ts';

export async function drawPlanMap(section: HTMLElement): Promise<void> {
  const data = section.querySelector<HTMLScriptElement>('script[type="application/json"]');
  const container = section.querySelector<HTMLElement>('.plan-layout-map-canvas');
  const status = section.querySelector<HTMLElement>('.plan-layout-map-status');
  if (!data || !container || container.dataset.ready) return;
  const payload = JSON.parse(data.textContent ?? '{}') as MapPayload;
  await drawMap(container, payload, { status, placeHref: placeUrl, compact: true });
  container.dataset.ready = 'true';
}
