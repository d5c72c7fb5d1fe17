/**
 * /data/agencies.*: the document matches its own schema, its JSON Schema documents every item
 * field, and the CSV has one row per agency. Counts written out by hand from the seeds.
 */
import { describe, expect, it } from 'vitest';
import { agenciesDataset, type AgencyRecord } from '../../src/agencies/open-data.ts';
import { datasetJsonSchema, LICENSE_NOTE } from '../../src/data/catalog.ts';
import { loadSite } from '../../src/model/index.ts';

describe('/data/agencies', () => {
  const dataset = agenciesDataset(LICENSE_NOTE);
  const document = dataset.document(loadSite());

  it('matches its schema and carries the registry', () => {
    expect(dataset.schema.safeParse(document).success).toBe(true);
    expect(document.count).toBe(32);
    const jinshan = document.items.find((a: AgencyRecord) => a.id === '金山区-区经委')!;
    expect(jinshan).toMatchObject({ district: '金山区', name: '区经委', fullName: '上海市金山区经济委员会', level: '区级', clauseCount: 10, leadCount: 7 });
    expect(jinshan.fullNameSource).toMatchObject({
      plan: '2023-jinshan-biomanufacturing',
      line: 606,
      url: '/plans/2023-jinshan-biomanufacturing/original/#L606',
    });
    expect(jinshan.clauses[0]).toEqual({
      plan: '2023-jinshan-biomanufacturing',
      clause: 's6-1',
      url: '/plans/2023-jinshan-biomanufacturing/#s6-1',
      lead: true,
      asWritten: '区经委',
    });
    expect([...document.plansWithoutDuties].sort()).toEqual(['2023-shanghai-synbio', '2024-baoshan-biomedicine-draft', '2025-zhangjiang-baoshan-park']);
  });

  it('documents every item field in its JSON Schema', () => {
    const schema = datasetJsonSchema(dataset, '/data/') as { properties: { items: { items: { properties: Record<string, { description?: string }> } } } };
    const fields = schema.properties.items.items.properties;
    expect(Object.keys(fields)).toEqual([
      'id',
      'district',
      'name',
      'variants',
      'fullName',
      'fullNameSource',
      'level',
      'clauseCount',
      'leadCount',
      'url',
      'clauses',
    ]);
    for (const [name, field] of Object.entries(fields)) expect(field.description, name).toBeTruthy();
  });

  it('has a CSV row per agency', () => {
    const lines = dataset
      .csv(document)
      .replace(/^\uFEFF/u, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('id,district,name,variants,fullName,level,clauseCount,leadCount,url');
    expect(lines).toHaveLength(33);
    expect(lines).toContain(
      '宝山区-区发展改革委,宝山区,区发展改革委,区发展改革委（区金融服务办）,,区级,5,4,/agencies/%E5%AE%9D%E5%B1%B1%E5%8C%BA-%E5%8C%BA%E5%8F%91%E5%B1%95%E6%94%B9%E9%9D%A9%E5%A7%94/',
    );
  });
});
