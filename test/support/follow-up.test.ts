/** Follow-up policies and channels of a support measure, found in the clauses of the seeds (expected values by hand), in text order. */
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/model/index.ts';
import { followUps } from '../../src/support/follow-up.ts';

const site = loadSite();

describe('followUps', () => {
  it('names the policies a clause defers to, as written', () => {
    expect(followUps(site.clause('2023-baoshan-synbio', 's4-6-13-1')!.text)).toEqual([
      '“科创30条”',
      '“生物医药2.0”',
      '“黄金十条”',
      '优化并出台宝山区合成生物产业专项扶持政策',
    ]);
    expect(followUps(site.clause('2023-jinshan-biomanufacturing', 's7-2')!.text)).toEqual([
      '全力争取研发用物品进出口白名单',
      '研究制订生物制造产业专项政策',
      '全面落实各类惠企政策',
    ]);
    expect(followUps(site.clause('2023-baoshan-synbio', 's4-5-11-2')!.text)).toEqual(['下设区合成生物专项子基金']);
    expect(followUps(site.clause('2023-shanghai-synbio', 's4-3')!.text)).toEqual(['按照规定予以支持']);
    expect(followUps(site.clause('2024-baoshan-biomedicine-draft', 's4-1-18')!.text)).toEqual(['“白名单”']);
  });
  it('finds nothing in a clause that defers to nothing', () => {
    expect(followUps(site.clause('2023-baoshan-synbio', 's4-5-11-1')!.text)).toEqual([]);
  });
  it('drops a brand that only looks like a programme (“海聚英才”系列品牌)', () => {
    expect(followUps(site.clause('2025-zhangjiang-baoshan-park', 's2-6-16')!.text)).toEqual(['“三江英才”']);
  });
});
