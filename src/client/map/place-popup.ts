/** A place's popup: what it is, how well its position is known, its roles and every clause naming it. */
import { el } from './dom.ts';
import type { MapPlace } from './payload.ts';
import { kindStyles, precisionLabels } from './symbols.ts';

export const kindLabel = (place: MapPlace) => kindStyles[place.kind]?.label ?? place.kind;

/** The marker's accessible name, e.g. `南大合成生物产业园（产业园区，宝山区）`. */
export function placeLabel(place: MapPlace): string {
  const where = place.precision === 'district' ? `${place.district.join('、')}，仅知所在区` : place.district.join('、');
  return `${place.name}（${kindLabel(place)}，${where}）`;
}

export function placePopup(place: MapPlace, placeHref: string, close: () => void): HTMLElement {
  const closeButton = el('button', { type: 'button', class: 'place-popup-close' }, '关闭');
  closeButton.addEventListener('click', close);
  return el('div', { class: 'place-popup-body', 'data-place-id': place.id }, [
    el('h3', { class: 'place-popup-title', tabindex: '-1' }, place.name),
    el('p', { class: 'place-popup-meta' }, `${kindLabel(place)} · ${place.district.join('、')} · ${precisionLabels[place.precision] ?? ''}`),
    el('p', {}, place.description),
    el(
      'p',
      { class: 'place-popup-note' },
      place.precision === 'district' ? '位置仅知到区级：图上位置只是示意。' : `位置为估计，误差半径约 ${place.radius_km} 公里。`,
    ),
    place.note && el('p', { class: 'place-popup-note' }, place.note),
    place.roles.length > 0 && el('p', { class: 'place-popup-subtitle' }, '在布局中的作用'),
    place.roles.length > 0 &&
      el(
        'ul',
        {},
        place.roles.map((role) => el('li', {}, `${role.label}：${role.role}`)),
      ),
    el('p', { class: 'place-popup-subtitle' }, `提及它的条款（${place.mentionCount}）`),
    el(
      'ul',
      { class: 'place-popup-mentions' },
      place.mentions.map((mention) => el('li', {}, [el('a', { href: mention.url }, mention.label)])),
    ),
    place.mentionCount > place.mentions.length &&
      el('p', {}, [`另有 ${place.mentionCount - place.mentions.length} 处，`, el('a', { href: place.searchUrl }, '检索全部')]),
    el('p', { class: 'place-popup-actions' }, [el('a', { href: placeHref }, '查看地点条目'), closeButton]),
  ]);
}
