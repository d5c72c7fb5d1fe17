/**
 * Inline structure of a paragraph: lead labels (`生物医药领域：`), lead sentences
 * (`创新药物。`, `链式招商引领产业集群发展。`) and the closing `（责任单位：…）` (or 责任部门, 牵头单位 …).
 * The text itself is never changed: the inlines concatenate back to the paragraph.
 */
import type { Inline } from './types.ts';

/** `生物医药领域：`, `高端装备材料领域：` — a field label that opens a passage. */
const LEAD_LABEL = /^[\u4e00-\u9fffA-Za-z+（）]{2,14}领域[：:]/u;
/** A short sentence with no inner punctuation, e.g. `产业集聚效应显著。`. */
const LEAD_SENTENCE = /^[^，。、；：,;:]{2,18}。/u;
/** The labels a plan opens its list of responsible units with: 责任单位, 责任部门, 牵头单位 (and 配合单位 after it) … */
export const DUTY_LABEL = '(?:责任单位|责任部门|牵头单位|牵头部门|责任主体|实施单位|配合单位|协同单位|参与单位)';
const DUTY_OPEN = new RegExp(`[（(]${DUTY_LABEL}[：:]`, 'u');

/** Finds `（责任单位：…）` with balanced brackets; returns its start and end offsets. */
export function findDuty(text: string): { start: number; end: number } | undefined {
  const open = DUTY_OPEN.exec(text);
  if (!open) return undefined;
  let depth = 0;
  for (let i = open.index; i < text.length; i++) {
    const ch = text[i];
    if (ch === '（' || ch === '(') depth++;
    else if (ch === '）' || ch === ')') {
      depth--;
      if (depth === 0) return { start: open.index, end: i + 1 };
    }
  }
  return undefined;
}

/**
 * Splits the agencies of a duty text at top-level 、 (keeping `区发展改革委（区金融服务办）` whole); a
 * list in parts (`牵头单位：A；配合单位：B、C`) gives the lead units first, as printed.
 */
export function splitAgencies(duty: string): string[] {
  const bracketed = DUTY_OPEN.test(duty);
  const inner = duty
    .replace(bracketed ? DUTY_OPEN : new RegExp(`^${DUTY_LABEL}[：:]`, 'u'), '')
    .replace(bracketed ? /[）)]$/u : /$^/u, '')
    .replace(new RegExp(`[；;，,]\\s*${DUTY_LABEL}[：:]`, 'gu'), '、');
  const agencies: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of inner) {
    if (ch === '（' || ch === '(') depth++;
    if (ch === '）' || ch === ')') depth--;
    if ((ch === '、' || ch === '，' || ch === ',') && depth === 0) {
      if (current.trim()) agencies.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) agencies.push(current.trim());
  return agencies;
}

/** Splits text into sentences that end in `。` (the last piece may have no `。`). */
function sentences(text: string): string[] {
  return text.match(/[^。]*。|[^。]+$/gu) ?? [];
}

/**
 * Marks leads in a stretch of running text. A short sentence opening the stretch is a lead;
 * later short sentences are leads only when the stretch has two or more of them, which is
 * how the Jinshan opinion runs its sub-points into one paragraph.
 */
function markLeads(text: string): Inline[] {
  const parts = sentences(text);
  const isShort = (s: string) => LEAD_SENTENCE.test(s) && s === LEAD_SENTENCE.exec(s)![0];
  const laterShort = parts.filter((s, i) => i > 0 && isShort(s)).length;
  const inlines: Inline[] = [];
  const push = (kind: 'text' | 'lead', value: string) => {
    const prev = inlines.at(-1);
    if (kind === 'text' && prev?.kind === 'text') prev.text += value;
    else if (value !== '') inlines.push({ kind, text: value } as Inline);
  };
  parts.forEach((sentence, i) => {
    const label = LEAD_LABEL.exec(sentence);
    if (label) {
      push('lead', label[0]);
      push('text', sentence.slice(label[0].length));
    } else if (isShort(sentence) && parts.length > 1 && (i === 0 || laterShort >= 2)) {
      push('lead', sentence);
    } else {
      push('text', sentence);
    }
  });
  return inlines;
}

/** A paragraph that is a list of responsible units without brackets: `责任单位：区经委、区科委`. */
const BARE_DUTY = new RegExp(`^${DUTY_LABEL}[：:][^。]*$`, 'u');

/** Inline structure of one paragraph's text (after any heading has been taken off). */
export function parseInlines(text: string): Inline[] {
  if (BARE_DUTY.test(text)) return [{ kind: 'duty', text, agencies: splitAgencies(text) }];
  const duty = findDuty(text);
  if (!duty) return markLeads(text);
  const dutyText = text.slice(duty.start, duty.end);
  return [...markLeads(text.slice(0, duty.start)), { kind: 'duty', text: dutyText, agencies: splitAgencies(dutyText) }, ...parseInlines(text.slice(duty.end))];
}

/** The text an inline list stands for. */
export function inlineText(inlines: Inline[]): string {
  return inlines.map((i) => i.text).join('');
}
