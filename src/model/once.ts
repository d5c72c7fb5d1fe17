/**
 * Derived data is computed once per build, never once per page: a page asks for the support
 * measures, the places or the targets, and every page after the first gets the same object.
 * This keeps the build linear in the number of plans (a per-page recomputation made it
 * quadratic: 205 plans took 640 s).
 */
const computed = new WeakMap<object, Map<string, unknown>>();

export function once<S extends object, T>(site: S, key: string, compute: (site: S) => T): T {
  let values = computed.get(site);
  if (!values) computed.set(site, (values = new Map()));
  if (!values.has(key)) values.set(key, compute(site));
  return values.get(key) as T;
}
