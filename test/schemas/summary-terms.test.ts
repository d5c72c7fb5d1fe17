/**
 * The editorial summaries say only what the clauses they cite say: every number, every quoted
 * phrase and every 责任单位 a point names occurs in (or is assigned by) the clauses it links to,
 * so no reader is sent to the wrong clause or the wrong office. The clause text comes from the
 * generated MDX (the clause and its sub-clauses); agencies from the outline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { summarySchema } from '../../src/schemas/plan.ts';

const root = new URL('../../', import.meta.url).pathname;
const slugs = readdirSync(join(root, 'content/summaries'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/u, ''))
  .sort();

interface PlanText {
  /** Clause id → its text with its sub-clauses, tags removed. */
  text: Map<string, string>;
  /** Clause id → the agencies of the clause and its sub-clauses. */
  agencies: Map<string, Set<string>>;
  /** Every agency the plan names. */
  allAgencies: string[];
}

function readPlan(slug: string): PlanText {
  const mdx = readFileSync(join(root, 'content/plans', `${slug}.mdx`), 'utf8');
  const [, front, body] = mdx.split(/^---$/mu);
  const outline = (parse(front!) as { outline: Array<{ id: string; agencies: string[] }> }).outline;
  const text = new Map<string, string>();
  // Each <Clause id="…"> up to its matching </Clause>, nesting counted.
  const tags = [...body!.matchAll(/<Clause id="([^"]+)"[^>]*>|<\/Clause>/gu)];
  const open: Array<{ id: string; start: number }> = [];
  for (const tag of tags) {
    if (tag[1]) open.push({ id: tag[1], start: tag.index + tag[0].length });
    else {
      const clause = open.pop()!;
      text.set(
        clause.id,
        body!
          .slice(clause.start, tag.index)
          .replace(/<[^>]+>/gu, '')
          .replace(/\s+/gu, ''),
      );
    }
  }
  // A heading's own title is an attribute, not body text: add it.
  for (const tag of body!.matchAll(/<Clause id="([^"]+)"[^>]*title="([^"]*)"/gu)) text.set(tag[1]!, `${tag[2]}${text.get(tag[1]!) ?? ''}`);
  const agencies = new Map(outline.map((c) => [c.id, new Set(outline.filter((d) => d.id === c.id || d.id.startsWith(`${c.id}-`)).flatMap((d) => d.agencies))]));
  const allAgencies = [...new Set(outline.flatMap((c) => c.agencies))].sort((a, b) => b.length - a.length);
  return { text, agencies, allAgencies };
}

function summaryOf(slug: string) {
  return summarySchema.parse(parse(readFileSync(join(root, 'content/summaries', `${slug}.yaml`), 'utf8')));
}

/** Agencies a point names, longest first, so `区发展改革委` is not also found inside `区发展改革委（区金融服务办）`. */
function agenciesNamed(point: string, all: string[]): string[] {
  let rest = point;
  const found: string[] = [];
  for (const agency of all) {
    if (rest.includes(agency)) {
      found.push(agency);
      rest = rest.split(agency).join('□');
    }
  }
  return found;
}

describe.each(slugs)('summary of %s', (slug) => {
  const plan = readPlan(slug);
  const summary = summaryOf(slug);
  const cited = (ids: string[]) => ids.map((id) => plan.text.get(id) ?? '').join('');

  it('every number and quoted phrase of a point occurs in the clauses it cites', () => {
    const missing: string[] = [];
    for (const point of summary.points) {
      const source = cited(point.clauses);
      const quoted = [...point.text.matchAll(/“([^”]+)”/gu)].map((m) => m[1]!);
      const numbers = point.text.match(/\d+/gu) ?? [];
      for (const term of [...quoted, ...numbers]) if (!source.includes(term)) missing.push(`${term} (${point.clauses.join(',')}): ${point.text.slice(0, 20)}…`);
    }
    expect(missing).toEqual([]);
  });

  it('every 责任单位 a point names is assigned, or at least named, by the clauses it cites', () => {
    const wrong: string[] = [];
    for (const point of summary.points) {
      const assigned = new Set(point.clauses.flatMap((id) => [...(plan.agencies.get(id) ?? [])]));
      const source = cited(point.clauses);
      // Some agencies are also places (宝山高新区, 罗店镇): a clause may name them as a place.
      for (const agency of agenciesNamed(point.text, plan.allAgencies)) {
        if (!assigned.has(agency) && !source.includes(agency)) wrong.push(`${agency} not in ${point.clauses.join(',')}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

/**
 * Hand-checked: main points the summaries must carry, each with the clause that states it
 * (checked against the seed text). Some point must name the term and cite that clause.
 */
const mainPoints: Array<[slug: string, term: string, clause: string]> = [
  ['2023-baoshan-synbio', '拨投结合', 's4-5-11-1'],
  ['2023-baoshan-synbio', '专项子基金', 's4-5-11-2'],
  ['2023-baoshan-synbio', '揭榜挂帅', 's4-1-3-3'],
  ['2023-baoshan-synbio', '卓越工程师', 's4-4-9'],
  ['2023-baoshan-synbio', '产教融合', 's4-4-10'],
  ['2023-baoshan-synbio', '拟上市企业培育库', 's4-5-12-2'],
  ['2023-shanghai-synbio', '政府性融资担保', 's4-1'],
  ['2023-shanghai-synbio', '产业菁英', 's4-4'],
  ['2023-shanghai-synbio', '孵化器、加速器', 's3-6'],
  ['2024-baoshan-biomedicine-draft', '独角兽', 's3-3-11'],
  ['2024-baoshan-biomedicine-draft', '瞪羚企业', 's3-3-11'],
  ['2024-baoshan-biomedicine-draft', '企业技术中心', 's3-3-12'],
  ['2024-baoshan-biomedicine-draft', '人才公寓', 's3-4-16'],
  ['2024-baoshan-biomedicine-draft', '临床研究床位', 's4-2-20'],
];

describe('main points the summaries carry', () => {
  it.each(mainPoints)('%s: “%s” from %s', (slug, term, clause) => {
    const plan = readPlan(slug);
    expect(plan.text.get(clause)).toContain(term);
    const points = summaryOf(slug).points.filter((p) => p.text.includes(term));
    expect(
      points.some((p) => p.clauses.includes(clause)),
      `no point names “${term}” and cites ${clause}`,
    ).toBe(true);
  });

  it('the Baoshan fund measures are separate points, each with its own office', () => {
    const points = summaryOf('2023-baoshan-synbio').points;
    const grant = points.find((p) => p.text.includes('先投后股'))!;
    const subFund = points.find((p) => p.text.includes('专项子基金'))!;
    expect(grant).not.toBe(subFund);
    expect(grant.clauses).toEqual(['s4-5-11-1']);
    expect(grant.text).toContain('区科委');
    expect(subFund.clauses).toEqual(['s4-5-11-2']);
    expect(subFund.text).toContain('区国资委、区国投公司、南大开发公司');
  });
});
