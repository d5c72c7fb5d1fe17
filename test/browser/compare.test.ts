/**
 * /compare/ pair pages without JavaScript (issue 18): each column says level, district and status as
 * of the build date, each clause shows its 责任单位, and Jinshan 六、（三） sits in the 任务 row.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './site.ts';

describe('compare', () => {
  const site = useSite();

  it('shows status per column, 责任单位 per clause, and files Jinshan 六、（三） under 任务', { timeout: 60_000 }, async () => {
    await site.withPage(
      async (page) => {
        await page.goto(`${site.url}/compare/2023-shanghai-synbio/2023-jinshan-biomanufacturing/`);
        const notes = await page.$$eval('.compare-table thead .compare-note', (els) => els.map((el) => el.textContent ?? ''));
        expect(notes[0]).toMatch(/^市级 · .+（截至 \d{4}-\d{2}-\d{2}）$/u);
        expect(notes[1]).toMatch(/^区级 · 金山区 · .+（截至 \d{4}-\d{2}-\d{2}）$/u);
        const taskRow = page.locator('.compare-table tbody tr', { has: page.locator('th', { hasText: /^任务$/u }) });
        const tasks = (await taskRow.textContent()) ?? '';
        expect(tasks).toContain('六、（三）');
        expect(tasks).toContain('，责任单位：');
        const fieldRow = page.locator('.compare-table tbody tr', { has: page.locator('th', { hasText: /^重点领域$/u }) });
        if ((await fieldRow.count()) > 0) expect((await fieldRow.textContent()) ?? '').not.toContain('六、（三）');
      },
      { javaScriptEnabled: false },
    );
  });
});
