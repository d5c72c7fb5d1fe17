/**
 * Cross-checks between the gazetteer files and with the clause model: unique ids and forms,
 * layouts that point at existing places and clauses that name them.
 */
import type { ModelPlan } from '../model/index.ts';
import type { Gazetteer } from './data.ts';
import { PLACES_DIR } from './data.ts';
import { allAliases, findMentions, type Mention } from './mentions.ts';

/** Problems between the files and with the clause model; empty when all is consistent. */
export function gazetteerProblems(gazetteer: Gazetteer, model: ModelPlan[], mentions: Mention[] = findMentions(gazetteer, model)): string[] {
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
    for (const alias of [a])
      if (alias.plans)
        for (const slug of alias.plans)
          if (!slugs.has(slug)) problems.push(`${file('places.yaml')}: ${alias.place}: alias ${alias.text} names unknown plan ${slug}`);
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
