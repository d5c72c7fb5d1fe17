/**
 * The gazetteer at build time: loads `content/places/*.yaml` (validated by
 * `src/schemas/places.ts`), cross-checks them against the clause model, finds every clause that
 * names a place, finds place-like terms nobody has decided about, and builds what the map pages,
 * the plan-page maps and `/data/places.json` show. Pure Node; the browser never imports it.
 * Matching names to clauses lives in `places-mentions.ts`, district geometry in
 * `places-geometry.ts`; both are re-exported here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { kindStyles, groupColour, precisionLabels } from '../client/map/symbols.ts';
import type { MapLayout, MapPlace } from '../client/map/payload.ts';
import {
  layoutsFileSchema,
  notMappedFileSchema,
  placesFileSchema,
  type Layout,
  type NotMappedFile,
  type NotMappedTerm,
  type Place,
} from '../schemas/places.ts';
import { flattenClauses, loadModel, type ModelPlan } from './model.ts';
import { allAliases, findMentions, mentionText } from './places-mentions.ts';

export const PLACES_DIR = 'content/places';
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


export * from './places-geometry.ts';
export * from './places-mentions.ts';

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
