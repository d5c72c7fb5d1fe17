/**
 * A plan page on a first visit stays within 28 KB gzip (issue 21): HTML, stylesheets, scripts and
 * the images it loads at once: the plan's QR code (not lazy, so that it prints). The clause QR codes
 * are lazy <img>s of static files in closed folds, loaded only when opened, so they are not counted;
 * this test proves they stay lazy files, never inlined SVG. Prints the figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, planFrontmatters, requireBuild } from './built-site.ts';
import { firstVisit } from './first-visit.ts';

requireBuild();

const BUDGET = 28 * 1024;

describe('plan page weight (first visit, gzip)', () => {
  for (const { slug } of planFrontmatters()) {
    it(`/plans/${slug}/ ≤ 28 KB, clause QR codes lazy files`, () => {
      const w = firstVisit(`plans/${slug}/`);
      const total = w.html + w.css + w.js + w.images;
      expect(w.images, 'the plan QR code is loaded at once').toBeGreaterThan(0);
      console.log(`/plans/${slug}/ first visit (gzip): HTML ${w.html} B, CSS ${w.css} B, JS ${w.js} B, images ${w.images} B, total ${total} B`);
      expect(total).toBeLessThanOrEqual(BUDGET);
      const html = readFileSync(join(dist, 'plans', slug, 'index.html'), 'utf8');
      const qrImages = [...html.matchAll(/<img\b[^>]*src="[^"]*\/qr(?:\/[^"]+)?\.svg"[^>]*>/gu)].map((m) => m[0]);
      const folds = [...html.matchAll(/<details class="clause-qr">([\s\S]*?)<\/details>/gu)].map((m) => m[1]!);
      expect(folds.length).toBeGreaterThan(10);
      expect(qrImages.length, 'one per clause and the plan').toBe(folds.length + 1);
      expect(qrImages.filter((tag) => !tag.includes('loading="lazy"')).length, 'only the plan QR code is eager').toBe(1);
      expect(folds.filter((fold) => fold.includes('<svg'))).toEqual([]);
    });
  }
});
