/**
 * The home page on a first visit stays within 20 KB gzip (issue 21): HTML, stylesheets, scripts
 * (the reader's-modes script in <head> included) and the images it loads at once. Prints the figures.
 */
import { describe, expect, it } from 'vitest';
import { requireBuild } from './built-site.ts';
import { firstVisit } from './first-visit.ts';

requireBuild();

const BUDGET = 20 * 1024;

describe('home page weight (first visit, gzip)', () => {
  it('/ ≤ 20 KB, the modes script counted', () => {
    const w = firstVisit('');
    const total = w.html + w.css + w.js + w.images;
    console.log(`/ first visit (gzip): HTML ${w.html} B, CSS ${w.css} B, JS ${w.js} B, images ${w.images} B, total ${total} B`);
    // The head script is counted: a first visit that skipped it would pass too easily.
    expect(w.js).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(BUDGET);
  });
});
