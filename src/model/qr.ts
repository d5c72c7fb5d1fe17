/**
 * QR codes of permalinks, made at build time with the `qrcode` package as SVG: two <path>s with
 * fill/stroke presentation attributes, no style attribute or element (the site's CSP forbids
 * inline styles), no script. Pages reference the files with <img>, so a plan page never carries
 * one inline SVG per clause (see src/pages/plans/[slug]/qr*).
 */
import QRCode from 'qrcode';

/** Error correction M (15 %): a printed code survives a fold or a smudge; margin 2 modules. */
const OPTIONS = { errorCorrectionLevel: 'M', margin: 2 } as const;

export async function qrSvg(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { ...OPTIONS, type: 'svg' });
  // The white background square is left out (the page's <img> has a white background, see
  // print.css) and black is written short: a plan page loads its code on the first visit, and
  // stays within the 28 KB budget by a few bytes (test/site/plan-weight.test.ts).
  const background = /<path fill="#ffffff" d="[^"]*"\/>/u;
  if (!background.test(svg)) throw new Error('qrcode: the SVG no longer has the expected background path');
  return `${svg.replace(background, '').replace('stroke="#000000"', 'stroke="#000"').trim()}\n`;
}
