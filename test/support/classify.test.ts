/**
 * The classification rules against the hand-checked list of measures in all five plans
 * (`expected/measures.yaml`, written by reading the seeds). Prints precision and recall of the
 * rules alone (clause level: is it a measure; type level: each (clause, type) pair) and asserts
 * a floor; then checks that the rules plus the reviewed notes in `content/support/` give exactly
 * the hand-checked list.
 */
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/model/index.ts';
import { classifyClause, type ClauseInput } from '../../src/support/classify.ts';
import { clauseInput, clausesWithSection } from '../../src/support/clause-input.ts';
import { supportOf } from '../../src/support/index.ts';
import { expectedMeasures } from './expected.ts';

const site = loadSite();
const expected = expectedMeasures();

function ratio(hit: number, total: number): number {
  return total === 0 ? 1 : hit / total;
}

describe('classifier rules alone vs the hand-checked list', () => {
  const clause = { tp: 0, fp: 0, fn: 0 };
  const pair = { tp: 0, fp: 0, fn: 0 };
  const misses: string[] = [];
  for (const plan of site.plans) {
    const wanted = expected.get(plan.slug);
    for (const { clause: node, section } of clausesWithSection(plan.doc.clauses)) {
      const got = classifyClause(clauseInput(node, section)).types;
      const want = wanted?.get(node.id) ?? [];
      if (got.length && want.length) clause.tp++;
      else if (got.length) clause.fp++;
      else if (want.length) clause.fn++;
      for (const type of got) {
        if (want.includes(type)) pair.tp++;
        else pair.fp++;
      }
      for (const type of want) if (!got.includes(type)) pair.fn++;
      if ([...got].sort().join() !== [...want].sort().join())
        misses.push(`${plan.slug} ${node.id}: rules ${got.join(',') || '—'} / hand ${want.join(',') || '—'}`);
    }
  }
  const figures = {
    clausePrecision: ratio(clause.tp, clause.tp + clause.fp),
    clauseRecall: ratio(clause.tp, clause.tp + clause.fn),
    typePrecision: ratio(pair.tp, pair.tp + pair.fp),
    typeRecall: ratio(pair.tp, pair.tp + pair.fn),
  };
  const percent = (x: number) => `${(x * 100).toFixed(1)} %`;
  console.log(
    `support classifier (rules only), ${clause.tp + clause.fn} hand-checked measures:\n` +
      `  measures: precision ${percent(figures.clausePrecision)} (${clause.tp}/${clause.tp + clause.fp}), recall ${percent(figures.clauseRecall)} (${clause.tp}/${clause.tp + clause.fn})\n` +
      `  types:    precision ${percent(figures.typePrecision)} (${pair.tp}/${pair.tp + pair.fp}), recall ${percent(figures.typeRecall)} (${pair.tp}/${pair.tp + pair.fn})\n` +
      `  disagreements (each reviewed in content/support/):\n    ${misses.join('\n    ')}`,
  );

  it('the hand-checked list covers all five plans and only real clauses', () => {
    expect([...expected.keys()].sort()).toEqual(site.plans.map((plan) => plan.slug).sort());
    for (const [slug, clauses] of expected) for (const id of clauses.keys()) expect(site.clause(slug, id), `${slug} ${id}`).toBeDefined();
  });
  it('finds measures with precision ≥ 90 % and recall ≥ 95 %', () => {
    expect(figures.clausePrecision).toBeGreaterThanOrEqual(0.9);
    expect(figures.clauseRecall).toBeGreaterThanOrEqual(0.95);
  });
  it('types them with precision and recall ≥ 80 %', () => {
    expect(figures.typePrecision).toBeGreaterThanOrEqual(0.8);
    expect(figures.typeRecall).toBeGreaterThanOrEqual(0.8);
  });
});

describe('rules plus reviewed notes', () => {
  it('give exactly the hand-checked list', () => {
    const got = new Map<string, string>();
    for (const measure of supportOf(site).measures) got.set(measure.key, [...measure.types].sort().join(','));
    const want = new Map<string, string>();
    for (const [slug, clauses] of expected) for (const [id, types] of clauses) want.set(`${slug}/${id}`, [...types].sort().join(','));
    expect(Object.fromEntries(got)).toEqual(Object.fromEntries(want));
  });
});

describe('classifyClause', () => {
  const base: ClauseInput = {
    heading: '设立专项基金',
    text: '11.设立专项基金\n以“先投后股”的方式支持创新项目。',
    section: '任务',
    hasChildren: false,
    hasBody: true,
  };
  it('types a task by its terms and reports them', () => {
    const result = classifyClause(base);
    expect(result.types).toEqual(['funding']);
    expect(result.evidence).toEqual([{ type: 'funding', score: 5, terms: ['基金', '先投后股'] }]);
  });
  it('lets a weak word (技术攻关, 临床研究) name the kind only when nothing else does; a vector is no building', () => {
    const grant = { ...base, heading: '支持关键技术攻关', text: '支持关键技术攻关。对承担关键技术攻关项目的企业给予资助。' };
    expect(classifyClause(grant).types).toEqual(['funding']);
    expect(classifyClause({ ...base, heading: '', text: '支持企业开展关键技术攻关。' }).types).toEqual(['platforms']);
    expect(classifyClause({ ...base, heading: '', text: '建设病毒载体生产公共平台，提供中试服务。' }).types).toEqual(['platforms']);
  });
  it('never lists what a call for applications asks: its conditions, or an untitled item under them', () => {
    const item = { ...base, heading: '', context: '申报要求', text: '（1）项目总投资不低于5000万元，其中设备投资给予补贴的部分不低于2000万元。' };
    expect(classifyClause(item).reason).toBe('所属条款标题含“申报要求”');
    expect(classifyClause({ ...base, heading: '申报主体条件' }).types).toEqual([]);
    expect(classifyClause({ ...item, context: '支持标准' }).types).toEqual(['funding']);
  });
  it('never lists a clause that only limits or reconciles the others (round 8)', () => {
    for (const text of [
      '同一项目同时符合本措施和本区其他扶持政策的，按照从高不重复原则执行。同一企业每年享受本措施各项支持累计不超过5000万元。',
      '同一企业同一年度获得本办法资金支持累计不超过1000万元。同一项目已获得市级财政资金支持的，区级按照差额补足原则给予支持。',
    ])
      expect(classifyClause({ ...base, heading: '', text }).reason, text).toBe('只规定支持的总额上限或不重复享受');
  });
  it('never lists guiding ideas, targets, organisation, introductions or headings alone', () => {
    expect(classifyClause({ ...base, heading: '强化组织领导' }).types).toEqual([]);
    expect(classifyClause({ ...base, heading: '指导思想' }).reason).toBe('标题含“指导思想”');
    expect(classifyClause({ ...base, section: '目标' }).reason).toBe('属于“目标”部分');
    expect(classifyClause({ ...base, hasChildren: true }).types).toEqual([]);
    expect(classifyClause({ ...base, hasBody: false }).types).toEqual([]);
  });
  it('needs a term: a task offering nothing is not a measure', () => {
    expect(classifyClause({ ...base, heading: '厚植产业氛围', text: '举办全球性论坛、峰会，提升知名度。' }).types).toEqual([]);
  });
  it('adds a second type only on a core term or two terms', () => {
    const text = '建设概念验证中心和中试平台，支持申报人才计划。';
    expect(classifyClause({ ...base, heading: '建设平台', text }).types).toEqual(['platforms']);
    expect(classifyClause({ ...base, heading: '建设平台', text: `${text}提供孵化服务。` }).types).toEqual(['platforms', 'incubation']);
  });
  it('ignores turns of phrase that only look like an offer', () => {
    expect(classifyClause({ ...base, heading: '引才', text: '以创新平台为载体，引进顶尖科学家。' }).types).toEqual(['talent']);
    // An agency named in the text (区市场监管局) acts; it is no 监管 service offered.
    expect(classifyClause({ ...base, heading: '', text: '区科委会同区财政局、区市场监管局等部门协同推进本措施实施。' }).types).toEqual([]);
  });
  it('reads a subsidy of the firm’s own rent as space and funding, the rent of a 人才公寓 as talent and funding, no premises', () => {
    const rent = { ...base, heading: '', text: '对入驻园区的企业，按照实际租金的50%给予补贴，每年最高100万元。' };
    expect(classifyClause(rent).types).toEqual(['funding', 'space']);
    const housing = { ...base, heading: '', text: '对企业核心人才，人才公寓租金按照市场价格给予最高70%减免。' };
    expect(classifyClause(housing).types).toEqual(['funding', 'talent']);
  });
  it('never lists a clause that only limits the others: a total cap, no double support', () => {
    const limit = { ...base, heading: '', text: '同一企业同一年度获得本办法各项支持的总额不超过3000万元。同一项目已获得本区其他财政资金支持的，不重复支持。' };
    expect(classifyClause(limit).reason).toBe('只规定支持的总额上限或不重复享受');
    expect(classifyClause({ ...limit, text: `对企业给予最高50万元资助。${limit.text}` }).types).toEqual(['funding']);
  });
  it('never lists a call’s procedure or the supervision of the money', () => {
    expect(classifyClause({ ...base, heading: '申报程序', text: '申报单位通过“企业服务平台”在线提交申报材料。' }).types).toEqual([]);
    expect(classifyClause({ ...base, heading: '监督管理', text: '对骗取专项资金的，依法追回已拨付资金。' }).types).toEqual([]);
  });
});
