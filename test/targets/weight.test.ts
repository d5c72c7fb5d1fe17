/**
 * /targets/ on a first visit: the HTML, its stylesheets and its scripts (with their static
 * imports), gzipped, stay within 80 KB; the script alone within 12 KB (also checked for every
 * page in test/site/bundles.test.ts). Prints the figures.
 */
import { describe, expect, it } from 'vitest';
import { requireBuild } from '../site/built-site.ts';
import { firstVisit } from '../site/first-visit.ts';

requireBuild();

describe('/targets/ page weight', () => {
  it('is at most 12 KB of script and 80 KB in all (gzip)', () => {
    const w = firstVisit('targets/');
    const total = w.html + w.css + w.js;
    console.log(`/targets/ first visit (gzip): HTML ${w.html} B, CSS ${w.css} B, JS ${w.js} B, total ${total} B`);
    expect(w.js).toBeLessThanOrEqual(12 * 1024);
    expect(total).toBeLessThanOrEqual(80 * 1024);
  });
});
