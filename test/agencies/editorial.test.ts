/**
 * The reviewed agency data: every cited quote stands on its line of the seed, every variant
 * and full name belongs to an agency the plans actually list, and bad files are reported
 * with file and line.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { fullNameSchema, loadAgencyEditorial } from '../../src/agencies/editorial.ts';
import { agencyRegistry } from '../../src/agencies/index.ts';
import { parseYamlData } from '../../src/editorial/read-yaml.ts';

const seedLine = (plan: string, line: number) => readFileSync(`seeds/${plan}.txt`, 'utf8').split(/\r?\n/u)[line - 1] ?? '';

describe('content/agencies', () => {
  const editorial = loadAgencyEditorial();

  it('cites every full name from the line that states it', () => {
    expect(editorial.fullNames.length).toBeGreaterThan(0);
    for (const entry of editorial.fullNames) {
      expect(seedLine(entry.source.plan, entry.source.line), `${entry.district} ${entry.name}`).toContain(entry.source.quote);
      expect(entry.source.quote).toContain(entry.fullName);
      for (const evidence of entry.evidence) {
        const line = seedLine(entry.source.plan, evidence.line);
        expect(line, `${entry.district} ${entry.name} line ${evidence.line}`).toContain(evidence.quote);
        expect(evidence.quote).toContain(entry.name);
      }
    }
  });

  it('lists only variants and full names of agencies the plans list', () => {
    const registry = agencyRegistry();
    for (const entry of editorial.variants) {
      const agency = registry.byId.get(`${entry.district}-${entry.name}`);
      expect(agency, `${entry.district} ${entry.name}`).toBeDefined();
      expect(agency!.variants).toEqual(entry.variants);
    }
    for (const entry of editorial.fullNames) expect(registry.byId.has(`${entry.district}-${entry.name}`), `${entry.district} ${entry.name}`).toBe(true);
  });

  it('names file and line of a bad entry', () => {
    const file = 'content/agencies/full-names.yaml';
    const text = [
      'fullNames:',
      '  - district: 宝山区',
      '    name: 区经委',
      '    fullName: 上海市宝山区经济委员会',
      '    source:',
      '      plan: 2023-baoshan-synbio',
      '      line: -3',
      '      quote: 区经委',
      '      note: 没有出处的全称不应收录。',
    ].join('\n');
    expect(() => parseYamlData(text, file, z.object({ fullNames: z.array(fullNameSchema) }))).toThrow(
      /^content\/agencies\/full-names\.yaml:7: fullNames\.0\.source\.line: /u,
    );
    expect(() => parseYamlData('fullNames:\n  - [oops\n', file, z.object({ fullNames: z.array(fullNameSchema) }))).toThrow(
      /^content\/agencies\/full-names\.yaml:\d+: invalid YAML/u,
    );
  });
});
