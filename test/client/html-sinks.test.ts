/**
 * Nothing in the browser code builds DOM from HTML strings: no `innerHTML` / `outerHTML`
 * assignment, no `insertAdjacentHTML`, no `document.write`, no Leaflet `bindPopup`/`setContent`
 * with a string, no `divIcon({ html: '…' })` string, no `<style>` element or `style="…"`
 * attribute built at run time (the site runs under `style-src 'self'`). A source scan of every
 * file in `src/client/`, with the scanner itself checked against each sink.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLIENT = join(process.cwd(), 'src/client');

const SINKS: [string, RegExp][] = [
  ['innerHTML/outerHTML assignment', /\.(?:inner|outer)HTML\s*(?:\+?=)(?!=)/u],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\s*\(/u],
  ['document.write', /\bdocument\.write(?:ln)?\s*\(/u],
  ['createContextualFragment', /\bcreateContextualFragment\s*\(/u],
  ['Leaflet popup/tooltip content as a string', /\.(?:bindPopup|bindTooltip|setContent)\s*\(\s*[`'"]/u],
  // Leaflet's divIcon takes an element or an HTML string: only our element builders may feed it.
  ['Leaflet divIcon html not built as elements', /\bhtml\s*:(?!\s*(?:el|svgElement)\()|[{,]\s*html\s*[,}]/u],
  ['a <style> element built at run time', /createElement\s*\(\s*[`'"]style[`'"]/u],
  ['a style attribute set as a string', /setAttribute\s*\(\s*[`'"]style[`'"]|\.style\.cssText\s*=|style\s*=\s*\\?["']/u],
];

const isComment = (line: string) => /^\s*(?:\*|\/\/|\/\*)/u.test(line);

/** The sinks found in a piece of source (comments aside), as `line: what`. */
export function findSinks(source: string): string[] {
  return source
    .split('\n')
    .flatMap((line, i) => (isComment(line) ? [] : SINKS.filter(([, pattern]) => pattern.test(line)).map(([what]) => `${i + 1}: ${what}`)));
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : /\.(?:ts|js|mjs)$/u.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

describe('browser code builds DOM only with elements and text', () => {
  it('the scanner catches each kind of sink', () => {
    const bad = [
      'node.innerHTML = label;',
      'node.outerHTML += x;',
      "root.insertAdjacentHTML('beforeend', html);",
      'document.write(x);',
      'range.createContextualFragment(x);',
      'marker.bindPopup(`<b>${name}</b>`);',
      'L.divIcon({ html: `<span>${label}</span>` });',
      'L.divIcon({ className: "x", html: feature.properties.name });',
      'L.divIcon({ className, html, iconSize });',
      "const s = document.createElement('style');",
      "node.setAttribute('style', 'color:red');",
      'const html = `<span style="border-color:${colour}">`;',
    ];
    for (const line of bad) expect(findSinks(line), line).toHaveLength(1);
    expect(findSinks("if (node.innerHTML === '') el('p', {}, text);")).toEqual([]);
    expect(findSinks("L.divIcon({ html: el('span', {}, name) });")).toEqual([]);
    expect(findSinks(' * an inline `style="…"` attribute is blocked')).toEqual([]);
  });

  it('no file in src/client/ has one', () => {
    const files = walk(CLIENT);
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) => findSinks(readFileSync(file, 'utf8')).map((hit) => `${relative(process.cwd(), file)}:${hit}`));
    expect(found).toEqual([]);
  });
});
