/**
 * Golden fixtures: `test/fixtures/<case>/input.txt` through the whole converter must give
 * `output.mdx` byte for byte; a case without `output.mdx` fails. Regenerate after an intended change with `UPDATE=1 npm test`
 * (or `UPDATE=1 npx vitest run --config test/vitest.config.ts test/converter/fixtures.test.ts`)
 * and review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertSeed } from '../../src/converter/pipeline.ts';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const cases = readdirSync(fixtures).filter((name) => existsSync(join(fixtures, name, 'input.txt')));

describe('golden fixtures', () => {
  it('has fixtures to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });

  for (const name of cases) {
    it(name, () => {
      const input = readFileSync(join(fixtures, name, 'input.txt'));
      const { mdx } = convertSeed(`test/fixtures/${name}/input.txt`, input);
      const expectedPath = join(fixtures, name, 'output.mdx');
      if (process.env.UPDATE === '1') writeFileSync(expectedPath, mdx);
      // A missing golden file is a failure, never a fresh pass: it is written only on request.
      expect(existsSync(expectedPath), `${name}/output.mdx is missing; create it with UPDATE=1 and review it`).toBe(true);
      expect(mdx).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});
