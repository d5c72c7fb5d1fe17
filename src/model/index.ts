/**
 * The clause model: the one way in. Every seed goes through the converter once per build;
 * pages, search records, places, data files and every view read plans and clauses from the
 * `Site` this module returns, and nowhere else. Loading also checks that the committed MDX
 * pages are exactly a fresh conversion of the seeds (`seeds.ts`); plan pages render the same
 * document tree (`src/model/pages.ts`), so the page text, the search index and the data files
 * cannot drift apart.
 */
import { blockText, flattenClauses, headingText } from '../converter/recognise-structure.ts';
import { frontmatterOf } from '../converter/serialize.ts';
import { rowsWithoutDuties } from '../converter/table-duties.ts';
import type { Block, Clause, PlanDocument, PlanPart } from '../converter/types.ts';
import { publishedPlanSchema, type PlanFrontmatter, type Summary } from '../schemas/plan.ts';
import { issuerLabel, periodLabel, planDate } from './labels.ts';
import { loadOriginals, type OriginalFile } from './originals.ts';
import { convertSeeds } from './seeds.ts';
import { buildToday, planStatus, type PlanStatus } from './status.ts';
import { loadSummaries } from './summaries.ts';
import { clauseUrl } from './urls.ts';
import { type PlanLevel } from '../contracts/levels.ts';

/** The converter's output for one plan: what domain functions need at the least. */
export interface ModelPlan {
  doc: PlanDocument;
  frontmatter: PlanFrontmatter;
}

export interface SitePlan extends ModelPlan {
  slug: string;
  /** `content/summaries/<slug>.yaml`, when written. */
  summary: Summary | undefined;
  /** As of the build date (`Site.today`). */
  status: PlanStatus;
  /** Editorial short name, or the title. */
  shortTitle: string;
  /** Title with its marks, e.g. `…（2024-2026年）（送审稿）`. */
  fullTitle: string;
  issuerLabel: string;
  periodLabel: string;
  level: PlanLevel;
  district: string | undefined;
  /** The plan's own date (ISO): signed, else drafted, else printed. */
  date: string | undefined;
  /** The seed's exact bytes (served as `original.txt`). */
  bytes: Uint8Array;
  /** The file the seed was imported from (served as `original.<ext>`), when one is kept. */
  original: OriginalFile | undefined;
  /** Every clause, in document order. */
  clauses: SiteClause[];
}

export interface SiteClause {
  /** Plan slug. */
  plan: string;
  /** Anchor id, `s4-1-2`. */
  id: string;
  /** The converter's node (children included). */
  clause: Clause;
  /** Full number path, `四、（一）2.`. */
  path: string;
  /** Heading text without number ('' for an untitled item). */
  heading: string;
  part: PlanPart;
  /** The clause's own text: heading and its paragraphs, not its sub-clauses. */
  text: string;
  /** Agencies as written in its `（责任单位：…）`. */
  agencies: string[];
  /** Deep link, `/plans/<slug>/#<id>`. */
  url: string;
}

export interface Site {
  /** “Today” for statuses: `PORTAL_TODAY` or the build date. */
  today: Date;
  /** City plan first, then districts by date. */
  plans: SitePlan[];
  /** Every clause of every plan, plans in the order above. */
  clauses: SiteClause[];
  /** Throws on an unknown slug. */
  plan(slug: string): SitePlan;
  clause(slug: string, id: string): SiteClause | undefined;
}

/** A clause's own text: its heading (number, title) and its paragraphs, not its sub-clauses. */
export function clauseText(clause: Clause): string {
  const heading = headingText(clause);
  return [heading, ...clause.blocks.map(blockText)].join('\n');
}

/** A block's text without its `（责任单位：…）` lists, or a task table's rows without its duty columns. */
export function blockTextWithoutDuties(block: Block): string {
  return block.duties
    ? rowsWithoutDuties(block)
        .map((row) => row.join(' | '))
        .join('\n')
    : block.inlines
        .filter((inline) => inline.kind !== 'duty')
        .map((inline) => inline.text)
        .join('');
}

/** A clause's own paragraphs without its `（责任单位：…）` lists and task tables' duty columns, one string per block. */
export function blockTextsWithoutDuties(clause: Clause): string[] {
  return clause.blocks.map(blockTextWithoutDuties);
}

/**
 * A clause's heading and own paragraphs without the 责任单位 list: what it says, not who carries it
 * out (place mentions, support measures).
 */
export function clauseTextWithoutDuties(clause: Clause): string {
  return [headingText(clause), ...blockTextsWithoutDuties(clause)].join('\n');
}

/** Every clause with its number path, walking the tree once. */
function siteClauses(slug: string, clauses: Clause[], prefix = ''): SiteClause[] {
  return clauses.flatMap((clause) => {
    const path = `${prefix}${clause.number}`;
    const own: SiteClause = {
      plan: slug,
      id: clause.id,
      clause,
      path,
      heading: clause.title,
      part: clause.part,
      text: clauseText(clause),
      agencies: clause.agencies,
      url: clauseUrl(slug, clause.id),
    };
    return [own, ...siteClauses(slug, clause.children, path)];
  });
}

type Sortable = Pick<SitePlan, 'level' | 'date' | 'slug'> & { frontmatter: Pick<PlanFrontmatter, 'period'> };

/** City plans first, then by date (a plan without one, such as the draft, by its period's first year), then by slug. */
export function comparePlans(a: Sortable, b: Sortable): number {
  const key = (p: Sortable) => `${p.level === '市级' ? 0 : 1} ${p.date ?? p.frontmatter.period?.start ?? '9999'} ${p.slug}`;
  return key(a).localeCompare(key(b));
}

export interface LoadOptions {
  root?: string;
  today?: Date;
  /** Check committed MDX against a fresh conversion (default true). */
  checkContent?: boolean;
}

/**
 * A plan's frontmatter, checked against the published schema: what `content/plans/<slug>.mdx`
 * carries (seeds.ts checks that file equals the conversion), validated once per build here.
 */
export function checkedFrontmatter(doc: PlanDocument): PlanFrontmatter {
  const frontmatter = frontmatterOf(doc);
  const checked = publishedPlanSchema.safeParse(frontmatter);
  if (!checked.success) {
    const issues = checked.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`content/plans/${doc.slug}.mdx (from ${doc.source}): the frontmatter does not fit src/schemas/plan.ts — ${issues}`);
  }
  return frontmatter;
}

/** Builds the site model (no caching: `loadSite` caches). */
export function buildSite(options: LoadOptions = {}): Site {
  const root = options.root ?? process.cwd();
  const today = options.today ?? buildToday();
  const converted = convertSeeds(root, { checkContent: options.checkContent ?? true });
  const slugs = new Set(converted.map(({ doc }) => doc.slug));
  const summaries = loadSummaries(root, slugs);
  const originals = loadOriginals(root, slugs);
  const plans: SitePlan[] = converted
    .map(({ doc, bytes }) => {
      const frontmatter = checkedFrontmatter(doc);
      const summary = summaries.get(doc.slug);
      return {
        slug: doc.slug,
        doc,
        frontmatter,
        summary,
        status: planStatus(frontmatter, today),
        shortTitle: summary?.shortTitle ?? frontmatter.title,
        fullTitle: `${frontmatter.title}${frontmatter.titleMarks.join('')}`,
        issuerLabel: issuerLabel(frontmatter),
        periodLabel: periodLabel(frontmatter),
        level: frontmatter.level,
        district: frontmatter.district,
        date: planDate(frontmatter),
        bytes,
        original: originals.get(doc.slug),
        clauses: siteClauses(doc.slug, doc.clauses),
      };
    })
    .sort(comparePlans);
  const bySlug = new Map(plans.map((plan) => [plan.slug, plan]));
  const byClause = new Map(plans.flatMap((plan) => plan.clauses.map((c) => [`${plan.slug}#${c.id}`, c] as const)));
  return {
    today,
    plans,
    clauses: plans.flatMap((plan) => plan.clauses),
    plan(slug) {
      const plan = bySlug.get(slug);
      if (!plan) throw new Error(`no plan "${slug}" (seeds/${slug}.txt)`);
      return plan;
    },
    clause: (slug, id) => byClause.get(`${slug}#${id}`),
  };
}

const cache = new Map<string, Site>();

/** The site model for this build, built once per process and project root. */
export function loadSite(root = process.cwd()): Site {
  let site = cache.get(root);
  if (!site) cache.set(root, (site = buildSite({ root })));
  return site;
}

export { flattenClauses };
export type { PlanStatus };
