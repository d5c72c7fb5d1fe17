/**
 * What the map pages, the plan-page maps and `/data/places.json` show, built once per build
 * from the gazetteer and the clause model (`placesOf(site)`): every place with the clauses
 * that name it and its layout roles, every layout with its groups. A problem in the data stops
 * the build.
 */
import type { MapLayout, MapPlace } from '../client/map/payload.ts';
import { groupColour, kindStyles, precisionLabels } from '../client/map/symbols.ts';
import type { Site } from '../model/index.ts';
import { once } from '../model/once.ts';
import { clauseUrl, pageUrl, placeUrl } from '../model/urls.ts';
import type { Layout, NotMappedTerm, Place } from '../schemas/places.ts';
import { gazetteerProblems } from './checks.ts';
import { loadGazetteer } from './data.ts';
import { findMentions, mentionText, type Mention } from './mentions.ts';

interface PlanLabels {
  shortTitle: string;
  headings: Map<string, string>;
}

/** Short plan names and clause headings (`四、（三）7.加速建设…`; untitled items by their first words). */
function planLabels(site: Site): Map<string, PlanLabels> {
  const labels = new Map<string, PlanLabels>();
  for (const plan of site.plans) {
    const headings = new Map<string, string>();
    for (const clause of plan.clauses) {
      const title = clause.heading || `${mentionText(clause.clause).slice(clause.clause.number.length, clause.clause.number.length + 24)}…`;
      headings.set(clause.id, `${clause.clause.number}${title}`);
    }
    labels.set(plan.slug, { shortTitle: plan.shortTitle, headings });
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
  /** `/map/#place-<id>`. */
  url: string;
}

export interface LayoutView {
  layout: Layout;
  planTitle: string;
  heading: string;
  url: string;
  groups: { id: string; label: string; description: string; colour: string; members: { place: Place; role: string }[] }[];
}

/**
 * Clauses listed per place on the map page and in its popups. The open data (`places.json`) keeps
 * every mention; a page lists the first ones and says how many more there are, so /map/ stays
 * small when hundreds of plans name the same park.
 */
export const MENTIONS_SHOWN = 12;

export interface PlacesSite {
  places: PlaceView[];
  layouts: LayoutView[];
  notMapped: NotMappedTerm[];
  /** Every (place, clause) pair found in the texts. */
  mentions: Mention[];
  /** Place ids named by each clause, keyed `<slug>#<clause id>`. */
  placesByClause: Map<string, string[]>;
}

/** Everything the pages need, once per build, checked first: a problem in the data stops the build. */
export function placesOf(site: Site): PlacesSite {
  return once(site, 'places', buildPlaces);
}

function buildPlaces(site: Site): PlacesSite {
  const gazetteer = loadGazetteer();
  const mentions = findMentions(gazetteer, site.plans);
  const problems = gazetteerProblems(gazetteer, site.plans, mentions);
  if (problems.length) throw new Error(`gazetteer problems:\n${problems.join('\n')}`);
  const labels = planLabels(site);
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

  const order = new Map(site.plans.map((plan, index) => [plan.slug, index]));
  const mentionsByPlace = Map.groupBy(mentions, (m) => m.place);
  const places: PlaceView[] = gazetteer.places.map((place) => ({
    place,
    forms: [...new Set([place.name, ...place.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text))])],
    kindLabel: kindStyles[place.kind]?.label ?? place.kind,
    precisionLabel: precisionLabels[place.precision] ?? place.precision,
    anchor: `place-${place.id}`,
    url: placeUrl(place.id),
    mentions: (mentionsByPlace.get(place.id) ?? [])
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
  const placesByClause = new Map<string, string[]>();
  for (const m of mentions) {
    const key = `${m.plan}#${m.clause}`;
    placesByClause.set(key, [...(placesByClause.get(key) ?? []), m.place]);
  }
  return { places, layouts, notMapped: gazetteer.notMapped.terms, mentions, placesByClause };
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
    mentions: view.mentions.slice(0, MENTIONS_SHOWN).map((m) => ({ label: `${m.planTitle} ${m.heading}`, url: m.url })),
    mentionCount: view.mentions.length,
    searchUrl: `${pageUrl('/search/')}?q=${encodeURIComponent(view.place.name)}`,
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
