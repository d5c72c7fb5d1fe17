/**
 * The only map code a plan page loads up front (a few hundred bytes): it waits until the layout
 * section comes near the viewport, then imports the map (Leaflet and its CSS) and draws it.
 */
import { nearViewport } from './after-paint.ts';

export function observePlanMaps(): void {
  for (const section of document.querySelectorAll<HTMLElement>('[data-plan-layout-map]')) {
    nearViewport(section)
      .then(() => import('./plan-map.ts'))
      .then(({ drawPlanMap }) => drawPlanMap(section))
      .catch((error: unknown) => {
        const status = section.querySelector('.plan-layout-map-status');
        if (status) status.textContent = `地图无法加载（${(error as Error).message}），上面的列表包含全部信息。`;
      });
  }
}
