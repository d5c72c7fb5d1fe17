/** `/data/clauses.json`: every clause heading of every plan, with its own text and deep link. */
import type { Site } from '../model/index.ts';
import { originalLineUrl } from '../model/urls.ts';
import { placesOf } from '../places/index.ts';
import type { ClauseRecord } from './schemas.ts';

export function clauseRecords(site: Site): ClauseRecord[] {
  const { placesByClause } = placesOf(site);
  return site.clauses.map((c) => ({
    plan: c.plan,
    id: c.id,
    path: c.path,
    number: c.clause.number,
    level: c.clause.level,
    heading: c.heading,
    part: c.part,
    text: c.text,
    agencies: c.agencies,
    places: placesByClause.get(`${c.plan}#${c.id}`) ?? [],
    line: c.clause.line,
    url: c.url,
    originalUrl: originalLineUrl(c.plan, c.clause.line),
  }));
}
