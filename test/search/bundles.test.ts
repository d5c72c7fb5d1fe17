/** The index's bundles (src/search/bundles.ts): how plans are cut into bundles and where each lives. */
import { describe, expect, it } from 'vitest';
import { BUNDLE_FILES, bundleDir, PLANS_PER_BUNDLE, splitIntoBundles } from '../../src/search/bundles.ts';

describe('search bundles', () => {
  it('cut the plans in order into bundles of at most the given size, each plan once', () => {
    const plans = Array.from({ length: 1005 }, (_, i) => i);
    const bundles = splitIntoBundles(plans, PLANS_PER_BUNDLE);
    expect(bundles.map((b) => b.length)).toEqual([200, 200, 200, 200, 200, 5]);
    expect(bundles.flat()).toEqual(plans);
    expect(splitIntoBundles([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('make one bundle of the five plans, and one (empty) bundle of no plan', () => {
    expect(splitIntoBundles(['a', 'b', 'c', 'd', 'e'], PLANS_PER_BUNDLE)).toHaveLength(1);
    expect(splitIntoBundles([], PLANS_PER_BUNDLE)).toEqual([[]]);
  });

  it('refuse a size that is not a positive integer', () => {
    for (const size of [0, -1, 1.5, Number.NaN]) expect(() => splitIntoBundles([1], size)).toThrow(/positive integer/u);
  });

  it('put the first bundle in the index folder and the others beside its files', () => {
    expect([0, 1, 12].map(bundleDir)).toEqual(['', 'bundle-1/', 'bundle-12/']);
    expect(['pagefind-entry.json', 'pagefind.zh-cn_5fddc4f6cd298.pf_meta', 'index', 'filter', 'fragment'].every((f) => BUNDLE_FILES.test(f))).toBe(true);
    expect(['pagefind.js', 'wasm.unknown.pagefind', 'pagefind-ui.js', 'pagefind-worker.js'].some((f) => BUNDLE_FILES.test(f))).toBe(false);
  });
});
