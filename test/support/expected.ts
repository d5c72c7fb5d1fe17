/** Reads the hand-checked list (`expected/measures.yaml`): plan → clause id → types. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { isSupportType, type SupportType } from '../../src/support/types.ts';

export function expectedMeasures(): Map<string, Map<string, SupportType[]>> {
  const data = parse(readFileSync('test/support/expected/measures.yaml', 'utf8')) as Record<string, Record<string, string[]>>;
  const byPlan = new Map<string, Map<string, SupportType[]>>();
  for (const [plan, clauses] of Object.entries(data)) {
    byPlan.set(
      plan,
      new Map(
        Object.entries(clauses).map(([id, types]) => {
          for (const type of types) if (!isSupportType(type)) throw new Error(`expected/measures.yaml: ${plan} ${id}: unknown type ${type}`);
          return [id, types as SupportType[]];
        }),
      ),
    );
  }
  return byPlan;
}
