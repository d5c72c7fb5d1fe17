/**
 * A PDF's text layer names each glyph by a code point its font maps to that glyph. CJK fonts
 * (Noto CJK, 方正, 宋体 …) draw a Kangxi radical and the ideograph it stands for with one glyph,
 * so a PDF writer may name 山 as U+2F2D ⼭ and 民 as U+2EA0 ⺠: the page looks right, but the
 * text would not match a search for 山 or 人民. The ideograph is the character meant; each
 * mapping is counted and listed in the import report.
 */

/**
 * CJK Radicals Supplement forms drawn exactly like a standalone simplified ideograph (Unicode's
 * EquivalentUnifiedIdeograph data for these code points). Forms that only occur as components
 * (⺮, ⻊, ⺗ …) are not characters of running text and are left alone.
 */
const SUPPLEMENT: Readonly<Record<string, string>> = {
  '\u2e9f': '母',
  '\u2ea0': '民',
  '\u2ec4': '西',
  '\u2ec5': '见',
  '\u2ec6': '角',
  '\u2ec9': '贝',
  '\u2ecb': '车',
  '\u2ed3': '长',
  '\u2ed4': '门',
  '\u2ed8': '青',
  '\u2ed9': '韦',
  '\u2eda': '页',
  '\u2edb': '风',
  '\u2edc': '飞',
  '\u2edd': '食',
  '\u2ee2': '马',
  '\u2ee3': '骨',
  '\u2ee5': '鱼',
  '\u2ee6': '鸟',
  '\u2ee7': '卤',
  '\u2ee8': '麦',
  '\u2ee9': '黄',
  '\u2eea': '黾',
  '\u2eec': '齐',
  '\u2eee': '齿',
  '\u2ef0': '龙',
  '\u2ef3': '龟',
};

/**
 * Glyphs a CN-region font shares between two code points where NFKC gives the wrong one for
 * simplified text: the Kangxi radical door ⼾ decomposes to 戶, but it is drawn as (and a PDF
 * writer named it for) 户; the full-width dash is named U+2015 by some writers, U+2014 (GB
 * 18030's 破折号, what the source text holds) by others.
 */
const SHARED_GLYPH: Readonly<Record<string, string>> = { '\u2f3e': '户', '\u2015': '—' };

/** Kangxi Radicals (U+2F00–U+2FD5), the supplement forms and the dash above. */
const RADICAL = /[\u2f00-\u2fd5\u2e9f\u2ea0\u2ec4-\u2ef3\u2015]/gu;

/**
 * The text with radicals that stand for ideographs replaced; each replacement is counted in
 * `mapped` (`⼭→山` → 3) for the report. Kangxi radicals decompose to their ideograph under
 * NFKC; only those characters are normalised, never the rest of the text (NFKC would also
 * turn full-width punctuation half-width).
 */
export function ideographsForRadicals(text: string, mapped = new Map<string, number>()): string {
  return text.replace(RADICAL, (char) => {
    const ideograph = SHARED_GLYPH[char] ?? SUPPLEMENT[char] ?? (char >= '\u2f00' ? char.normalize('NFKC') : char);
    if (ideograph !== char) mapped.set(`${char}→${ideograph}`, (mapped.get(`${char}→${ideograph}`) ?? 0) + 1);
    return ideograph;
  });
}

/** `⼭→山 ×3、⽣→生 ×12` for the report. */
export function describeMapped(mapped: Map<string, number>): string {
  return [...mapped].map(([pair, n]) => `${pair} ×${n}`).join('、');
}
