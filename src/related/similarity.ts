/**
 * Related clauses across plans, scored by what the two clauses share that is distinctive: the
 * named instruments both name (先投后股, 白名单, 孵化器, 引导基金 ↔ 子基金, CRO ↔ 合同研究外包; the
 * editorial list in content/related/terms.yaml) and the informative phrases both write (shared
 * runs of 4-grams not made of boilerplate), each weighted by its rarity across the corpus
 * (IDF over clause texts), then discounted when the two clauses offer different kinds of
 * support or sit in different parts of their plans. Whole-clause cosine drowned one shared
 * distinctive phrase in shared boilerplate; a sum of rare shared things does not.
 *
 * Linear in the number of clauses: identical texts (synthetic copies) are scored once; only
 * texts sharing an indexed instrument or phrase are candidates, and instruments or phrases in
 * more than `MAX_POSTINGS` texts are not indexed (they still count when scoring a candidate).
 *
 * Links are symmetric: A lists B exactly when B lists A — a link is kept only when each clause
 * ranks the other among its `TOP_K` best (at most `PER_PLAN` from any one plan) at or above
 * `THRESHOLD`. Never a link inside the same plan.
 */
import { GRAM, MIN_OWN_CHARS, PhraseReader, type TextFeatures } from './phrases.ts';
import type { RelatedTerms } from './terms.ts';

export { normaliseForSimilarity } from './phrases.ts';

export interface RelatedInput {
  plan: string;
  id: string;
  /** Own text: heading and paragraphs, not sub-clauses, without the 责任单位 list ('' takes no part). */
  text: string;
  /** Kinds of support the clause offers (support finder's types), [] when it offers none. */
  types?: readonly string[];
  /** Part of its plan (任务, 保障措施, 布局, …). */
  part?: string;
  /** Gazetteer ids of the places it names (南大合成生物产业园, 湾区生物医药港): named sites count as instruments do. */
  places?: readonly string[];
}

export interface RelatedLink {
  plan: string;
  id: string;
  /** 0–1 (1: the same text), rounded to 3 decimals. */
  score: number;
}

export interface RelatedOptions {
  threshold?: number;
  topK?: number;
  perPlan?: number;
}

/** Tuned against `test/related/pairs.json` (`npm run tune:related` prints precision and recall per threshold). */
export const THRESHOLD = 0.4;
export const TOP_K = 10;
export const PER_PLAN = 4;
/** Raw score (sum of IDF) at which the score reaches 1 − 1/e. */
const SCALE = 4;
/** A shared phrase counts this much of a shared instrument of the same rarity. */
const PHRASE_WEIGHT = 0.6;
/** A run of n shared 4-grams is worth `RUN_BASE + RUN_STEP × n` of its rarest gram, at most `MAX_RUN_WORTH`. */
const RUN_BASE = 0.2;
const RUN_STEP = 0.15;
const MAX_RUN_WORTH = 1.5;
/** Two support measures of no common type; two clauses in unlike parts (a layout and a goal). */
const TYPE_MISMATCH = 0.7;
const PART_MISMATCH = 0.85;
/** Parts that state actions: a task and a 保障措施 can be the same measure. */
const ACTION_PARTS = new Set(['任务', '保障措施']);
const MAX_POSTINGS = 60;
/** How many times `TOP_K` candidates each clause puts forward before links are accepted. */
const PROPOSALS = 2;
/** Clauses shorter than this (headings alone: `四、保障措施`) have too little text to compare. */
export const MIN_CHARS = 16;

interface Group {
  text: string;
  features: TextFeatures;
  types: readonly string[];
  part: string;
  /** Instrument indices and `place:<id>` keys: the named things the text shares with others. */
  named: Set<number | string>;
  members: number[];
}

function idfTable(groups: Group[], keysOf: (g: Group) => Iterable<string | number>): Map<string | number, number> {
  const df = new Map<string | number, number>();
  for (const g of groups) for (const k of keysOf(g)) df.set(k, (df.get(k) ?? 0) + 1);
  const n = groups.length;
  return new Map([...df].map(([k, d]) => [k, Math.log(n / d)]));
}

/**
 * Shared informative 4-grams of `a` and `b`, as runs of consecutive positions in `a` (a shared
 * phrase of 4 + n characters is a run of n + 1 grams). A run is worth its rarest new gram's IDF
 * times `runWorth(length)`; a gram already counted in another run (a repeated phrase) adds nothing.
 */
function phraseScore(a: TextFeatures, b: TextFeatures, gramIdf: Map<string | number, number>): number {
  const shared: Array<[number, string]> = [];
  for (const [gram, positions] of a.grams) if (b.grams.has(gram)) for (const p of positions) shared.push([p, gram]);
  shared.sort((x, y) => x[0] - y[0]);
  const counted = new Set<string>();
  let total = 0;
  for (let i = 0; i < shared.length;) {
    let j = i;
    while (j + 1 < shared.length && shared[j + 1]![0] === shared[j]![0] + 1) j++;
    const fresh = shared.slice(i, j + 1).filter(([, g]) => !counted.has(g));
    const start = shared[i]![0];
    const own = a.dull.subarray(start, shared[j]![0] + GRAM).reduce((n, d) => n + (d ? 0 : 1), 0);
    if (fresh.length > 0 && own >= MIN_OWN_CHARS) {
      total += Math.max(...fresh.map(([, g]) => gramIdf.get(g) ?? 0)) * runWorth(j - i + 1);
      for (const [, g] of fresh) counted.add(g);
    }
    i = j + 1;
  }
  return total;
}

/** One shared 4-gram is weak evidence (two texts can share 生物制品 by chance); a long shared phrase is strong. */
function runWorth(grams: number): number {
  return Math.min(MAX_RUN_WORTH, RUN_BASE + RUN_STEP * grams);
}

/**
 * For every clause (key `plan#id`), its related clauses in other plans, best first; symmetric.
 * `terms` is the editorial vocabulary (`loadRelatedTerms()`).
 */
export function relatedClauses(clauses: RelatedInput[], terms: RelatedTerms, options: RelatedOptions = {}): Map<string, RelatedLink[]> {
  const threshold = options.threshold ?? THRESHOLD;
  const topK = options.topK ?? TOP_K;
  const perPlan = options.perPlan ?? PER_PLAN;
  const reader = new PhraseReader(terms);

  // Identical clause texts (synthetic copies) form one group, scored once.
  const byText = new Map<string, Group>();
  const groupOf: Array<Group | undefined> = clauses.map((c, i) => {
    if (c.text.replace(/\s/gu, '').length < MIN_CHARS) return undefined;
    let g = byText.get(c.text);
    if (!g) {
      const features = reader.features(c.text);
      const named = new Set<number | string>([...features.instruments, ...(c.places ?? []).map((p) => `place:${p}`)]);
      byText.set(c.text, (g = { text: c.text, features, types: c.types ?? [], part: c.part ?? '', named, members: [] }));
    }
    g.members.push(i);
    return g;
  });
  const groups = [...byText.values()];
  const index = new Map(groups.map((g, i) => [g, i]));
  const namedIdf = idfTable(groups, (g) => g.named);
  const gramIdf = idfTable(groups, (g) => g.features.grams.keys());

  const postings = new Map<string | number, number[]>();
  groups.forEach((g, gi) => {
    for (const key of [...g.named, ...g.features.grams.keys()]) {
      let list = postings.get(key);
      if (!list) postings.set(key, (list = []));
      if (list.length <= MAX_POSTINGS) list.push(gi);
    }
  });

  const score = (a: Group, b: Group): number => {
    // Runs are read in each text's own order; the mean keeps the score symmetric.
    let raw = (PHRASE_WEIGHT * (phraseScore(a.features, b.features, gramIdf) + phraseScore(b.features, a.features, gramIdf))) / 2;
    for (const k of a.named) if (b.named.has(k)) raw += namedIdf.get(k)!;
    if (a.types.length > 0 && b.types.length > 0 && !a.types.some((t) => b.types.includes(t))) raw *= TYPE_MISMATCH;
    if (a.part !== b.part && !(ACTION_PARTS.has(a.part) && ACTION_PARTS.has(b.part))) raw *= PART_MISMATCH;
    return 1 - Math.exp(-raw / SCALE);
  };

  // Best other groups of each group, best first (the group itself first: identical texts score 1).
  const neighbours = groups.map((g, gi): Array<[number, number]> => {
    const candidates = new Set<number>();
    for (const key of [...g.named, ...g.features.grams.keys()]) {
      const list = postings.get(key)!;
      if (list.length <= MAX_POSTINGS) for (const h of list) if (h !== gi) candidates.add(h);
    }
    const scored = [...candidates].map((h): [number, number] => [h, score(g, groups[h]!)]).filter(([, s]) => s >= threshold);
    scored.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    return [[gi, 1], ...scored];
  });

  // Each clause proposes its best `PROPOSALS × topK` clauses of other plans (PER_PLAN a plan)…
  const proposals: Array<[number, number, number]> = [];
  clauses.forEach((clause, i) => {
    const g = groupOf[i];
    if (!g) return;
    const fromPlan = new Map<string, number>();
    let proposed = 0;
    // Copies of one text start at different members, so that no one copy is proposed by all.
    const offset = g.members.indexOf(i);
    outer: for (const [h, s] of neighbours[index.get(g)!]!) {
      const members = groups[h]!.members;
      for (let k = 0; k < members.length; k++) {
        if (proposed >= PROPOSALS * topK) break outer;
        const m = members[(offset + k) % members.length]!;
        const other = clauses[m]!;
        if (other.plan === clause.plan) continue;
        const taken = fromPlan.get(other.plan) ?? 0;
        if (taken >= perPlan) continue;
        fromPlan.set(other.plan, taken + 1);
        proposed++;
        proposals.push([Math.min(i, m), Math.max(i, m), s]);
      }
    }
  });
  // …and links are accepted best first while both ends have room (topK in all, perPlan from a
  // plan): every link is listed at both ends, and a clause naming many things (a long task)
  // keeps its best links without crowding out the others' best.
  const seen = new Set<string>();
  const unique = proposals.filter(([i, j]) => !seen.has(`${i} ${j}`) && seen.add(`${i} ${j}`));
  unique.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
  const lists: RelatedLink[][] = clauses.map(() => []);
  const room = (i: number, plan: string) => lists[i]!.length < topK && lists[i]!.filter((l) => l.plan === plan).length < perPlan;
  for (const [i, j, s] of unique) {
    const [a, b] = [clauses[i]!, clauses[j]!];
    if (!room(i, b.plan) || !room(j, a.plan)) continue;
    const score = Math.round(s * 1000) / 1000;
    lists[i]!.push({ plan: b.plan, id: b.id, score });
    lists[j]!.push({ plan: a.plan, id: a.id, score });
  }
  return new Map(clauses.map((c, i) => [`${c.plan}#${c.id}`, lists[i]!]));
}
