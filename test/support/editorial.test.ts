/**
 * The editorial notes in `content/support/` against the clauses they describe: each
 * description's terms occur in its clause's text, every measure of the five plans has a
 * description, corrections are real corrections (they change what the rules say), and a bad
 * file is refused with its name and field.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/model/index.ts';
import { classifyClause } from '../../src/support/classify.ts';
import { clauseInput, clausesWithSection } from '../../src/support/clause-input.ts';
import { loadSupportEditorial } from '../../src/support/editorial.ts';
import { supportOf } from '../../src/support/index.ts';

const site = loadSite();
const editorial = loadSupportEditorial();
const measures = supportOf(site).measures;

function rulesFor(slug: string, id: string) {
  const placed = clausesWithSection(site.plan(slug).doc.clauses).find((item) => item.clause.id === id)!;
  return classifyClause(clauseInput(placed.clause, placed.section)).types;
}

describe('content/support notes', () => {
  it('exist for the five plans and name only real clauses', () => {
    expect([...editorial.keys()].sort()).toEqual(site.plans.map((plan) => plan.slug).sort());
    for (const [slug, notes] of editorial) {
      for (const id of [...Object.keys(notes.measures), ...Object.keys(notes.excluded), ...notes.included]) {
        expect(site.clause(slug, id), `content/support/${slug}.yaml: ${id}`).toBeDefined();
      }
    }
  });
  it('rest each description on terms that occur in its clause', () => {
    for (const [slug, notes] of editorial) {
      for (const [id, note] of Object.entries(notes.measures)) {
        const text = site.clause(slug, id)!.text;
        for (const term of note.terms) expect(text.includes(term), `content/support/${slug}.yaml: ${id}: “${term}” is not in the clause`).toBe(true);
      }
    }
  });
  it('describe every measure of the five plans', () => {
    const undescribed = measures.filter((measure) => measure.summary === null).map((measure) => measure.key);
    expect(undescribed).toEqual([]);
  });
  it('describe no clause that is not a measure', () => {
    const keys = new Set(measures.map((measure) => measure.key));
    for (const [slug, notes] of editorial) for (const id of Object.keys(notes.measures)) expect(keys.has(`${slug}/${id}`), `${slug} ${id}`).toBe(true);
  });
  it('correct the rules only where they differ from them', () => {
    for (const [slug, notes] of editorial) {
      for (const [id, note] of Object.entries(notes.measures)) {
        if (note.types) expect([...note.types].sort(), `${slug} ${id}: types equal the rules' — drop them`).not.toEqual([...rulesFor(slug, id)].sort());
      }
      for (const id of Object.keys(notes.excluded)) expect(rulesFor(slug, id).length, `${slug} ${id} excluded but the rules do not list it`).toBeGreaterThan(0);
      for (const id of notes.included) expect(rulesFor(slug, id), `${slug} ${id} included but the rules list it`).toEqual([]);
    }
  });
  it('never claim an amount the plans do not state', () => {
    for (const notes of editorial.values()) for (const note of Object.values(notes.measures)) expect(note.summary).not.toMatch(/[万亿]元/u);
  });
});

describe('loadSupportEditorial on bad input', () => {
  const write = (name: string, body: string) => {
    const root = mkdtempSync(join(tmpdir(), 'support-'));
    mkdirSync(join(root, 'content/support'), { recursive: true });
    writeFileSync(join(root, 'content/support', name), body);
    return root;
  };
  it('names the file, the line and the field', () => {
    const root = write('2023-x.yaml', 'plan: 2023-x\nmeasures:\n  s1-1:\n    summary: 短\n    terms: []\n');
    try {
      expect(() => loadSupportEditorial(root)).toThrow(/^content\/support\/2023-x\.yaml:4: measures\.s1-1\.summary: /u);
    } finally {
      rmSync(root, { recursive: true });
    }
  });
  it('refuses types without a reason and a plan that is not the file name', () => {
    const noReason = write(
      '2023-x.yaml',
      'plan: 2023-x\nmeasures:\n  s1-1:\n    summary: 支持建设孵化器和加速器。\n    terms: [孵化器]\n    types: [incubation]\n',
    );
    const wrongPlan = write('2023-x.yaml', 'plan: 2023-y\nmeasures: {}\n');
    try {
      expect(() => loadSupportEditorial(noReason)).toThrow(/types needs a reason/u);
      expect(() => loadSupportEditorial(wrongPlan)).toThrow(/content\/support\/2023-x\.yaml: plan: “2023-y” must equal the file name/u);
    } finally {
      rmSync(noReason, { recursive: true });
      rmSync(wrongPlan, { recursive: true });
    }
  });
});
