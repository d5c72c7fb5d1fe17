/** Follow-up policies and channels, found in the clauses of the seeds (expected values by hand). */
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/model/index.ts';
import { followUps } from '../../src/support/follow-up.ts';

const site = loadSite();

describe('followUps', () => {
  it('names the policies a clause defers to, as written', () => {
    expect(followUps(site.clause('2023-baoshan-synbio', 's4-6-13-1')!.text)).toEqual([
      '优化并出台宝山区合成生物产业专项扶持政策',
      '“科创30条”',
      '“生物医药2.0”',
      '“黄金十条”',
    ]);
    expect(followUps(site.clause('2023-jinshan-biomanufacturing', 's7-2')!.text)).toEqual(['研究制订生物制造产业专项政策', '全面落实各类惠企政策']);
    expect(followUps(site.clause('2023-shanghai-synbio', 's4-3')!.text)).toEqual(['按照规定予以支持']);
    expect(followUps(site.clause('2024-baoshan-biomedicine-draft', 's4-1-18')!.text)).toEqual(['“白名单”']);
  });
  it('finds nothing in a clause that defers to nothing', () => {
    expect(followUps(site.clause('2023-baoshan-synbio', 's4-5-11-2')!.text)).toEqual([]);
  });
});
