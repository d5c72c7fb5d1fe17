/**
 * Precision and recall of the related-clause links against hand-checked pairs: a pair counts as
 * shown when either clause lists the other. Precision is over the labelled pairs only
 * (shown positives / shown labelled pairs).
 */
import type { RelatedLink } from './similarity.ts';

export interface LabelledPair {
  a: string;
  b: string;
  related: boolean;
  why?: string;
}

export interface Evaluation {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  missed: LabelledPair[];
  wronglyShown: LabelledPair[];
}

export function evaluateRelated(links: Map<string, RelatedLink[]>, pairs: LabelledPair[]): Evaluation {
  const shown = (from: string, to: string) => (links.get(from) ?? []).some((l) => `${l.plan}#${l.id}` === to);
  const isShown = (p: LabelledPair) => shown(p.a, p.b) || shown(p.b, p.a);
  const missed = pairs.filter((p) => p.related && !isShown(p));
  const wronglyShown = pairs.filter((p) => !p.related && isShown(p));
  const truePositives = pairs.filter((p) => p.related && isShown(p)).length;
  const falsePositives = wronglyShown.length;
  return {
    truePositives,
    falsePositives,
    falseNegatives: missed.length,
    precision: truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives),
    recall: truePositives / pairs.filter((p) => p.related).length,
    missed,
    wronglyShown,
  };
}
