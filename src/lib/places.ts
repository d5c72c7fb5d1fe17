/**
 * The gazetteer at build time: loads `content/places/*.yaml` (validated by
 * `src/schemas/places.ts`), cross-checks them against the clause model, finds every clause that
 * names a place, finds place-like terms nobody has decided about, and builds what the map pages,
 * the plan-page maps and `/data/places.json` show. Pure Node; the browser never imports it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { blockText } from '../converter/recognise-structure.ts';
import type { Clause } from '../converter/types.ts';
import { kindStyles, groupColour, precisionLabels } from '../client/map/symbols.ts';
import type { MapLayout, MapPlace } from '../client/map/payload.ts';
import {
  layoutsFileSchema,
  notMappedFileSchema,
  placesFileSchema,
  type Alias,
  type Layout,
  type NotMappedFile,
  type NotMappedTerm,
  type Place,
} from '../schemas/places.ts';
import { clauseText, flattenClauses, loadModel, type ModelPlan } from './model.ts';

export const PLACES_DIR = 'content/places';
export const DISTRICTS_FILE = 'public/geo/shanghai-districts.json';
export const DISTRICTS_URL = '/geo/shanghai-districts.json';

export interface Gazetteer {
  places: Place[];
  layouts: Layout[];
  notMapped: NotMappedFile;
}

/** Reads one YAML data file and validates it; errors name the file and the offending entry. */
function readDataFile<T extends z.ZodTypeAny>(root: string, name: string, schema: T): z.infer<T> {
  const path = join(PLACES_DIR, name);
  let data: unknown;
  try {
    data = parseYaml(readFileSync(join(root, path), 'utf8'));
  } catch (error) {
    throw new Error(`${path}: cannot read YAML: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const describe = (issue: z.ZodIssue) => {
    const [list, index, ...rest] = issue.path;
    const entry = typeof index === 'number' ? ((data as Record<string, unknown[]>)[String(list)]?.[index] as { id?: string; term?: string } | undefined) : undefined;
    const label = entry ? `${String(list)}[${String(index)}] (${entry.id ?? entry.term ?? '?'})` : issue.path.slice(0, 2).map(String).join('.');
    return `${path}: ${label}${rest.length ? ` field ${rest.map(String).join('.')}` : ''}: ${issue.message}`;
  };
  throw new Error(parsed.error.issues.map(describe).join('\n'));
}

let cached: Gazetteer | undefined;

/** The three data files, validated (once per process). */
export function loadGazetteer(root = process.cwd()): Gazetteer {
  if (cached && root === process.cwd()) return cached;
  const gazetteer = {
    places: readDataFile(root, 'places.yaml', placesFileSchema).places,
    layouts: readDataFile(root, 'layouts.yaml', layoutsFileSchema).layouts,
    notMapped: readDataFile(root, 'not-mapped.yaml', notMappedFileSchema),
  };
  if (root === process.cwd()) cached = gazetteer;
  return gazetteer;
}

// ——— names and where they apply ———

export interface AliasEntry {
  text: string;
  place: string;
  /** Plans the form applies in; undefined = all. */
  plans?: string[];
}

function aliasEntry(place: Place, alias: Alias): AliasEntry {
  return typeof alias === 'string' ? { text: alias, place: place.id } : { text: alias.text, place: place.id, plans: alias.plans };
}

/** Every form that names a place: its name and its aliases. */
export function allAliases(places: Place[]): AliasEntry[] {
  return places.flatMap((place) => [{ text: place.name, place: place.id }, ...place.aliases.map((alias) => aliasEntry(place, alias))]);
}

const appliesIn = (entry: { plans?: string[] }, slug: string) => !entry.plans || entry.plans.includes(slug);

/** A term the matcher knows: a place's form, or a term deliberately not mapped (which blocks shorter names). */
export interface KnownTerm {
  text: string;
  place?: string;
  notMapped?: NotMappedTerm;
}

/** The terms that apply in one plan, longest first (the matcher takes the longest at each position). */
export function termsForPlan(gazetteer: Gazetteer, slug: string): KnownTerm[] {
  const terms: KnownTerm[] = [
    ...allAliases(gazetteer.places)
      .filter((alias) => appliesIn(alias, slug))
      .map((alias) => ({ text: alias.text, place: alias.place })),
    ...gazetteer.notMapped.terms.filter((term) => term.reason !== 'generic').map((term) => ({ text: term.term, notMapped: term })),
  ];
  return terms.sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text));
}

export interface Token {
  start: number;
  end: number;
  term: KnownTerm;
}

/** Left-to-right longest match of known terms in a text. */
export function matchTerms(text: string, terms: KnownTerm[]): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length; ) {
    const term = terms.find((t) => text.startsWith(t.text, i));
    if (term) {
      tokens.push({ start: i, end: i + term.text.length, term });
      i += term.text.length;
    } else i++;
  }
  return tokens;
}

// ——— clause texts ———

/** A clause's own text for finding mentions: heading and paragraphs, without `（责任单位：…）`. */
export function mentionText(clause: Clause): string {
  const heading = `${clause.number}${clause.title}${clause.titleEnd}`;
  const body = clause.blocks.map((block) =>
    block.inlines
      .filter((inline) => inline.kind !== 'duty')
      .map((inline) => inline.text)
      .join(''),
  );
  return [heading, ...body].join('\n');
}

export interface Mention {
  place: string;
  plan: string;
  clause: string;
}

/**
 * Every (place, clause) pair where the clause names the place by any form that applies in its
 * plan. 责任单位 lists are left out: there `宝山高新区` or `罗店镇` names the agency carrying out
 * the task, and counting them would link nearly every task to a few places.
 */
export function findMentions(gazetteer: Gazetteer, model: ModelPlan[] = loadModel()): Mention[] {
  const mentions: Mention[] = [];
  for (const { doc, frontmatter } of model) {
    const terms = termsForPlan(gazetteer, frontmatter.slug);
    for (const clause of flattenClauses(doc.clauses)) {
      const seen = new Set<string>();
      for (const token of matchTerms(mentionText(clause), terms)) {
        const place = token.term.place;
        if (!place || seen.has(place)) continue;
        seen.add(place);
        mentions.push({ place, plan: frontmatter.slug, clause: clause.id });
      }
    }
  }
  return mentions;
}

// ——— place-like terms ———

/** Word endings that usually end a place name (园区 before 园 so the longer form wins). */
const PLACE_SUFFIX = /园区|园|港|城|谷|湾|基地|实验室/gu;
/** A suffix followed by these characters is part of another word (城市, 港澳, 湾区 …). */
const NOT_WORD_FINAL: Record<string, RegExp> = { 城: /^[市区乡镇]/u, 港: /^[澳口区]/u, 湾: /^区/u };
/** Characters that cannot be inside a name: punctuation, spaces, digits. */
const STOP = /[\s\p{P}\p{S}0-9０-９]/u;

export interface UnexplainedTerm {
  plan: string;
  /** Clause id, or `preamble`. */
  where: string;
  /** The phrase cut out of the sentence, e.g. `金山新材料产业园`. */
  term: string;
  /** A little context around it. */
  context: string;
}

/**
 * The phrase ending at `end`, cut back to punctuation, and the shorter phrases left after each
 * boundary word in it (`加快推动国盛药谷` → `国盛药谷`), longest first.
 */
export function phraseCandidates(text: string, end: number, suffixStart: number, boundaries: string[]): string[] {
  let start = suffixStart;
  while (start > 0 && !STOP.test(text[start - 1]!)) start--;
  const phrase = text.slice(start, end);
  const suffixOffset = suffixStart - start;
  const cuts = new Set<number>([0]);
  for (const word of boundaries) {
    for (let at = phrase.indexOf(word); at >= 0 && at + word.length <= suffixOffset; at = phrase.indexOf(word, at + 1)) cuts.add(at + word.length);
  }
  return [...cuts].sort((a, b) => a - b).map((cut) => phrase.slice(cut));
}

/**
 * Place-like terms (…园, …港, …城, …谷, …湾, …基地, …实验室) in a text that the gazetteer
 * neither holds nor lists as deliberately not mapped. A suffix inside a known name counts as
 * explained; a generic term counts only when the whole phrase is that term.
 */
export function unexplainedPlaceTerms(text: string, terms: KnownTerm[], notMapped: NotMappedFile): { term: string; context: string }[] {
  const tokens = matchTerms(text, terms);
  const generic = new Set(notMapped.terms.filter((t) => t.reason === 'generic').map((t) => t.term));
  const found: { term: string; context: string }[] = [];
  for (const match of text.matchAll(PLACE_SUFFIX)) {
    const start = match.index;
    const end = start + match[0].length;
    if (NOT_WORD_FINAL[match[0]]?.test(text.slice(end, end + 1))) continue;
    if (tokens.some((token) => token.start <= start && end <= token.end)) continue;
    const candidates = phraseCandidates(text, end, start, notMapped.boundaries);
    if (candidates.some((phrase) => generic.has(phrase))) continue;
    const shortest = candidates.filter((phrase) => phrase.length > match[0].length).at(-1) ?? candidates[0]!;
    found.push({ term: shortest, context: text.slice(Math.max(0, start - 16), end + 4).replace(/\s+/gu, ' ') });
  }
  return found;
}

/** Runs the check over every plan: preamble and every clause (责任单位 included). */
export function findUnexplainedPlaceTerms(gazetteer: Gazetteer, model: ModelPlan[] = loadModel()): UnexplainedTerm[] {
  const out: UnexplainedTerm[] = [];
  for (const { doc, frontmatter } of model) {
    const terms = termsForPlan(gazetteer, frontmatter.slug);
    const texts = [
      { where: 'preamble', text: doc.preamble.map(blockText).join('\n') },
      ...flattenClauses(doc.clauses).map((clause) => ({ where: clause.id, text: clauseText(clause) })),
    ];
    for (const { where, text } of texts) {
      for (const hit of unexplainedPlaceTerms(text, terms, gazetteer.notMapped)) out.push({ plan: frontmatter.slug, where, ...hit });
    }
  }
  return out;
}

// ——— district outlines ———

export type Ring = [number, number][];

export interface DistrictOutline {
  name: string;
  adcode: string;
  /** [lon, lat] of an interior label point. */
  label: [number, number];
  /** Polygons, each a list of rings (outer first), [lon, lat]. */
  polygons: Ring[][];
}

let districtCache: DistrictOutline[] | undefined;

export function loadDistricts(root = process.cwd()): DistrictOutline[] {
  if (districtCache && root === process.cwd()) return districtCache;
  const json = JSON.parse(readFileSync(join(root, DISTRICTS_FILE), 'utf8')) as {
    features: { properties: { name: string; adcode: string; label: [number, number] }; geometry: { type: string; coordinates: unknown } }[];
  };
  const districts = json.features.map((feature) => ({
    name: feature.properties.name,
    adcode: feature.properties.adcode,
    label: feature.properties.label,
    polygons: feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates as Ring[]] : (feature.geometry.coordinates as Ring[][]),
  }));
  if (root === process.cwd()) districtCache = districts;
  return districts;
}

const EARTH_RADIUS_KM = 6371;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in km between two [lon, lat] points. */
export function distanceKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const h = Math.sin(toRadians(lat2 - lat1) / 2) ** 2 + Math.cos(toRadians(lat1)) * Math.cos(toRadians(lat2)) * Math.sin(toRadians(lon2 - lon1) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

/** Ray casting: whether a point lies inside a closed ring of [lon, lat] positions. */
export function inRing([x, y]: [number, number], ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Distance in km from a point to the nearest edge of a ring (local flat approximation). */
function distanceToRingKm([x, y]: [number, number], ring: Ring): number {
  const kx = 111.32 * Math.cos(toRadians(y));
  const ky = 110.57;
  let best = Infinity;
  for (let i = 0; i < ring.length - 1; i++) {
    const [ax, ay] = ring[i]!;
    const [bx, by] = ring[i + 1]!;
    const [dx, dy] = [(bx - ax) * kx, (by - ay) * ky];
    const [px, py] = [(x - ax) * kx, (y - ay) * ky];
    const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(px - t * dx, py - t * dy));
  }
  return best;
}

/** Is the point inside the district, or within `toleranceKm` of its outline (the outlines are coarse)? */
export function isInDistrict(point: [number, number], district: DistrictOutline, toleranceKm = 0.5): boolean {
  return district.polygons.some((rings) => {
    const [outer, ...holes] = rings;
    if (!outer) return false;
    if (inRing(point, outer) && !holes.some((hole) => inRing(point, hole))) return true;
    return distanceToRingKm(point, outer) <= toleranceKm;
  });
}

/** Farthest distance from a point to any vertex of the district (how big a radius covers it). */
export function districtReachKm(point: [number, number], district: DistrictOutline): number {
  return Math.max(...district.polygons.flat(2).map((vertex) => distanceKm(point, vertex)));
}

// ——— cross-checks ———

/** Problems between the files and with the clause model; empty when all is consistent. */
export function gazetteerProblems(gazetteer: Gazetteer, model: ModelPlan[] = loadModel()): string[] {
  const problems: string[] = [];
  const file = (name: string) => `${PLACES_DIR}/${name}`;
  const placeIds = new Set<string>();
  for (const place of gazetteer.places) {
    if (placeIds.has(place.id)) problems.push(`${file('places.yaml')}: place ${place.id} is listed twice`);
    placeIds.add(place.id);
  }
  const slugs = new Set(model.map((plan) => plan.frontmatter.slug));
  const clauseIds = new Map(model.map((plan) => [plan.frontmatter.slug, new Set(plan.frontmatter.outline.map((entry) => entry.id))]));

  // Forms must be unique wherever they apply, and must not also be a not-mapped term.
  const forms = allAliases(gazetteer.places);
  for (const [i, a] of forms.entries()) {
    for (const alias of [a]) if (alias.plans) for (const slug of alias.plans) if (!slugs.has(slug)) problems.push(`${file('places.yaml')}: ${alias.place}: alias ${alias.text} names unknown plan ${slug}`);
    for (const b of forms.slice(i + 1)) {
      if (a.text !== b.text) continue;
      const overlap = !a.plans || !b.plans || a.plans.some((slug) => b.plans!.includes(slug));
      if (overlap) problems.push(`${file('places.yaml')}: form “${a.text}” is used by ${a.place} and ${b.place}`);
    }
  }
  const notMappedTerms = new Set<string>();
  for (const term of gazetteer.notMapped.terms) {
    if (notMappedTerms.has(term.term)) problems.push(`${file('not-mapped.yaml')}: term ${term.term} is listed twice`);
    notMappedTerms.add(term.term);
    if (forms.some((form) => form.text === term.term)) problems.push(`${file('not-mapped.yaml')}: ${term.term} is also a place name or alias in places.yaml`);
    if (term.see && !placeIds.has(term.see)) problems.push(`${file('not-mapped.yaml')}: ${term.term}: see ${term.see} is not a place`);
  }
  for (const place of gazetteer.places) {
    if (place.parent && !placeIds.has(place.parent)) problems.push(`${file('places.yaml')}: ${place.id}: parent ${place.parent} is not a place`);
  }

  const mentions = findMentions(gazetteer, model);
  const layoutIds = new Set<string>();
  for (const layout of gazetteer.layouts) {
    const where = `${file('layouts.yaml')}: layout ${layout.id}`;
    if (layoutIds.has(layout.id)) problems.push(`${where}: id is used twice`);
    layoutIds.add(layout.id);
    const ids = clauseIds.get(layout.plan);
    if (!ids) {
      problems.push(`${where}: plan ${layout.plan} does not exist`);
      continue;
    }
    if (!ids.has(layout.clause)) {
      problems.push(`${where}: clause ${layout.clause} does not exist in ${layout.plan}`);
      continue;
    }
    const groups = new Set(layout.groups.map((group) => group.id));
    const members = new Set<string>();
    for (const member of layout.members) {
      if (!placeIds.has(member.place)) problems.push(`${where}: member ${member.place} is not a place`);
      if (!groups.has(member.group)) problems.push(`${where}: member ${member.place} has unknown group ${member.group}`);
      if (members.has(member.place)) problems.push(`${where}: member ${member.place} is listed twice`);
      members.add(member.place);
      const clause = member.clause ?? layout.clause;
      if (!ids.has(clause)) problems.push(`${where}: member ${member.place}: clause ${clause} does not exist in ${layout.plan}`);
      else if (!mentions.some((m) => m.place === member.place && m.plan === layout.plan && m.clause === clause)) {
        problems.push(`${where}: member ${member.place} is not named in ${layout.plan} ${clause}`);
      }
    }
    for (const group of layout.groups) if (!layout.members.some((m) => m.group === group.id)) problems.push(`${where}: group ${group.id} has no member`);
  }
  return problems;
}

// ——— what pages show ———

interface PlanLabels {
  shortTitle: string;
  headings: Map<string, string>;
}

/** Short plan names (editorial summaries) and clause headings (`四、（三）7.加速建设…`). */
export function planLabels(model: ModelPlan[] = loadModel(), root = process.cwd()): Map<string, PlanLabels> {
  const labels = new Map<string, PlanLabels>();
  for (const { doc, frontmatter } of model) {
    let shortTitle = frontmatter.title;
    try {
      const summary = parseYaml(readFileSync(join(root, 'content/summaries', `${frontmatter.slug}.yaml`), 'utf8')) as { shortTitle?: string };
      if (summary.shortTitle) shortTitle = summary.shortTitle;
    } catch {
      // No summary yet: the full title will do.
    }
    const headings = new Map<string, string>();
    const excerpt = new Map(flattenClauses(doc.clauses).map((clause) => [clause.id, mentionText(clause)]));
    for (const entry of frontmatter.outline) {
      const title = entry.title || `${(excerpt.get(entry.id) ?? '').slice(entry.number.length, entry.number.length + 24)}…`;
      headings.set(entry.id, `${entry.number}${title}`);
    }
    labels.set(frontmatter.slug, { shortTitle, headings });
  }
  return labels;
}

export interface PlaceMention {
  plan: string;
  planTitle: string;
  clause: string;
  heading: string;
  url: string;
}

export interface PlaceRole {
  layout: string;
  formula: string;
  plan: string;
  planTitle: string;
  group: string;
  groupLabel: string;
  colour: string;
  role: string;
  clause: string;
  url: string;
}

export interface PlaceView {
  place: Place;
  /** Every form the texts use, name first. */
  forms: string[];
  kindLabel: string;
  precisionLabel: string;
  mentions: PlaceMention[];
  roles: PlaceRole[];
  /** `place-<id>`. */
  anchor: string;
}

export interface LayoutView {
  layout: Layout;
  planTitle: string;
  heading: string;
  url: string;
  groups: { id: string; label: string; description: string; colour: string; members: { place: Place; role: string }[] }[];
}

export const clauseUrl = (plan: string, clause: string) => `/plans/${plan}/#${clause}`;

export interface PlacesSite {
  places: PlaceView[];
  layouts: LayoutView[];
  notMapped: NotMappedTerm[];
}

/** Everything the pages need, checked first: a problem in the data stops the build. */
export function placesSite(root = process.cwd()): PlacesSite {
  const gazetteer = loadGazetteer(root);
  const model = loadModel(root);
  const problems = gazetteerProblems(gazetteer, model);
  if (problems.length) throw new Error(`gazetteer problems:\n${problems.join('\n')}`);
  const labels = planLabels(model, root);
  const mentions = findMentions(gazetteer, model);
  const placesById = new Map(gazetteer.places.map((place) => [place.id, place]));

  const layouts: LayoutView[] = gazetteer.layouts.map((layout) => {
    const plan = labels.get(layout.plan)!;
    return {
      layout,
      planTitle: plan.shortTitle,
      heading: plan.headings.get(layout.clause) ?? layout.clause,
      url: clauseUrl(layout.plan, layout.clause),
      groups: layout.groups.map((group, index) => ({
        ...group,
        colour: groupColour(index),
        members: layout.members.filter((m) => m.group === group.id).map((m) => ({ place: placesById.get(m.place)!, role: m.role })),
      })),
    };
  });

  const order = new Map(model.map((plan, index) => [plan.frontmatter.slug, index]));
  const places: PlaceView[] = gazetteer.places.map((place) => ({
    place,
    forms: [...new Set([place.name, ...place.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text))])],
    kindLabel: kindStyles[place.kind]?.label ?? place.kind,
    precisionLabel: precisionLabels[place.precision] ?? place.precision,
    anchor: `place-${place.id}`,
    mentions: mentions
      .filter((m) => m.place === place.id)
      .map((m) => ({
        plan: m.plan,
        planTitle: labels.get(m.plan)!.shortTitle,
        clause: m.clause,
        heading: labels.get(m.plan)!.headings.get(m.clause) ?? m.clause,
        url: clauseUrl(m.plan, m.clause),
      }))
      .sort((a, b) => order.get(a.plan)! - order.get(b.plan)!),
    roles: layouts.flatMap((view) =>
      view.groups.flatMap((group) =>
        group.members
          .filter((member) => member.place.id === place.id)
          .map((member) => ({
            layout: view.layout.id,
            formula: view.layout.formula,
            plan: view.layout.plan,
            planTitle: view.planTitle,
            group: group.id,
            groupLabel: group.label,
            colour: group.colour,
            role: member.role,
            clause: view.layout.clause,
            url: view.url,
          })),
      ),
    ),
  }));
  return { places, layouts, notMapped: gazetteer.notMapped.terms };
}

/** A place as the map script needs it. */
export function mapPlace(view: PlaceView): MapPlace {
  const { place } = view;
  return {
    id: place.id,
    name: place.name,
    kind: place.kind,
    precision: place.precision,
    lat: place.lat,
    lon: place.lon,
    radius_km: place.radius_km,
    district: place.district,
    description: place.description,
    ...(place.note ? { note: place.note } : {}),
    mentions: view.mentions.map((m) => ({ label: `${m.planTitle} ${m.heading}`, url: m.url })),
    roles: view.roles.map((r) => ({ layout: r.layout, label: `${r.formula} · ${r.groupLabel}`, role: r.role })),
  };
}

/** A layout as the map script needs it. */
export function mapLayout(view: LayoutView): MapLayout {
  return {
    id: view.layout.id,
    formula: view.layout.formula,
    plan: view.planTitle,
    groups: view.groups.map((group) => ({ id: group.id, label: group.label, colour: group.colour })),
    members: view.layout.members.map((m) => ({ place: m.place, group: m.group, role: m.role })),
  };
}

/** JSON for a `<script type="application/json">`: `<` escaped so the text cannot end the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</gu, '\\u003c');
}
