/**
 * /data/places.json: the gazetteer as open data — every place with its forms, kind, district(s),
 * WGS-84 position, uncertainty, how the position was obtained, its layout roles and the clauses
 * that name it. Deterministic (no build time in it), so the file only changes when data does.
 */
import type { APIRoute } from 'astro';
import { loadSite } from '../../model/index.ts';
import { placesOf } from '../../places/index.ts';

export const GET: APIRoute = () => {
  const site = placesOf(loadSite());
  const body = {
    title: '上海合成生物与生物制造规划中点名的地点',
    description: '规划条文点名的园区、片区、实验室、设施和平台；坐标为编辑估计，见各条 source 与 radius_km。',
    datum: 'WGS-84',
    notes: [
      'lat/lon 是估计的中心点，radius_km 是能覆盖不确定性的半径；precision 为 district 的只知所在区，坐标是该区轮廓的标注点。',
      'mentions 是按地点的全部写法在条文中自动找出的提及（不含“责任单位”名单）。',
    ],
    places: site.places.map(({ place, forms, mentions, roles }) => ({
      id: place.id,
      name: place.name,
      aliases: forms.filter((form) => form !== place.name),
      kind: place.kind,
      district: place.district,
      lat: place.lat,
      lon: place.lon,
      radius_km: place.radius_km,
      precision: place.precision,
      source: place.source,
      description: place.description,
      ...(place.parent ? { parent: place.parent } : {}),
      ...(place.note ? { note: place.note } : {}),
      url: `/map/#place-${place.id}`,
      roles: roles.map((role) => ({ layout: role.layout, formula: role.formula, plan: role.plan, group: role.groupLabel, role: role.role, clause: role.clause })),
      mentions: mentions.map((mention) => ({ plan: mention.plan, clause: mention.clause, heading: mention.heading, url: mention.url })),
    })),
    layouts: site.layouts.map(({ layout }) => ({
      id: layout.id,
      plan: layout.plan,
      clause: layout.clause,
      formula: layout.formula,
      summary: layout.summary,
      groups: layout.groups.map((group) => ({ id: group.id, label: group.label, description: group.description })),
      members: layout.members.map((member) => ({ place: member.place, group: member.group, role: member.role, clause: member.clause ?? layout.clause })),
      unnamed: layout.unnamed,
    })),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
