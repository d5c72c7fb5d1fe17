/** How uncertain each position is: a dashed circle of the place's radius (all, or the one in focus). */
import * as L from 'leaflet';
import type { MapPlace } from './payload.ts';

export function precisionCircle(place: MapPlace, emphasis = false): L.Circle {
  const colour = emphasis ? '#b2182b' : '#555b63';
  return L.circle([place.lat, place.lon], {
    radius: place.radius_km * 1000,
    interactive: false,
    color: colour,
    weight: emphasis ? 2 : 1,
    dashArray: '4 4',
    fillColor: colour,
    fillOpacity: emphasis ? 0.06 : 0.03,
    className: `precision-circle precision-circle--${place.id}`,
  });
}

/** Every place's circle, one switchable layer. */
export function precisionLayer(places: MapPlace[]): L.LayerGroup {
  return L.layerGroup(places.map((place) => precisionCircle(place)));
}
