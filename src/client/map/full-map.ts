/**
 * The /map/ page: draws the map from the JSON in the page, reveals the layer switches and the
 * “在地图上显示” buttons of the place list (hidden without JavaScript, where the list alone
 * carries everything), and keeps both in step.
 */
import { drawMap } from './draw.ts';
import type { MapPayload } from './payload.ts';

export async function enableFullMap(): Promise<void> {
  const data = document.getElementById('place-map-data');
  const container = document.getElementById('place-map');
  const controls = document.getElementById('map-controls');
  const status = document.getElementById('map-status');
  if (!data || !container || !controls) return;
  const payload = JSON.parse(data.textContent ?? '{}') as MapPayload;

  // Show what needs JavaScript, hide the note for readers without it.
  container.hidden = false;
  controls.hidden = false;
  for (const note of document.querySelectorAll<HTMLElement>('.map-nojs')) note.hidden = true;

  // A layout named in the address (#layout-<id>) starts switched on.
  const requested = decodeURIComponent(location.hash.replace(/^#layout-/u, ''));
  const initial = payload.layouts.some((layout) => layout.id === requested) ? [requested] : payload.initialLayouts;
  for (const box of controls.querySelectorAll<HTMLInputElement>('input[data-layer^="layout:"]')) {
    box.checked = initial.includes(box.dataset.layer!.slice('layout:'.length));
  }
  const drawn = await drawMap(container, { ...payload, initialLayouts: initial }, { status, placeHref: (id) => `#place-${id}` });

  for (const box of controls.querySelectorAll<HTMLInputElement>('input[data-layer]')) {
    box.addEventListener('change', () => drawn.setLayer(box.dataset.layer!, box.checked));
    if (box.dataset.layer === 'tiles' && box.checked) drawn.setLayer('tiles', true);
  }
  container.dataset.ready = 'true';

  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-show-place]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const placesBox = controls.querySelector<HTMLInputElement>('input[data-layer="places"]');
      if (placesBox) placesBox.checked = true;
      container.scrollIntoView({ block: 'center' });
      drawn.openPlace(button.dataset.showPlace!);
    });
  }
}
