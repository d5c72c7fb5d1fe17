/** The boundaries the README states, checked on the sources' own import statements. */
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph } from '../../src/tooling/import-graph.ts';

const root = new URL('../../', import.meta.url).pathname;
const graph = importGraph(root);

describe('the import graph of src/', () => {
  it('is read from the sources (it sees the pipeline and the model)', () => {
    expect(graph.get('src/converter/pipeline.ts')).toContain('src/converter/unwrap.ts');
    expect(graph.size).toBeGreaterThan(100);
  });

  it('has no import cycle', () => {
    expect(importCycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('finds a cycle where there is one', () => {
    const looped = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
    ]);
    expect(importCycles(looped)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  });

  it('lets only the model and the convert CLI import the converter', () => {
    const allowed = (file: string) => file.startsWith('src/converter/') || file.startsWith('src/model/') || file === 'src/cli/convert.ts';
    const offending = [...graph]
      .filter(([file]) => !allowed(file))
      .flatMap(([file, targets]) => targets.filter((t) => t.startsWith('src/converter/')).map((t) => `${file} → ${t}`));
    expect(offending).toEqual([]);
  });

  it('keeps browser code (src/client/) free of node:*, yaml and the model', () => {
    const offending = [...graph]
      .filter(([file]) => file.startsWith('src/client/'))
      .flatMap(([file, targets]) => targets.filter((t) => t.startsWith('src/model/') || t.startsWith('src/converter/')).map((t) => `${file} → ${t}`));
    expect(offending).toEqual([]);
  });
});
