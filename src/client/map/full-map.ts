/**
 * The /map/ page's script, small and loaded up front: it marks the layout named in the address,
 * waits until the page (the place list, which is also the no-JavaScript view) has painted and
 * the map box is near the viewport, then loads Leaflet and the layers (`draw.ts`), and keeps the layer switches and the
 * “在地图上显示” buttons of the list in step with the map. The map box and switches are shown
 * by CSS only when scripting is on (`map.css`), so nothing moves when the map arrives.
 */
import { afterFirstPaint, nearViewport } from './after-paint.ts';
import { announce } from './dom.ts';
import { requestedLayout } from './map-hash.ts';
import type { MapPayload } from './payload.ts';

export async function enableFullMap(): Promise<void> {
  const data = document.getElementById('place-map-data');
  const container = document.getElementById('place-map');
  const controls = document.getElementById('map-controls');
  const status = document.getElementById('map-status');
  if (!data || !container || !controls) return;
  const payload = JSON.parse(data.textContent ?? '{}') as MapPayload;
  for (const note of document.querySelectorAll<HTMLElement>('.map-nojs')) note.hidden = true;

  // A layout named in the address (#layout-<id>) starts switched on instead of the default one.
  const requested = requestedLayout(
    location.hash,
    payload.layouts.map((layout) => layout.id),
  );
  const initial = requested ? [requested] : payload.initialLayouts;
  const boxes = [...controls.querySelectorAll<HTMLInputElement>('input[data-layer]')];
  for (const box of boxes) {
    if (box.dataset.layer!.startsWith('layout:')) box.checked = initial.includes(box.dataset.layer!.slice('layout:'.length));
  }

  // The list's “在地图上显示” buttons work at once: scrolling to the map makes it load.
  let ready: (map: import('./draw.ts').DrawnMap) => void = () => undefined;
  const drawnMap = new Promise<import('./draw.ts').DrawnMap>((resolve) => (ready = resolve));
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-show-place]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const placesBox = controls.querySelector<HTMLInputElement>('input[data-layer="places"]');
      if (placesBox) placesBox.checked = true;
      container.scrollIntoView({ block: 'center' });
      void drawnMap.then((drawn) => {
        drawn.setLayer('places', true);
        drawn.openPlace(button.dataset.showPlace!);
      });
    });
  }

  await nearViewport(container);
  await afterFirstPaint();
  let drawn: import('./draw.ts').DrawnMap;
  try {
    const { drawMap } = await import('./draw.ts');
    drawn = await drawMap(container, { ...payload, initialLayouts: [] }, { status, placeHref: (id) => `#place-${id}` });
  } catch (error) {
    announce(status, `地图无法加载（${(error as Error).message}），下面的地点列表包含全部信息。`);
    return;
  }
  // The switches may have been used while the map loaded: their state wins.
  for (const box of boxes) {
    drawn.setLayer(box.dataset.layer!, box.checked);
    box.addEventListener('change', () => drawn.setLayer(box.dataset.layer!, box.checked));
  }
  container.dataset.ready = 'true';
  ready(drawn);
}
