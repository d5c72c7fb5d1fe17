/**
 * The documents a plan cites: every 《title》 in its notice's text, preamble and clauses, with the 文号 printed
 * right after it (`《…》（沪府办发〔2023〕18号）`) when there is one. A cited notice that issues
 * another document (`《…关于印发<X>的通知》`) stands for X, the document it issues, so that
 * two plans citing X — one through its notice, one by its own title — meet on one node.
 * The plan's own title (quoted in its notice) is not a citation.
 */
import { blockText, flattenClauses, type Block, type PlanDocument } from '../model/document.ts';
import { sentencesOf } from '../targets/extract.ts';

export interface CitationMention {
  /** Citing plan (slug). */
  plan: string;
  /** Clause id, `notice` when the citation is in the issuing notice's text, or `null` in the preamble. */
  clause: string | null;
  /** The title as printed between 《》, inner 〈〉/<> kept. */
  quoted: string;
  /** The cited document's own title: the quoted title, or the document a cited notice issues. */
  title: string;
  /** The notice's title when the text cites a notice that issues `title`. */
  via: string | null;
  /** 文号 printed in brackets right after the title; `null` when the text gives none. */
  docNumber: string | null;
  /** The sentence holding the citation. */
  text: string;
}

const TITLE = /《([^》]+)》(?:（([^（）]*〔\d{4}〕\d+号)）)?/gu;
const ISSUING_NOTICE = /关于(?:印发|转发|发布)[<〈]([^>〉]+)[>〉]的通知$/u;

/** Comparable form of a title: no spaces, half-width brackets, no 〈〉 marks. */
export function titleKey(title: string): string {
  return title.replace(/\s+/gu, '').replace(/[（(]/gu, '(').replace(/[）)]/gu, ')').replace(/[—–-]/gu, '-').replace(/[“”"]/gu, '"');
}

function mentionsIn(plan: PlanDocument, clause: string | null, blocks: Block[], own: ReadonlySet<string>): CitationMention[] {
  const out: CitationMention[] = [];
  for (const block of blocks) {
    for (const sentence of sentencesOf(blockText(block))) {
      for (const m of sentence.matchAll(TITLE)) {
        const quoted = m[1]!;
        const issued = ISSUING_NOTICE.exec(quoted);
        const title = issued ? issued[1]! : quoted;
        if (own.has(titleKey(title)) || own.has(titleKey(quoted))) continue;
        out.push({ plan: plan.slug, clause, quoted, title, via: issued ? quoted : null, docNumber: m[2] ?? null, text: sentence });
      }
    }
  }
  return out;
}

/** Where a citation in the issuing notice's text is (`#notice` on the plan page). */
export const NOTICE_CLAUSE = 'notice';

/** Every citation in a plan: its notice's text, then the preamble, then clauses in document order. */
export function extractCitations(plan: PlanDocument): CitationMention[] {
  const own = new Set([
    titleKey(plan.title),
    titleKey(`${plan.title}${plan.titleMarks.join('')}`),
    ...(plan.titleInNotice ? [titleKey(plan.titleInNotice.text)] : []),
  ]);
  const notice: Block[] = (plan.notice?.body ?? []).map((p) => ({ kind: 'paragraph', inlines: [{ kind: 'text', text: p.text }], lines: p.lines }));
  return [
    ...mentionsIn(plan, NOTICE_CLAUSE, notice, own),
    ...mentionsIn(plan, null, plan.preamble, own),
    ...flattenClauses(plan.clauses).flatMap((c) => mentionsIn(plan, c.id, c.blocks, own)),
  ];
}
