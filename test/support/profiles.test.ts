/**
 * 适合我吗 against the hand-checked answer list (expected/profiles.yaml, written from the texts):
 * each profile lists what it must, omits what it must not, never lists another district's plan,
 * and puts plans in force first.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/model/index.ts';
import { whereDistricts } from '../../src/support/fit-terms.ts';
import type { Answers } from '../../src/support/rank.ts';
import { rankFor, supportView } from '../../src/support/view.ts';

interface Profile {
  name: string;
  answers: Answers;
  must: string[];
  mustNot: string[];
  first?: string;
}

const profiles = parse(readFileSync('test/support/expected/profiles.yaml', 'utf8')) as Profile[];
const view = supportView(loadSite());
const byKey = new Map(view.records.map((r) => [r.key, r]));
const matches = (key: string, pattern: string) => key === pattern || key.startsWith(`${pattern}/`);

describe('适合我吗: hand-checked profiles', () => {
  it('has at least 15 profiles', () => expect(profiles.length).toBeGreaterThanOrEqual(15));
  for (const profile of profiles) {
    it(profile.name, () => {
      const keys = rankFor(view, profile.answers).map((r) => r.key);
      for (const key of profile.must) expect(keys, `${profile.name} must list ${key}`).toContain(key);
      for (const pattern of profile.mustNot)
        expect(
          keys.filter((k) => matches(k, pattern)),
          `${profile.name} must not list ${pattern}`,
        ).toEqual([]);
      if (profile.first) expect(keys[0]).toBe(profile.first);
      const district = profile.answers.where ? whereDistricts[profile.answers.where] : undefined;
      for (const key of keys) {
        const record = byKey.get(key)!;
        if (profile.answers.where) expect(record.level === '市级' || record.district === district, `${key} is another district's`).toBe(true);
      }
      const inForce = keys.map((k) => byKey.get(k)!.inForce);
      expect(inForce.indexOf(false) === -1 || inForce.lastIndexOf(true) < inForce.indexOf(false), 'in force first').toBe(true);
    });
  }
});
