/**
 * Characters a reader cannot see but that change what a page does: C0 and C1 controls (tab
 * excepted; line ends are already gone), DEL, zero-width characters, a byte-order mark
 * inside the text, bidirectional controls and the Unicode line/paragraph separators.
 * A NUL makes a page invalid HTML; a U+202E reverses the text around it; a U+200B splits a
 * search phrase. They are removed, and each removal is listed with its code point.
 */

/** One invisible character, matched one at a time. */
export const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu;

/** `U+202E`: how a removed character is shown in corrections and warnings. */
export function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The text with every invisible character written as its code point, e.g. `甲⟨U+200B⟩乙`. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (char) => `⟨${codePoint(char)}⟩`);
}

export function removeInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}
