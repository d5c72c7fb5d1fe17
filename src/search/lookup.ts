/**
 * Lookup from the search box: a 文号 (沪府办发〔2023〕18号 in any width and bracket) opens the
 * plan it numbers, and a plan's name with a clause path (宝山 四、（五）11.（2）) opens that clause.
 * Anything else is an ordinary search: a query that merely contains 2023 or 号 must still search.
 *
 * Pure and dependency-free: the search page runs it in the browser on the table the build writes
 * (`lookup-table.ts`), and the build uses `pathKey` to write the table's keys, so both sides read
 * a clause path the same way.
 */
import { canonical, type T2S } from './normalize.ts';

/** One plan as the lookup knows it (written by the build, `lookup-table.ts`). */
export interface LookupPlan {
  /** The plan's page (with the site's base). */
  url: string;
  /** Its short name, as links and messages show it. */
  label: string;
  docNumber?: string;
  /** Names a reader may type, canonical (`canonical()` without T2S): short name, title, district. */
  names: string[];
  /** Clause path key (`pathKey`) → anchor id. */
  clauses: Record<string, string>;
}

export interface LookupTable {
  plans: LookupPlan[];
}

export interface LookupTarget {
  url: string;
  label: string;
}

export type LookupResult =
  /** Not a 文号 nor a name with a clause path: search as usual. */
  | { kind: 'search' }
  /** One place to go. */
  | { kind: 'go'; target: LookupTarget }
  /** The name fits several plans that all have the clause. */
  | { kind: 'choice'; path: string; targets: LookupTarget[] }
  /** Reads as a 文号 the portal does not hold. */
  | { kind: 'unknown-doc'; docNumber: string }
  /** The plan (or plans) named have no clause at that path. */
  | { kind: 'no-clause'; path: string; plans: LookupTarget[] };

/** Longer than a title with a clause path (the five plans' longest title has 42 characters). */
const MAX_LOOKUP_CHARS = 80;
const CN_DIGITS = '一二三四五六七八九十百零〇';
/** A 文号 once widths and brackets are one: issuer code, year in brackets, serial, 号. */
const DOC_NUMBER = new RegExp(`^(\\p{Script=Han}{1,10})〔((?:19|20)\\d{2})〕第?(\\d{1,4})号$`, 'u');
/**
 * One level of a clause path, after NFKC (（五） is (五), １１． is 11.): 四、 / (五) / 11. / (2) / 第三条.
 * The trailing 、 or . may be left out (四（五）11).
 */
const PATH_TOKEN = new RegExp(
  `^(?:([${CN_DIGITS}]+)([、.,]?)|\\(([${CN_DIGITS}]+)\\)[、.]?|(\\d{1,3})(?!\\d)([.、,]?)|\\((\\d{1,3})\\)[、.]?|第([${CN_DIGITS}]+|\\d{1,3})([条章节]))`,
  'u',
);

/** Width, brackets and spaces as one: NFKC, every bracket pair → 〔〕 / (), spaces gone. */
function folded(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[[【〖〔［]/gu, '〔')
    .replace(/[\]】〗〕］]/gu, '〕')
    .replace(/\s+/gu, '');
}

/** A 文号 in its written form (沪府办发〔2023〕18号), or undefined when the text is not one. */
export function readDocNumber(text: string): string | undefined {
  // Round brackets around a four-digit year are a 文号's brackets too (沪府办发（2023）18号).
  const unified = folded(text).replace(/\(((?:19|20)\d{2})\)/u, '〔$1〕');
  const match = DOC_NUMBER.exec(unified);
  return match ? `${match[1]}〔${match[2]}〕${match[3]}号` : undefined;
}

/**
 * A clause path's key, the same for every way of writing it (四、（五）11.（2）, 四(五)11(2),
 * 四、（五）１１．（２）), or undefined when the text is not wholly a path. `strict` (the reader's
 * query) also refuses a path of one undelimited number (宝山 30, 张江 四): that is a search.
 */
export function pathKey(text: string, strict = false): string | undefined {
  let rest = text.normalize('NFKC').replace(/\s+/gu, '');
  const parts: string[] = [];
  let delimited = false;
  while (rest !== '') {
    const m = PATH_TOKEN.exec(rest);
    if (!m || m[0] === '') return undefined;
    if (m[1]) parts.push(`${m[1]}、`);
    else if (m[3]) parts.push(`（${m[3]}）`);
    else if (m[4]) parts.push(`${m[4]}.`);
    else if (m[6]) parts.push(`（${m[6]}）`);
    else parts.push(`第${m[7]}${m[8]}`);
    if (m[2] || m[3] || m[5] || m[6] || m[7]) delimited = true;
    rest = rest.slice(m[0].length);
  }
  if (parts.length === 0) return undefined;
  if (strict && parts.length === 1 && !delimited) return undefined;
  return parts.join('');
}

const target = (plan: LookupPlan, id?: string): LookupTarget => ({ url: id ? `${plan.url}#${id}` : plan.url, label: plan.label });

/** The plans a typed name stands for: its 文号, or a name that contains it (two characters at least). */
function plansNamed(name: string, table: LookupTable, t2s: T2S): LookupPlan[] {
  const doc = readDocNumber(name);
  if (doc) return table.plans.filter((p) => p.docNumber === doc);
  const typed = canonical(name, t2s);
  if ([...typed].length < 2) return [];
  return table.plans.filter((p) => p.names.some((n) => n.includes(typed)));
}

/** A name followed by a clause path: every split is tried, the first that names a clause wins. */
function lookupClause(query: string, table: LookupTable, t2s: T2S): LookupResult {
  const compact = query.replace(/\s+/gu, ' ').trim();
  const chars = [...compact];
  let nameOnly: { path: string; plans: LookupPlan[] } | undefined;
  for (let i = 1; i < chars.length; i++) {
    const key = pathKey(chars.slice(i).join(''), true);
    if (!key) continue;
    const plans = plansNamed(chars.slice(0, i).join(''), table, t2s);
    if (plans.length === 0) continue;
    const found = plans.filter((p) => p.clauses[key]);
    if (found.length === 1) return { kind: 'go', target: target(found[0]!, found[0]!.clauses[key]) };
    if (found.length > 1) return { kind: 'choice', path: key, targets: found.map((p) => target(p, p.clauses[key])) };
    nameOnly ??= { path: key, plans };
  }
  return nameOnly ? { kind: 'no-clause', path: nameOnly.path, plans: nameOnly.plans.map((p) => target(p)) } : { kind: 'search' };
}

/**
 * What the search box does with a query. A quoted query is always a search (the way to find a
 * 文号 in the texts rather than open its plan).
 */
export function lookup(query: string, table: LookupTable, t2s: T2S = {}): LookupResult {
  const trimmed = query.trim();
  // A pasted paragraph is a search: and trying every split of it would be quadratic in its length.
  if (trimmed.length > MAX_LOOKUP_CHARS) return { kind: 'search' };
  if (trimmed === '' || /^["“”„「『'].*["“”」』']$/su.test(trimmed)) return { kind: 'search' };
  const doc = readDocNumber(trimmed);
  if (doc) {
    const plan = table.plans.find((p) => p.docNumber === doc);
    return plan ? { kind: 'go', target: target(plan) } : { kind: 'unknown-doc', docNumber: doc };
  }
  return lookupClause(trimmed, table, t2s);
}
