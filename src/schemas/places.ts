/**
 * The gazetteer's data files (`content/places/*.yaml`), written by people: the places the
 * plans name, each plan's spatial layout, and the place-like terms deliberately not mapped.
 * `src/places/` loads and cross-checks them; tests validate them again.
 */
import { z } from 'astro/zod';
import { clauseIdPattern } from './plan.ts';

/** Shanghai's sixteen districts, as named in the district outlines (`public/geo/`). */
export const shanghaiDistricts = [
  '黄浦区',
  '徐汇区',
  '长宁区',
  '静安区',
  '普陀区',
  '虹口区',
  '杨浦区',
  '闵行区',
  '宝山区',
  '嘉定区',
  '浦东新区',
  '金山区',
  '松江区',
  '青浦区',
  '奉贤区',
  '崇明区',
] as const;

/** What kind of place it is; decides a marker's colour and shape. */
export const placeKinds = ['district', 'area', 'park', 'carrier', 'lab', 'facility', 'platform', 'industrial-site'] as const;

/**
 * How precisely the place is known: `site` — a known site (radius ≤ 1.5 km); `area` — a named
 * area, town or an estimate (radius ≤ 20 km); `district` — only its district is known (drawn at
 * the district's label point, radius covering the district).
 */
export const precisions = ['site', 'area', 'district'] as const;

const placeId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'a lower-case kebab-case id');
const planSlug = z.string().regex(/^\d{4}-[a-z0-9-]+$/u, 'a plan slug such as 2023-baoshan-synbio');
const clauseId = z.string().regex(clauseIdPattern, 'a clause id such as s3-6');

/** A form of the name as the texts write it; scoped to some plans when it is ambiguous elsewhere. */
export const aliasSchema = z.union([
  z.string().min(2),
  z.object({
    /** The form as printed, e.g. `高新区`. */
    text: z.string().min(2),
    /** Only in these plans does the form mean this place (e.g. Jinshan's `高新区`). */
    plans: z.array(planSlug).min(1),
  }),
]);

export const placeSchema = z.object({
  /** Stable id: the anchor is `/map/#place-<id>`. */
  id: placeId,
  /** The full name as the plans write it. */
  name: z.string().min(2),
  /** Other forms the texts use (short, long, brand); each is matched in the clause texts. */
  aliases: z.array(aliasSchema).default([]),
  /** What kind of place it is. */
  kind: z.enum(placeKinds),
  /** The district(s) it lies in; two when it straddles a border. */
  district: z.array(z.enum(shanghaiDistricts)).min(1).max(3),
  /** Latitude, WGS-84 (not GCJ-02/BD-09 as Chinese web maps use). */
  lat: z.number().min(30.6).max(31.9),
  /** Longitude, WGS-84. */
  lon: z.number().min(120.8).max(122.2),
  /** Radius in km within which the place (or its centre) lies, given how its position was obtained. */
  radius_km: z.number().positive().max(50),
  /** How precisely it is known; see `precisions`. */
  precision: z.enum(precisions),
  /** How the coordinates were obtained, honestly (no survey, no web map was used). */
  source: z.string().min(20),
  /** What the place is, in one plain sentence (shown in popups and the list). */
  description: z.string().min(4),
  /** A larger place it belongs to, e.g. a park inside a zone. */
  parent: placeId.optional(),
  /** A warning for readers, e.g. a look-alike name elsewhere. */
  note: z.string().optional(),
});

export const placesFileSchema = z.object({
  /** Every place the plans name that has a location. */
  places: z.array(placeSchema).min(1),
});

/** One group of a layout formula, e.g. `一核` or `两翼`. */
export const layoutGroupSchema = z.object({
  /** Id within the layout, e.g. `core`. */
  id: placeId,
  /** Label as the formula words it, e.g. `一核`. */
  label: z.string().min(1),
  /** What the group is for, from the text. */
  description: z.string().min(4),
});

/** One place's role in a layout. */
export const layoutMemberSchema = z.object({
  /** Place id from `places.yaml`. */
  place: placeId,
  /** Group id from this layout's `groups`. */
  group: placeId,
  /** The role the text gives this place, in its own words where possible. */
  role: z.string().min(2),
  /** Clause that gives the role, when not the layout's own clause. */
  clause: clauseId.optional(),
});

export const layoutSchema = z.object({
  /** Stable id: the layer and anchor `/map/#layout-<id>`. */
  id: placeId,
  /** The plan that sets out the layout. */
  plan: planSlug,
  /** The clause that defines it. */
  clause: clauseId,
  /** The formula as printed, e.g. `一核两翼`, `1+1+3`. */
  formula: z.string().min(1),
  /** One plain sentence on what the layout is. */
  summary: z.string().min(10),
  /** The formula's parts, in the text's order. */
  groups: z.array(layoutGroupSchema).min(1),
  /** Places with a role in it. */
  members: z.array(layoutMemberSchema).min(1),
  /** Parts of the formula the text names without a place (not drawn). */
  unnamed: z.array(z.string().min(4)).default([]),
});

export const layoutsFileSchema = z.object({
  /** Each plan's spatial layout(s). */
  layouts: z.array(layoutSchema).min(1),
});

/**
 * Why a place-like term is deliberately not mapped. `generic` terms are common nouns (园区,
 * 实验室) and count only when the whole phrase is the term; all others count wherever they occur.
 */
export const notMappedReasons = [
  'generic', // a common noun or class, not a name
  'designation', // a class of designation (国家级重点实验室), not one site
  'aim', // something to be built or a goal, with no site yet
  'role', // a role name inside a layout formula, drawn as that role
  'formula', // a layout formula itself
  'company', // a company or body named after a place
  'group', // a collective name for places mapped one by one
  'inside', // a body inside a mapped place, not drawn separately
  'nickname', // a figurative name
  'not-a-site', // a zone or corridor with many sites (city-wide), or a concept
  'unknown-location', // a real place or body whose location the texts do not give and we do not know
] as const;

export const notMappedTermSchema = z.object({
  /** The term as printed. */
  term: z.string().min(2),
  /** Category of reason. */
  reason: z.enum(notMappedReasons),
  /** Why, in a sentence. */
  why: z.string().min(3),
  /** A mapped place the term refers to or lies in. */
  see: placeId.optional(),
});

export const notMappedFileSchema = z.object({
  /** Words that end the phrase before a name (verbs, prepositions), for cutting a term out of a sentence. */
  boundaries: z.array(z.string().min(1)).min(1),
  /** Place-like terms the gazetteer deliberately leaves off the map. */
  terms: z.array(notMappedTermSchema).min(1),
});

export type Alias = z.infer<typeof aliasSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Precision = (typeof precisions)[number];
export type Layout = z.infer<typeof layoutSchema>;
export type NotMappedTerm = z.infer<typeof notMappedTermSchema>;
export type NotMappedFile = z.infer<typeof notMappedFileSchema>;
