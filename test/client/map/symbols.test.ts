/** Symbols as markup and as trees: no style attributes, escaped values, CSS classes in step with the colours. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groupColours, groupSwatchSvg, svgMarkup, symbolSvg } from '../../../src/client/map/symbols.ts';

describe('symbols', () => {
  it('draw with SVG attributes, never style', () => {
    expect(symbolSvg('lab', { size: 24, hollow: true })).not.toMatch(/style=/u);
    expect(symbolSvg('park')).toContain('fill="#0072b2"');
    expect(groupSwatchSvg('#b2182b')).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false"><circle cx="7" cy="7" r="5.5" fill="none" stroke="#b2182b" stroke-width="3"></circle></svg>',
    );
  });

  it('escape attribute values in markup', () => {
    expect(svgMarkup({ tag: 'circle', attrs: { fill: '"><script>' } })).toBe('<circle fill="&quot;>&lt;script>"></circle>');
  });

  it('each layout group colour has its class in map-leaflet.css (labels use classes, not style attributes)', () => {
    const css = readFileSync('src/styles/map-leaflet.css', 'utf8');
    groupColours.forEach((colour, i) => expect(css).toMatch(new RegExp(`\\.layout-colour-${i}\\s*\\{\\s*border-color:\\s*${colour};\\s*\\}`, 'u')));
  });
});
