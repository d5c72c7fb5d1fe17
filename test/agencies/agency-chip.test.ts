/**
 * AgencyChip rendered by Astro itself: a name as a plan writes it links to its district's
 * agency page, with the full name only where a plan states it; no page, no link.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import AgencyChip from '../../src/components/agencies/AgencyChip.astro';

describe('AgencyChip', () => {
  it('links to the district-qualified agency, keeping the name as written', async () => {
    const container = await AstroContainer.create();
    const jinshan = await container.renderToString(AgencyChip, { props: { plan: '2023-jinshan-biomanufacturing', name: '区经委' } });
    expect(jinshan).toContain(`href="/agencies/${encodeURIComponent('金山区-区经委')}/"`);
    expect(jinshan).toContain('title="金山区 区经委（上海市金山区经济委员会）"');
    expect(jinshan).toMatch(/>区经委<\/a>/u);

    const variant = await container.renderToString(AgencyChip, { props: { plan: '2023-baoshan-synbio', name: '区发展改革委（区金融服务办）' } });
    expect(variant).toContain(`href="/agencies/${encodeURIComponent('宝山区-区发展改革委')}/"`);
    expect(variant).toContain('title="宝山区 区发展改革委"');
    expect(variant).toContain('>区发展改革委（区金融服务办）</a>');

    const none = await container.renderToString(AgencyChip, { props: { plan: '2025-zhangjiang-baoshan-park', name: '区财政局' } });
    expect(none).not.toContain('<a');
    expect(none).toContain('>区财政局</span>');
  });
});
