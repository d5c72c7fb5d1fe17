/** Zoom in, zoom out and reset, as real <button>s (Leaflet's own control uses <a href="#">). */
import * as L from 'leaflet';
import { el } from './dom.ts';

export const ZoomControl = L.Control.extend({
  options: { position: 'topleft' as L.ControlPosition, reset: (() => undefined) as () => void },
  onAdd(this: L.Control & { options: { reset: () => void } }, map: L.Map) {
    const buttons: [string, string, () => void][] = [
      ['+', '放大', () => map.zoomIn()],
      ['−', '缩小', () => map.zoomOut()],
      ['⟲', '复位到全部地点', () => this.options.reset()],
    ];
    const bar = el(
      'div',
      { class: 'leaflet-bar map-zoom' },
      buttons.map(([text, label, action]) => {
        const button = el('button', { type: 'button', 'aria-label': label, title: label }, text);
        button.addEventListener('click', action);
        return button;
      }),
    );
    L.DomEvent.disableClickPropagation(bar);
    return bar;
  },
});

/** The control; `reset` brings every place back into view. */
export const zoomControl = (reset: () => void): L.Control => new ZoomControl({ reset } as L.ControlOptions);
