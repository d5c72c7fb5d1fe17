/**
 * The reference files of every plan (/plans/<slug>/cite.ris, .bib, .json in the built site), read
 * back by citation-js — the parser Zotero-style tools use — and compared with the plan's own
 * metadata: title (the notice's when there is one), issuing office, 成文日期, 文号, URL.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { loadSite } from '../../src/model/index.ts';
import { distDir } from '../helpers/static-server.ts';

const site = loadSite();

interface CslItem {
  title?: string;
  author?: Array<{ literal?: string; family?: string; given?: string }>;
  issued?: { 'date-parts'?: number[][] };
  number?: string;
  URL?: string;
}

const authorOf = (item: CslItem) => item.author?.map((a) => a.literal ?? [a.family, a.given].filter(Boolean).join('')).join('');

describe.each(site.plans.map((p) => [p.slug, p] as const))('reference files of %s', (slug, plan) => {
  const fm = plan.frontmatter;
  const title = fm.noticeTitle ?? `${fm.title}${fm.titleMarks.join('')}`;
  const issuer = fm.issuer ?? fm.drafter?.agency;
  const file = (ext: string) => readFileSync(join(distDir, 'plans', slug, `cite.${ext}`), 'utf8');

  it.each(['ris', 'bib', 'json'])('cite.%s reads back as the plan', async (ext) => {
    const [item] = (await Cite.async(file(ext))).data as CslItem[];
    expect(item, `cite.${ext} parsed`).toBeDefined();
    expect(item!.title).toBe(title);
    expect(authorOf(item!)).toBe(issuer);
    if (fm.dateSigned) expect(item!.issued?.['date-parts']?.[0]).toEqual(fm.dateSigned.split('-').map(Number));
    else expect(item!.issued).toBeUndefined();
    expect(item!.URL).toMatch(new RegExp(`/plans/${slug}/$`, 'u'));
    if (fm.docNumber) expect(JSON.stringify(item)).toContain(fm.docNumber);
  });
});
