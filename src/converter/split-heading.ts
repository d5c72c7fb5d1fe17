/**
 * A heading paragraph split into its title and the text that runs on after it: `（一）指导思想`
 * stands alone; `一、明确支持对象。本措施所称…` runs its title into the text; `第十条　本办法…`
 * names itself in brackets or has no title at all (`第一条（目的和依据）`, `第十条　本办法…`).
 */
import type { HeadingKind } from './types.ts';
import { visualWidth } from './width.ts';

export interface SplitHeading {
  /** A bracket printed before the title (`第一条（目的和依据）`), '' when none. */
  titleStart: string;
  title: string;
  titleEnd: string;
  inline: boolean;
  body: string;
}

/**
 * Words of a sentence, never of an article's name: its subject (本办法, 企业…) or a verb of rule.
 * 应 as a verb only: 应用 and 应急 are what a name is about (第八条　支持首台套应用。).
 */
const ARTICLE_SENTENCE = /^(?:本|对|为|凡|经|按|根据|依据|由|各|在|自|除|申请|符合|企业|项目)|应当|应(?![用急])|可以|须|不得|给予|负责|实行|遵循|按照|安排|是/u;

export function splitHeading(rest: string, kind: HeadingKind = 'rank1'): SplitHeading {
  if (kind === 'article') {
    // An article names itself in brackets (`第一条（目的和依据）为…`, `第五条【支持对象】…`), or not at all.
    const named = /^([（(【])([^（）()【】。，；]{2,16})([）)】])/u.exec(rest);
    if (named) return { titleStart: named[1]!, title: named[2]!, titleEnd: named[3]!, inline: true, body: rest.slice(named[0].length) };
    // Or runs a short name into its text (`第六条　创新药物研发支持。对企业…`): a phrase, not a
    // sentence — no comma, none of the words a rule's sentence is made of (本细则由…负责解释).
    const stop = rest.indexOf('。');
    const first = stop > 0 ? rest.slice(0, stop).trim() : '';
    if (first !== '' && stop < rest.length - 1 && visualWidth(first) <= 32 && !/[，,；;：:、]/u.test(first) && !ARTICLE_SENTENCE.test(first)) {
      return { titleStart: '', title: first, titleEnd: '。', inline: true, body: rest.slice(stop + 1) };
    }
    return { titleStart: '', title: '', titleEnd: '', inline: false, body: rest };
  }
  const stop = rest.indexOf('。');
  const noBody = stop < 0 || stop === rest.length - 1;
  if (noBody) {
    // A heading line of its own: `（一）指导思想`, `8、加快推进…平台落地。` — but a sentence with a
    // comma that ends in 。 is an item's text (`（三）对首次入选…的企业，给予…奖励。`), and so is one
    // a source leaves without its 。 when it reads as a grant (`2. 对开展临床试验的企业，按…给予补贴`):
    // who it is for (对/凡…，) or what it gives (给予, 按…的20%), never a heading's pair of phrases.
    const grantSentence = /[，,]/u.test(rest) && (/^(?:对|凡)[^，,]+[，,]/u.test(rest) || /给予|按[^，,。]*的\d/u.test(rest));
    const sentence = (rest.endsWith('。') && /[，,]/u.test(rest)) || grantSentence;
    if (!sentence && rest.replace(/。$/u, '').trim() !== '' && visualWidth(rest) <= 80 && !/[；;]/u.test(rest)) {
      return { titleStart: '', title: rest.replace(/。$/u, ''), titleEnd: rest.endsWith('。') ? '。' : '', inline: false, body: '' };
    }
    return { titleStart: '', title: '', titleEnd: '', inline: false, body: rest };
  }
  const first = rest.slice(0, stop);
  if (first.trim() !== '' && visualWidth(first) <= 60 && !/[，,；;]/u.test(first)) {
    return { titleStart: '', title: first, titleEnd: '。', inline: true, body: rest.slice(stop + 1) };
  }
  // A numbered item whose first sentence is the whole point: no title of its own.
  return { titleStart: '', title: '', titleEnd: '', inline: false, body: rest };
}
