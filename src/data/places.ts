/**
 * `/data/places.json`: the gazetteer as open data — every place with its forms, kind, district(s),
 * WGS-84 position, uncertainty, how the position was obtained, its layout roles and the clauses
 * that name it, and every plan's spatial layout.
 */
import { z } from 'astro/zod';
import type { Site } from '../model/index.ts';
import { placeUrl } from '../model/urls.ts';
import { placesOf } from '../places/index.ts';

const mention = z.object({ plan: z.string(), clause: z.string(), heading: z.string(), url: z.string() });

/** The whole document (places.json keeps its own shape: places and layouts side by side). */
export const placesDocumentSchema = z.object({
  title: z.string().describe('中文标题'),
  description: z.string().describe('说明'),
  datum: z.literal('WGS-84').describe('坐标系'),
  notes: z.array(z.string()).describe('使用须知'),
  places: z
    .array(
      z.object({
        id: z.string().describe('地点 id'),
        name: z.string().describe('名称'),
        aliases: z.array(z.string()).describe('条文中的其他写法'),
        kind: z.string().describe('类别'),
        district: z.array(z.string()).describe('所在区'),
        lat: z.number().describe('纬度（估计的中心点）'),
        lon: z.number().describe('经度（估计的中心点）'),
        radius_km: z.number().describe('能覆盖不确定性的半径（公里）'),
        precision: z.enum(['site', 'area', 'district']).describe('精度：site 已知地址；area 片区或估计；district 只知所在区'),
        source: z.string().describe('坐标来源与估计方法'),
        description: z.string().describe('说明'),
        parent: z.string().optional().describe('上级地点 id'),
        note: z.string().optional().describe('备注'),
        url: z.string().describe('地图上的锚点'),
        roles: z
          .array(z.object({ layout: z.string(), formula: z.string(), plan: z.string(), group: z.string(), role: z.string(), clause: z.string() }))
          .describe('在各规划空间布局中的角色'),
        mentions: z.array(mention).describe('点名该地点的条款'),
      }),
    )
    .describe('地点'),
  layouts: z
    .array(
      z.object({
        id: z.string(),
        plan: z.string(),
        clause: z.string(),
        formula: z.string(),
        summary: z.string(),
        groups: z.array(z.object({ id: z.string(), label: z.string(), description: z.string() })),
        members: z.array(z.object({ place: z.string(), group: z.string(), role: z.string(), clause: z.string() })),
        unnamed: z.array(z.string()).describe('布局中提到但未点名的部分'),
      }),
    )
    .describe('各规划的空间布局（如“一核两翼”）'),
});

export function placesDocument(site: Site): z.infer<typeof placesDocumentSchema> {
  const places = placesOf(site);
  return {
    title: '上海合成生物与生物制造规划中点名的地点',
    description: '规划条文点名的园区、片区、实验室、设施和平台；坐标为编辑估计，见各条 source 与 radius_km。',
    datum: 'WGS-84',
    notes: [
      'lat/lon 是估计的中心点，radius_km 是能覆盖不确定性的半径；precision 为 district 的只知所在区，坐标是该区轮廓的标注点。',
      'mentions 是按地点的全部写法在条文中自动找出的提及（不含“责任单位”名单）。',
    ],
    places: places.places.map(({ place, forms, mentions, roles }) => ({
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
      url: placeUrl(place.id),
      roles: roles.map((role) => ({
        layout: role.layout,
        formula: role.formula,
        plan: role.plan,
        group: role.groupLabel,
        role: role.role,
        clause: role.clause,
      })),
      mentions: mentions.map((mention) => ({ plan: mention.plan, clause: mention.clause, heading: mention.heading, url: mention.url })),
    })),
    layouts: places.layouts.map(({ layout }) => ({
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
}
