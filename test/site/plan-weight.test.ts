/**
 * A plan page on a first visit stays within 28 KB gzip (issue 21): HTML, stylesheets, scripts and
 * the images it loads at once, with the plan's QR code (not lazy, so that it prints). The clause QR
 * codes are lazy <img>s of static files in closed folds, loaded only when opened, so they are not
 * counted (test/browser/base-path.test.ts sees them in the build with SITE_URL). Prints the figures.
 */
import { describe, expect, it } from 'vitest';
import { planFrontmatters, requireBuild } from './built-site.ts';
import { gzipSync } from 'node:zlib';
import { absoluteUrl, planUrl } from '../../src/contracts/urls.ts';
import { qrSvg } from '../../src/model/qr.ts';
import { firstVisit } from './first-visit.ts';

requireBuild();

const BUDGET = 28 * 1024;
/** An origin as long as a government site's (https://www.shanghai.gov.cn). */
const DEPLOYED_ORIGIN = 'https://synbio.shanghai.gov.cn';

describe('plan page weight (first visit, gzip)', () => {
  for (const { slug } of planFrontmatters()) {
    it(`/plans/${slug}/ ≤ 28 KB with the plan QR code a deployed build loads at once`, async () => {
      const w = firstVisit(`plans/${slug}/`);
      // The build under test has no SITE_URL, hence no QR codes (they need the site's address);
      // a deployed page loads its plan's code at once, made by the same function for a real origin.
      const qr = gzipSync(await qrSvg(absoluteUrl(planUrl(slug), DEPLOYED_ORIGIN))).length;
      const total = w.html + w.css + w.js + w.images + qr;
      console.log(`/plans/${slug}/ first visit (gzip): HTML ${w.html} B, CSS ${w.css} B, JS ${w.js} B, images ${w.images} B, QR ${qr} B, total ${total} B`);
      expect(total).toBeLessThanOrEqual(BUDGET);
    });
  }
});
