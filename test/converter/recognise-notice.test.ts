/**
 * A joint notice (two offices issue one plan) copied from a wrapped PDF: its title, naming both
 * offices before 关于, is wider than a single office's, and a task table with long task cells
 * must not make the copy look unwrapped (which split the preamble's citations apart).
 */
import { describe, expect, it } from 'vitest';
import { convertSeed } from '../../src/converter/pipeline.ts';
import { blockText } from '../../src/converter/recognise-structure.ts';

const convert = (lines: string[]) => convertSeed('test.txt', new TextEncoder().encode(lines.join('\n'))).doc;

const noticeTitle = '上海市测试区科学技术委员会 上海市测试区经济委员会关于联合印发《测试区生物基材料产业创新发展专项行动方案（2026—2028年）》的通知';
const preamble =
  '为贯彻落实《上海市测试产业集群行动方案（2023—2025年）》和《测试区推进示范区先行启动区产业发展的实施意见》，依托本区的产业基础，推动生物基聚酰胺、聚乳酸、生物基纤维和可降解包装材料等领域创新发展，制定本方案。';
const lines = [
  '上海市测试区科学技术委员会 上海市测试区经济委员会关',
  '于联合印发《测试区生物基材料产业创新发展专项行动方案',
  '（2026—2028年）》的通知',
  '测科委〔2026〕1号',
  '各街道、镇，各有关单位：',
  '为加快培育生物基材料产业集群，区科委、区经委联合制',
  '定了《测试区生物基材料产业创新发展专项行动方案（2026—',
  '2028年）》，现印发给你们，请结合实际认真贯彻落实。',
  '上海市测试区经济委员会',
  '2026年9月10日',
  '测试区生物基材料产业创新发展专项行动方案（2026—',
  '2028年）',
  '为贯彻落实《上海市测试产业集群行动方案（2023—2025年）',
  '》和《测试区推进示范区先行启动区产业发展的实施意见》，依',
  '托本区的产业基础，推动生物基聚酰胺、聚乳酸、生物基纤维',
  '和可降解包装材料等领域创新发展，制定本方案。',
  '一、重点任务',
  '围绕总体布局，坚持创新策源与产业化并重，统筹推进平台建',
  '设、招商引资、技术攻关和场景开放，各项任务分解如下：',
  '序号 | 任务 | 责任单位 | 完成时限',
  '1 | 建设生物基材料中试验证平台，面向中小企业开放发酵、聚合和改性中试线 | 区科委、测试工业园区 | 2027年6月',
  '2 | 编制生物基材料产业招商地图，开展精准招商 | 区经委 | 2026年12月',
];

describe('a joint notice in a wrapped copy', () => {
  const doc = convert(lines);

  it('reads the notice title naming both offices, and the plan under it', () => {
    expect(doc.notice?.title.replace(/\s/gu, '')).toBe(noticeTitle.replace(/\s/gu, ''));
    expect(doc.notice?.docNumber).toBe('测科委〔2026〕1号');
    expect(doc.title).toBe('测试区生物基材料产业创新发展专项行动方案（2026—2028年）');
  });

  it('keeps the preamble one paragraph, its quoted titles whole', () => {
    expect(doc.preamble.map(blockText)).toEqual([preamble]);
  });

  it('reads the task table with its header and its long first row', () => {
    const blocks = doc.clauses[0]!.blocks;
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table']);
    expect(blocks[1]!.rows!.map((row) => row[0])).toEqual(['序号', '1', '2']);
    expect(blocks[1]!.lines).toEqual([20, 22]);
  });
});
