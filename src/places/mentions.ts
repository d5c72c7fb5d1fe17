/**
 * Which clauses name which places: the forms of every place's name, the longest-match
 * matcher over clause texts, and the place-like terms (…园, …港, …城, …谷, …湾, …基地, …实验室)
 * that the gazetteer neither holds nor lists as deliberately not mapped.
 */
import { blockText } from '../model/document.ts';
import type { Alias, NotMappedFile, NotMappedTerm, Place } from '../schemas/places.ts';
import { clauseText, clauseTextWithoutDuties, flattenClauses, type ModelPlan } from '../model/index.ts';
import type { Gazetteer } from './data.ts';

// ——— names and where they apply ———

export interface AliasEntry {
  text: string;
  place: string;
  /** Plans the form applies in; undefined = all. */
  plans?: string[];
}

function aliasEntry(place: Place, alias: Alias): AliasEntry {
  return typeof alias === 'string' ? { text: alias, place: place.id } : { text: alias.text, place: place.id, plans: alias.plans };
}

/** Every form that names a place: its name and its aliases. */
export function allAliases(places: Place[]): AliasEntry[] {
  return places.flatMap((place) => [{ text: place.name, place: place.id }, ...place.aliases.map((alias) => aliasEntry(place, alias))]);
}

const appliesIn = (entry: { plans?: string[] }, slug: string) => !entry.plans || entry.plans.includes(slug);

/** A term the matcher knows: a place's form, or a term deliberately not mapped (which blocks shorter names). */
export interface KnownTerm {
  text: string;
  place?: string;
  notMapped?: NotMappedTerm;
}

/** The terms that apply in one plan, longest first (the matcher takes the longest at each position). */
export function termsForPlan(gazetteer: Gazetteer, slug: string): KnownTerm[] {
  const terms: KnownTerm[] = [
    ...allAliases(gazetteer.places)
      .filter((alias) => appliesIn(alias, slug))
      .map((alias) => ({ text: alias.text, place: alias.place })),
    ...gazetteer.notMapped.terms.filter((term) => term.reason !== 'generic').map((term) => ({ text: term.term, notMapped: term })),
  ];
  return terms.sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text));
}

export interface Token {
  start: number;
  end: number;
  term: KnownTerm;
}

/** Terms by their first character, each list longest first: the matcher looks only at terms that can start here. */
const byFirstChar = new WeakMap<KnownTerm[], Map<string, KnownTerm[]>>();

function firstCharIndex(terms: KnownTerm[]): Map<string, KnownTerm[]> {
  let index = byFirstChar.get(terms);
  if (!index) {
    index = new Map();
    for (const term of terms) {
      const first = term.text[0] ?? '';
      index.set(first, [...(index.get(first) ?? []), term]);
    }
    byFirstChar.set(terms, index);
  }
  return index;
}

/** Left-to-right longest match of known terms in a text (`terms` longest first, as `termsForPlan` gives them). */
export function matchTerms(text: string, terms: KnownTerm[]): Token[] {
  const index = firstCharIndex(terms);
  const tokens: Token[] = [];
  for (let i = 0; i < text.length;) {
    const term = index.get(text[i]!)?.find((t) => text.startsWith(t.text, i));
    if (term) {
      tokens.push({ start: i, end: i + term.text.length, term });
      i += term.text.length;
    } else i++;
  }
  return tokens;
}

// ——— clause texts ———

/** A clause's own text for finding mentions: heading and paragraphs, without `（责任单位：…）`. */
export const mentionText = clauseTextWithoutDuties;

export interface Mention {
  place: string;
  plan: string;
  clause: string;
}

/**
 * Every (place, clause) pair where the clause names the place by any form that applies in its
 * plan. 责任单位 lists are left out: there `宝山高新区` or `罗店镇` names the agency carrying out
 * the task, and counting them would link nearly every task to a few places.
 */
export function findMentions(gazetteer: Gazetteer, model: ModelPlan[]): Mention[] {
  const mentions: Mention[] = [];
  for (const { doc, frontmatter } of model) {
    const terms = termsForPlan(gazetteer, frontmatter.slug);
    for (const clause of flattenClauses(doc.clauses)) {
      const seen = new Set<string>();
      for (const token of matchTerms(mentionText(clause), terms)) {
        const place = token.term.place;
        if (!place || seen.has(place)) continue;
        seen.add(place);
        mentions.push({ place, plan: frontmatter.slug, clause: clause.id });
      }
    }
  }
  return mentions;
}

// ——— place-like terms ———

/** Word endings that usually end a place name (园区 before 园 so the longer form wins). */
const PLACE_SUFFIX = /园区|园|港|城|谷|湾|基地|实验室/gu;
/** A suffix followed by these characters is part of another word (城市, 港澳, 湾区 …). */
const NOT_WORD_FINAL: Record<string, RegExp> = { 城: /^[市区乡镇]/u, 港: /^[澳口区]/u, 湾: /^区/u };
/** Characters that cannot be inside a name: punctuation, spaces, digits. */
const STOP = /[\s\p{P}\p{S}0-9０-９]/u;

export interface UnexplainedTerm {
  plan: string;
  /** Clause id, or `preamble`. */
  where: string;
  /** The phrase cut out of the sentence, e.g. `金山新材料产业园`. */
  term: string;
  /** A little context around it. */
  context: string;
}

/**
 * The phrase ending at `end`, cut back to punctuation, and the shorter phrases left after each
 * boundary word in it (`加快推动国盛药谷` → `国盛药谷`), longest first.
 */
export function phraseCandidates(text: string, end: number, suffixStart: number, boundaries: string[]): string[] {
  let start = suffixStart;
  while (start > 0 && !STOP.test(text[start - 1]!)) start--;
  const phrase = text.slice(start, end);
  const suffixOffset = suffixStart - start;
  const cuts = new Set<number>([0]);
  for (const word of boundaries) {
    for (let at = phrase.indexOf(word); at >= 0 && at + word.length <= suffixOffset; at = phrase.indexOf(word, at + 1)) cuts.add(at + word.length);
  }
  return [...cuts].sort((a, b) => a - b).map((cut) => phrase.slice(cut));
}

/**
 * Place-like terms (…园, …港, …城, …谷, …湾, …基地, …实验室) in a text that the gazetteer
 * neither holds nor lists as deliberately not mapped. A suffix inside a known name counts as
 * explained; a generic term counts only when the whole phrase is that term.
 */
export function unexplainedPlaceTerms(text: string, terms: KnownTerm[], notMapped: NotMappedFile): { term: string; context: string }[] {
  const tokens = matchTerms(text, terms);
  const generic = new Set(notMapped.terms.filter((t) => t.reason === 'generic').map((t) => t.term));
  const found: { term: string; context: string }[] = [];
  for (const match of text.matchAll(PLACE_SUFFIX)) {
    const start = match.index;
    const end = start + match[0].length;
    if (NOT_WORD_FINAL[match[0]]?.test(text.slice(end, end + 1))) continue;
    if (tokens.some((token) => token.start <= start && end <= token.end)) continue;
    const candidates = phraseCandidates(text, end, start, notMapped.boundaries);
    if (candidates.some((phrase) => generic.has(phrase))) continue;
    const shortest = candidates.filter((phrase) => phrase.length > match[0].length).at(-1) ?? candidates[0]!;
    found.push({ term: shortest, context: text.slice(Math.max(0, start - 16), end + 4).replace(/\s+/gu, ' ') });
  }
  return found;
}

/** Runs the check over every plan: preamble and every clause (责任单位 included). */
export function findUnexplainedPlaceTerms(gazetteer: Gazetteer, model: ModelPlan[]): UnexplainedTerm[] {
  const out: UnexplainedTerm[] = [];
  for (const { doc, frontmatter } of model) {
    const terms = termsForPlan(gazetteer, frontmatter.slug);
    const texts = [
      { where: 'preamble', text: doc.preamble.map(blockText).join('\n') },
      ...flattenClauses(doc.clauses).map((clause) => ({ where: clause.id, text: clauseText(clause) })),
    ];
    for (const { where, text } of texts) {
      for (const hit of unexplainedPlaceTerms(text, terms, gazetteer.notMapped)) out.push({ plan: frontmatter.slug, where, ...hit });
    }
  }
  return out;
}
