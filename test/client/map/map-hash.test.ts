/** Which layout `/map/#layout-<id>` asks for; malformed or unknown addresses ask for none. */
import { describe, expect, it } from 'vitest';
import { requestedLayout } from '../../../src/client/map/map-hash.ts';

const ids = ['baoshan-1-1-3', '一核两翼'];

describe('requestedLayout', () => {
  it('finds a known id, escaped or not', () => {
    expect(requestedLayout('#layout-baoshan-1-1-3', ids)).toBe('baoshan-1-1-3');
    expect(requestedLayout('#layout-%E4%B8%80%E6%A0%B8%E4%B8%A4%E7%BF%BC', ids)).toBe('一核两翼');
  });

  it('asks for nothing on a malformed escape, an unknown id or another anchor (no exception)', () => {
    expect(requestedLayout('#layout-%', ids)).toBeUndefined();
    expect(requestedLayout('#layout-%E4%B8', ids)).toBeUndefined();
    expect(requestedLayout('#layout-nope', ids)).toBeUndefined();
    expect(requestedLayout('#layout-', ids)).toBeUndefined();
    expect(requestedLayout('#place-luodian-park', ids)).toBeUndefined();
    expect(requestedLayout('', ids)).toBeUndefined();
  });
});
