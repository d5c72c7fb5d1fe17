/** /ref/<文号>/: every 文号 the portal holds leads to its plan, in the built site, without script. */
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/model/index.ts';
import { pageDocument } from './built-site.ts';

const numbered = loadSite().plans.filter((p) => p.frontmatter.docNumber);

describe('lookup by 文号', () => {
  it.each(numbered.map((p) => [p.frontmatter.docNumber!, p.slug]))('/ref/%s/ links to /plans/%s/', (docNumber, slug) => {
    const document = pageDocument(`ref/${docNumber}/`);
    expect(document.querySelector('h1')?.textContent).toBe(docNumber);
    expect([...document.querySelectorAll('main a')].map((a) => a.getAttribute('href'))).toContain(`/plans/${slug}/`);
  });

  it('lists every 文号 on /ref/, says an unlisted one is not held, and counts the plans without one', () => {
    const document = pageDocument('ref/');
    const listed = [...document.querySelectorAll('.ref-list li > a:first-child')].map((a) => a.textContent);
    expect(listed).toEqual(numbered.map((p) => p.frontmatter.docNumber));
    expect(document.querySelector('main')?.textContent).toContain('未列出的文号本站未收录');
    expect(document.querySelector('main')?.textContent).toContain(`另有 ${loadSite().plans.length - numbered.length} 份文件未载明文号`);
  });
});
