/**
 * Related clauses across plans: TF-IDF over character bigrams of the sentences of each clause's
 * own text (heading and paragraphs, without its 责任单位 list), cosine similarity of the closest
 * pair of sentences, computed once per build.
 *
 * Linear in the number of clauses, with fixed caps:
 * - identical clause texts and identical sentences (synthetic copies of a plan) are scored once;
 * - a clause queries the index with its `QUERY_TERMS` heaviest bigrams only, and bigrams held by
 *   more than `MAX_POSTINGS` distinct texts are not indexed (too common to tell clauses apart);
 * - a sentence is linked to at most `MAX_GROUPS_PER_SENTENCE` clause texts;
 * - the `RESCORE` best candidates are rescored exactly, and each clause keeps at most `TOP_K`
 *   clauses of other plans (`PER_PLAN` from any one plan) at or above `THRESHOLD`.
 */

export interface RelatedInput {
  plan: string;
  id: string;
  /** Own text: heading and paragraphs, not sub-clauses, without the 责任单位 list. */
  text: string;
}

export interface RelatedLink {
  plan: string;
  id: string;
  /** Cosine similarity, 0–1, rounded to 3 decimals. */
  score: number;
}

export interface RelatedOptions {
  threshold?: number;
  topK?: number;
  perPlan?: number;
}

/** Tuned against `test/related/pairs.json` (`node src/related/tune.ts` via src/scripts/with-node.sh prints precision and recall per threshold). */
export const THRESHOLD = 0.18;
export const TOP_K = 3;
export const PER_PLAN = 2;
const QUERY_TERMS = 48;
const MAX_POSTINGS = 400;
const RESCORE = 24;
/** Clauses shorter than this (headings alone: `四、保障措施`) have too little text to compare. */
export const MIN_CHARS = 16;
/** Sentences shorter than this (`坚持引进与培育并重`) are compared only as part of the whole clause. */
const MIN_SENTENCE_CHARS = 12;
/** A sentence shared word for word by more clause texts than this is boilerplate. */
const MAX_GROUPS_PER_SENTENCE = 50;

/** Only Han characters and letters count: punctuation, digits and spaces say nothing about a topic. */
export function normaliseForSimilarity(text: string): string {
  return text.replace(/[^\p{Script=Han}A-Za-z]/gu, '').toUpperCase();
}

type Vector = Map<string, number>;

function bigramCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const gram = text.slice(i, i + 2);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function dot(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [gram, w] of small) {
    const v = large.get(gram);
    if (v !== undefined) sum += w * v;
  }
  return sum;
}

/** Sentences of a clause's text, normalised, long enough to compare; the whole text when none is. */
function unitsOf(text: string): string[] {
  const sentences = text
    .split(/[。；！？\n]/u)
    .map(normaliseForSimilarity)
    .filter((s) => s.length >= MIN_SENTENCE_CHARS);
  if (sentences.length > 0) return sentences;
  const whole = normaliseForSimilarity(text);
  return whole.length >= MIN_CHARS ? [whole] : [];
}

/** Interns strings, returning a dense index per distinct value. */
class Interner {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  add(value: string): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.index.set(value, i);
      this.values.push(value);
    }
    return i;
  }
}

function tfidfVectors(texts: string[]): Vector[] {
  const counts = texts.map(bigramCounts);
  const df = new Map<string, number>();
  for (const c of counts) for (const gram of c.keys()) df.set(gram, (df.get(gram) ?? 0) + 1);
  const n = texts.length;
  return counts.map((c) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [gram, tf] of c) {
      const w = (1 + Math.log(tf)) * Math.log(1 + n / df.get(gram)!);
      v.set(gram, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [gram, w] of v) v.set(gram, w / norm);
    return v;
  });
}

/** For each vector, its best other vectors by exact cosine (at least `threshold`), best first. */
function nearest(vectors: Vector[], threshold: number): Array<Array<[number, number]>> {
  const postings = new Map<string, Array<[number, number]>>();
  vectors.forEach((v, u) => {
    for (const [gram, w] of v) {
      let list = postings.get(gram);
      if (!list) postings.set(gram, (list = []));
      if (list.length <= MAX_POSTINGS) list.push([u, w]);
    }
  });
  return vectors.map((v, u) => {
    const query = [...v].sort((a, b) => b[1] - a[1]).slice(0, QUERY_TERMS);
    const partial = new Map<number, number>();
    for (const [gram, w] of query) {
      const list = postings.get(gram)!;
      // Bigrams in more texts than the cap are too common to tell texts apart.
      if (list.length > MAX_POSTINGS) continue;
      for (const [other, ow] of list) if (other !== u) partial.set(other, (partial.get(other) ?? 0) + w * ow);
    }
    return [...partial]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, RESCORE)
      .map(([other]): [number, number] => [other, dot(v, vectors[other]!)])
      .filter(([, score]) => score >= threshold)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  });
}

/**
 * For every clause (key `plan#id`), its related clauses in other plans, best first. Two clauses
 * score the cosine of their closest pair of sentences: a short clause on a sub-fund is close to
 * the one sentence of a long clause that sets up a fund, whatever else that clause says.
 */
export function relatedClauses(clauses: RelatedInput[], options: RelatedOptions = {}): Map<string, RelatedLink[]> {
  const threshold = options.threshold ?? THRESHOLD;
  const topK = options.topK ?? TOP_K;
  const perPlan = options.perPlan ?? PER_PLAN;

  // Identical clause texts (synthetic copies) form one group, scored once.
  const clauseTexts = new Interner();
  const clauseGroup = clauses.map((c) => clauseTexts.add(c.text));
  const members: number[][] = clauseTexts.values.map(() => []);
  clauseGroup.forEach((g, i) => members[g]!.push(i));

  const units = new Interner();
  const unitsOfGroup = clauseTexts.values.map((text) => [...new Set(unitsOf(text).map((u) => units.add(u)))]);
  const groupsOfUnit: number[][] = units.values.map(() => []);
  unitsOfGroup.forEach((us, g) => {
    for (const u of us) if (groupsOfUnit[u]!.length < MAX_GROUPS_PER_SENTENCE) groupsOfUnit[u]!.push(g);
  });

  const unitNeighbours = nearest(tfidfVectors(units.values), threshold);

  // Best other clause groups for each clause group: the best sentence pair decides.
  const groupNeighbours = unitsOfGroup.map((us, g) => {
    const best = new Map<number, number>();
    for (const u of us) {
      // The same sentence in another clause group scores 1.
      for (const [other, score] of [[u, 1] as [number, number], ...unitNeighbours[u]!]) {
        for (const h of groupsOfUnit[other]!) {
          if (h !== g && score > (best.get(h) ?? 0)) best.set(h, score);
        }
      }
    }
    return [[g, 1] as [number, number], ...[...best].sort((a, b) => b[1] - a[1] || a[0] - b[0])];
  });

  const result = new Map<string, RelatedLink[]>();
  clauses.forEach((clause, i) => {
    const links: RelatedLink[] = [];
    const fromPlan = new Map<string, number>();
    const own = clauseGroup[i]!;
    if (unitsOfGroup[own]!.length > 0) {
      outer: for (const [group, score] of groupNeighbours[own]!) {
        for (const m of members[group]!) {
          if (links.length >= topK) break outer;
          const other = clauses[m]!;
          if (other.plan === clause.plan) continue;
          const taken = fromPlan.get(other.plan) ?? 0;
          if (taken >= perPlan) continue;
          fromPlan.set(other.plan, taken + 1);
          links.push({ plan: other.plan, id: other.id, score: Math.round(score * 1000) / 1000 });
        }
      }
    }
    result.set(`${clause.plan}#${clause.id}`, links);
  });
  return result;
}
