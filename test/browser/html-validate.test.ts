/**
 * Every built HTML file validates with html-validate's recommended preset. The only rule
 * switched off (and only where it conflicts with the content) is documented below.
 */
import { relative } from 'node:path';
import { describe, it, expect } from 'vitest';
import { HtmlValidate, type ConfigData, type Report } from 'html-validate';
import { builtHtmlFiles, distDir } from './site.ts';

const files = builtHtmlFiles();

const base: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Checkboxes sharing a name are one multiple choice (/compare/: ?p=…&p=…), as HTML forms intend.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};

/** The `/original/` pages reproduce the seed text verbatim inside `<pre>`. */
const verbatim: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Trailing spaces inside <pre> are part of the unmodified source text these pages must reproduce.
    'no-trailing-whitespace': 'off',
  },
};

const validators = { base: new HtmlValidate(base), verbatim: new HtmlValidate(verbatim) };

function format(report: Report): string {
  return report.results
    .flatMap((r) =>
      r.messages.map((m) => `${relative(distDir, r.filePath)}:${m.line}:${m.column} [${m.ruleId}] ${m.message}${m.selector ? ` (${m.selector})` : ''}`),
    )
    .join('\n');
}

describe('html-validate (recommended preset)', () => {
  it('finds the built HTML files', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(files.map((f) => [relative(distDir, f), f]))('%s is valid', async (_name, file) => {
    const validator = /\/original\/index\.html$/.test(file) ? validators.verbatim : validators.base;
    const report = await validator.validateFile(file);
    const text = format(report);
    if (!report.valid) console.error(text);
    expect(report.errorCount, text).toBe(0);
    expect(report.valid, text).toBe(true);
  });

  it('the validator really catches errors (duplicate id, missing alt, bad nesting)', async () => {
    const report = await validators.base.validateString(
      '<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><main><p id="a"></p><p id="a"></p><img src="x.png"><p><div></div></p></main></body></html>',
    );
    const rules = new Set(report.results.flatMap((r) => r.messages.map((m) => m.ruleId)));
    expect(rules).toContain('no-dup-id');
    expect(rules).toContain('wcag/h37');
    expect(report.valid).toBe(false);
  });
});
