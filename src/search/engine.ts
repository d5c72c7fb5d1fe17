/**
 * The search engine on top of Pagefind. Pagefind ANDs the word segments of a query, so for
 * 宝山高新区 it also returns clauses with 宝山 and 高新区 apart. We therefore:
 *   1. ask Pagefind for the quoted phrase (positions must be adjacent);
 *   2. where the phrase may be cut across words (物产业园 inside 生物产业园 is segmented
 *      differently from the text), ask again with an edge word trimmed; and since the quoted
 *      search misses a few records, take Pagefind's best ordinary hits too; keep only those
 *      candidates whose text really contains the phrase (on a canonical form);
 *   3. group the whole-phrase hits by plan: every plan whose own text (clauses, notice,
 *      preamble, closing) holds the phrase, with its count, most hits first. A group's hits
 *      are asked for only when the group is shown, and texts load only when a hit is shown;
 *   4. list whole-phrase hits in the editorial summaries apart: a summary is our wording, not
 *      the plan's, so it does not make a plan "mention" a term and is not counted;
 *   5. unless the reader wants exact phrases only, add Pagefind's ordinary hits (partial
 *      matches) after them — but not for a query too short for a part of it to mean anything.
 * Facet counts are the counts a reader gets by ticking a value: for a key with values chosen,
 * counted with the other keys' filters only (so the other values stay visible). When the phrase
 * occurs whole, facets count the whole-phrase hits of the plans' text, exactly what the groups
 * count; otherwise the partial matches. The plan-level facets (层级, 区域, 状态) are not Pagefind
 * filters but come from a table of the plans (see plan-facets.ts): a choice among them narrows
 * the `plan` filter, and their counts add up the plans' counts.
 *
 * Extra phrases (`extraPhrases`, e.g. the plans' words for an enterprise word: 房租 → 先租后让,
 * 厂房, 载体) are searched like the query, their hits merged (a record holding two phrases counts
 * once) and their use reported. In a group, the query's hits come first, then each extra
 * phrase's in the order given (most specific first); a hit found only through extra phrases
 * names them (`Hit.via`).
 */
import { addCounts, countFacets, disjunctive, withKinds } from './facets.ts';
import { containsPhrase, parseQuery, type ParsedQuery } from './normalize.ts';
import { holdingEveryWord, partialMatchesMeaningful, searchedPhrases, variantsToAsk } from './phrases.ts';
import { SearchSession } from './session.ts';
import {
  SUMMARY_KIND,
  TEXT_KINDS,
  type Counts,
  type Filters,
  type Hit,
  type LazyHit,
  type PagefindLike,
  type PlanGroup,
  type SearchOptions,
  type SearchOutcome,
} from './types.ts';

export * from './facets.ts';
export * from './phrases.ts';
export * from './types.ts';

/** How many cut-across-word candidates are checked at most (a broad query has many; the reader refines). */
const MAX_CANDIDATES = 120;
/** How many of Pagefind's ordinary (non-phrase) hits are checked for the phrase at most. */
const MAX_LOOSE_CHECKED = 40;
/** How many partial matches are loaded at most to count their facets when Pagefind's counts cannot be used. */
const MAX_COUNTED = 200;

/** The whole-phrase records of some view: their ids, facet counts (each record once) and hits per phrase. */
interface WholePhrase {
  ids: Set<string>;
  counts: Counts;
  perPhrase: number[];
}

/** A hit found by checking texts: its record's lazy hit and the loaded text. */
type Checked = { lazy: LazyHit; hit: Hit };

export async function search(pagefind: PagefindLike, input: string, options: SearchOptions = {}): Promise<SearchOutcome> {
  const t2s = options.t2s ?? {};
  const query = parseQuery(input, t2s);
  const exactOnly = options.exactOnly === true || query.quoted;
  const chosen: Filters = Object.fromEntries(Object.entries(options.filters ?? {}).filter(([, v]) => v.length > 0));
  const empty: SearchOutcome = { query, exactOnly, groups: [], exactCount: 0, summaries: [], partial: [], partialWithheld: false, facets: {}, phrases: [] };
  if (query.canonical === '') return empty;

  const session = new SearchSession(pagefind, searchedPhrases(query, options.extraPhrases, t2s), t2s, options.planFacets ?? {});
  const crossWord = await crossWordHits(session);
  // The base view (every chosen filter) and, for each key with values chosen, the view without it.
  const textView = withKinds(chosen, TEXT_KINDS);
  const base = await wholePhrase(session, crossWord, textView);
  const facets = await disjunctive(base.counts, chosen, (filters) => wholePhrase(session, crossWord, withKinds(filters, TEXT_KINDS)).then((v) => v.counts));
  delete facets.kind?.[SUMMARY_KIND];
  const groups = planGroups(session, crossWord, base, textView);
  const exactCount = groups.reduce((n, g) => n + g.count, 0);
  const summaries = await summaryHits(session, crossWord, chosen);

  const outcome: SearchOutcome = {
    ...empty,
    groups,
    exactCount,
    summaries: [...summaries.values()],
    facets,
    phrases: session.phrases.map((p, i) => ({ phrase: p.phrase, count: base.perPhrase[i] ?? 0 })),
  };
  if (exactOnly) return outcome;
  if (!partialMatchesMeaningful(query)) return { ...outcome, partialWithheld: true };
  return partialMatches(session, query, chosen, outcome, new Set([...base.ids, ...summaries.keys()]));
}

/**
 * Phase 1, phrases: records that hold a phrase only across Pagefind's word boundaries, loaded and
 * verified.
 */
async function crossWordHits(session: SearchSession): Promise<Checked[]> {
  const crossWord: Checked[] = [];
  for (const p of session.phrases) {
    const direct = new Set((await session.quoted(p, {}))?.results.map((r) => r.id) ?? []);
    const candidates = new Map<string, LazyHit>();
    for (const variant of variantsToAsk(p.pagefind, direct.size)) {
      for (const r of (await session.ask(`"${variant}"`))?.results ?? []) {
        if (!direct.has(r.id) && candidates.size < MAX_CANDIDATES) candidates.set(r.id, session.lazy(r));
      }
    }
    // Pagefind's phrase search misses some records that hold the phrase (金山 s6-2 for 生物医药,
    // whose words 生物 and 医药 it finds): check its best ordinary hits as well.
    // The cap counts texts loaded (hits not already found whole), not ranks: with several bundles
    // the ranks differ from one bundle's, and a cap on ranks checked other records.
    const loose = (await session.ask(p.pagefind))?.results.filter((r) => !direct.has(r.id)) ?? [];
    for (const r of loose.slice(0, MAX_LOOSE_CHECKED)) candidates.set(r.id, session.lazy(r));
    const loaded = await Promise.all([...candidates.values()].map(async (c) => ({ lazy: c, hit: await c.load() })));
    for (const found of loaded) {
      if (containsPhrase(found.hit.content, p.canonical, session.t2s) && !crossWord.some((x) => x.hit.id === found.hit.id)) crossWord.push(found);
    }
  }
  return crossWord;
}

/** Phase 2, facets: the whole-phrase records under some filters, each record counted once. */
async function wholePhrase(session: SearchSession, crossWord: Checked[], filters: Filters): Promise<WholePhrase> {
  const ids = new Set<string>();
  const counts: Counts = {};
  const repeated: LazyHit[] = [];
  const perPhrase: number[] = [];
  for (const p of session.phrases) {
    const found = await session.quoted(p, filters);
    let mine = 0;
    for (const r of found?.results ?? []) {
      mine++;
      if (ids.has(r.id)) repeated.push(session.lazy(r));
      ids.add(r.id);
    }
    addCounts(counts, found?.filters, 1);
    for (const { hit } of crossWord) {
      if (session.matches(hit, filters) && session.holds(hit, p)) {
        mine++;
        if (ids.has(hit.id)) continue;
        ids.add(hit.id);
        addCounts(counts, session.countedOnly(countFacets([hit])), 1);
      }
    }
    perPhrase.push(mine);
  }
  // A record holding two of the phrases was counted by each search: count it once.
  addCounts(counts, session.countedOnly(countFacets(await Promise.all(repeated.map((h) => h.load())))), -1);
  return { ids, counts: session.planCounts(counts), perPhrase };
}

/** Phase 3, grouping: one group per plan, most hits first; a group's hits are asked for when shown. */
function planGroups(session: SearchSession, crossWord: Checked[], base: WholePhrase, textView: Filters): PlanGroup[] {
  // One search per plan shown (in Pagefind's order), then the records found by checking texts.
  const groupHits = (plan: string) => async (): Promise<LazyHit[]> => {
    const list = new Map<string, LazyHit>();
    const filters = { ...textView, plan: [plan] };
    for (const p of session.phrases) for (const r of (await session.quoted(p, filters))?.results ?? []) if (!list.has(r.id)) list.set(r.id, session.lazy(r));
    for (const { lazy: l, hit } of crossWord) if (session.matches(hit, filters) && !list.has(l.id)) list.set(l.id, l);
    return [...list.values()];
  };
  return Object.entries(base.counts.plan ?? {})
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'))
    .map(([plan, count]) => {
      let hits: Promise<LazyHit[]> | undefined;
      const all = groupHits(plan);
      return { plan, count, hits: () => (hits ??= all()) };
    });
}

/** Whole-phrase hits in the editorial summaries, listed apart (never counted as a plan's mention). */
async function summaryHits(session: SearchSession, crossWord: Checked[], chosen: Filters): Promise<Map<string, LazyHit>> {
  const summaryView = { ...chosen, kind: [SUMMARY_KIND] };
  const summaries = new Map<string, LazyHit>();
  for (const p of session.phrases) for (const r of (await session.quoted(p, summaryView))?.results ?? []) summaries.set(r.id, session.lazy(r));
  for (const { lazy: l, hit } of crossWord) if (session.matches(hit, summaryView)) summaries.set(l.id, l);
  return summaries;
}

/** Phase 4, partial matches: Pagefind's ordinary hits, every word of the query somewhere in the record. */
async function partialMatches(session: SearchSession, query: ParsedQuery, chosen: Filters, outcome: SearchOutcome, shown: Set<string>): Promise<SearchOutcome> {
  const loose = await holdingEveryWord(query.pagefind, (term) => session.ask(term, chosen));
  const partial = loose.results.filter((r) => !shown.has(r.id)).map((r) => session.lazy(r));
  if (outcome.exactCount > 0 || partial.length === 0) return { ...outcome, partial };
  // Nothing whole: the facets count the partial matches, so the reader can narrow them — counted
  // on the hits' own filters (none past a cap) when Pagefind's counts are not the hits' counts.
  if (!loose.complete) return { ...outcome, partial, facets: partial.length > MAX_COUNTED ? {} : await session.facetsOfHits(partial) };
  const facets = await disjunctive(session.planCounts(loose.counts), chosen, async (filters) =>
    session.planCounts((await session.ask(query.pagefind, filters))?.filters ?? {}),
  );
  return { ...outcome, partial, facets };
}
