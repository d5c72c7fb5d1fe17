/**
 * Background tiles from the one configured provider, as a switchable layer. Failing tiles only
 * produce a notice: the district outlines and places do not depend on them.
 */
import * as L from 'leaflet';
import { announce } from './dom.ts';
import type { TileSettings } from './payload.ts';

export function tilesLayer(settings: TileSettings, container: HTMLElement, status?: HTMLElement | null): L.LayerGroup {
  const layer = L.layerGroup();
  const options = {
    attribution: settings.attribution,
    maxZoom: settings.maxZoom,
    ...(settings.subdomains ? { subdomains: settings.subdomains } : {}),
  };
  for (const url of [settings.url, settings.labelsUrl]) {
    if (!url) continue;
    const tiles = L.tileLayer(url, options);
    tiles.on('tileerror', () => announce(status, '底图图块无法加载（可能离线或被拦截）；区界和地点不受影响。'));
    layer.addLayer(tiles);
  }
  // Outlines turn translucent over tiles (map.css).
  layer.on('add', () => container.classList.add('has-tiles'));
  layer.on('remove', () => container.classList.remove('has-tiles'));
  return layer;
}
