/**
 * Which layout the address asks for (`/map/#layout-<id>`). Anything else — another anchor, a
 * malformed escape such as `#layout-%`, an id no layout has — asks for nothing, so the map falls
 * back to its default view instead of failing.
 */
export function requestedLayout(hash: string, layoutIds: readonly string[]): string | undefined {
  if (!hash.startsWith('#layout-')) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice('#layout-'.length));
  } catch {
    return undefined;
  }
  return layoutIds.includes(id) ? id : undefined;
}
