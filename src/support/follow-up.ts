/**
 * The follow-up documents and programmes a clause promises or applies: where the detailed terms
 * of a measure will live (研究制订…专项政策, 出台…扶持政策, 细化…办法, 设立…专项子基金, “科创30条”).
 * The one place for these rules: the support measures list them per measure (`followUps`, plus
 * the channels below) and `/follow-up/` lists them as a ledger (`promisedDocuments`).
 * A phrase that names no document (按照规定予以支持, 重要政策制定, 加大政策支持力度) is never a
 * promised document: every rule needs a verb of making followed by a named object, or a name.
 */

export type PromiseKind = 'to-make' | 'fund' | 'named';

export const PROMISE_KIND_LABELS: Record<PromiseKind, string> = {
  'to-make': '待制定或修订的政策文件',
  fund: '拟设立的基金',
  named: '点名的政策或计划',
};

export interface PromisedDocument {
  kind: PromiseKind;
  /** The document as the clause names it, verb included for documents to make: 研究制订生物制造产业专项政策. */
  document: string;
  /** The sentence piece (between ，。；) that holds it, exactly as written. */
  wording: string;
  /** The year the sentence states (到2025年, 2024年底前), else null. */
  year: number | null;
}

/**
 * A verb of making policy, then a named object ending in a document type, within one phrase.
 * The object needs at least two characters, so “重要政策制定” (object before the verb) and a bare
 * “制定政策” name nothing. 优化 and 探索 alone are not verbs of making: they work on what exists.
 */
const TO_MAKE = /(?:另行制定|研究制订|研究制定|优化并出台|细化制定|出台|制定|制订|修订|细化)[^，。；：、（）“”]{2,24}?(?:政策|办法|细则|行动方案|实施方案)/gu;
/** A named policy whose revision is planned: 生物医药政策的修订. */
const TO_REVISE = /[^，。；：、（）“”\s]{2,12}(?:政策|办法|细则)的修订/gu;
/** A fund to be set up (not a 基金联盟, not an existing fund being used). */
const FUND = /(?:设立|成立|下设|新设)[^，。；：、（）“”]{0,20}?基金(?!联盟)/gu;
/** A named policy, programme or list in quotation marks: “科创30条”, “三江英才”, “白名单”. */
const NAMED = /“([^“”]{1,14}(?:条|2\.0|政策|计划|英才|菁英|名单))”(?!系列|品牌)/gu;
/** A white list named without quotation marks: 研发用物品进出口白名单. */
const UNQUOTED_LIST = /(?<![“\p{Script=Han}])[^，。；：、（）“”]{2,16}?白名单(?!”)/gu;
/** Support granted under rules the plan does not give: a channel for a measure, never a document. */
const CHANNELS = /按照规定予以支持|全面落实各类惠企政策/gu;

const YEAR = /(20\d\d)年/u;

/** The piece of text between the separators around [start, end). */
function pieceAround(text: string, start: number, end: number): string {
  const before = Math.max(...['，', '。', '；', '\n'].map((mark) => text.lastIndexOf(mark, start - 1)));
  const afterMarks = ['，', '。', '；', '\n'].map((mark) => text.indexOf(mark, end)).filter((index) => index >= 0);
  const after = afterMarks.length > 0 ? Math.min(...afterMarks) : text.length;
  return text.slice(before + 1, after).trim();
}

function sentenceAround(text: string, start: number): string {
  const before = Math.max(text.lastIndexOf('。', start - 1), text.lastIndexOf('\n', start - 1));
  const after = text.indexOf('。', start);
  return text.slice(before + 1, after < 0 ? text.length : after);
}

export function promisedDocuments(text: string): PromisedDocument[] {
  const found: PromisedDocument[] = [];
  const add = (kind: PromiseKind, document: string, start: number) => {
    if (found.some((item) => item.document.includes(document) || document.includes(item.document))) return;
    const year = YEAR.exec(sentenceAround(text, start));
    found.push({ kind, document, wording: pieceAround(text, start, start + document.length), year: year ? Number(year[1]) : null });
  };
  for (const match of text.matchAll(TO_MAKE)) add('to-make', match[0], match.index);
  for (const match of text.matchAll(TO_REVISE)) add('to-make', match[0], match.index);
  for (const match of text.matchAll(FUND)) add('fund', match[0], match.index);
  for (const match of text.matchAll(NAMED)) add('named', match[0], match.index);
  for (const match of text.matchAll(UNQUOTED_LIST)) add('named', match[0], match.index);
  return found.sort((a, b) => text.indexOf(a.document) - text.indexOf(b.document));
}

/** What a support measure defers to: the promised documents, then channels such as 按照规定予以支持. */
export function followUps(text: string): string[] {
  const found = promisedDocuments(text).map((item) => item.document);
  for (const match of text.matchAll(CHANNELS)) if (!found.includes(match[0])) found.push(match[0]);
  return found;
}
