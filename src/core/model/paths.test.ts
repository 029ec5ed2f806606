import { describe, expect, it } from 'vitest';
import { deleteIn, getIn, setIn } from './paths.ts';

describe('paths', () => {
  it('sets deep values without touching unrelated branches', () => {
    const root = { hub: { baseUrl: '/' }, proxy: { service: { type: 'LoadBalancer' } } };
    const next = setIn(root, ['ingress', 'hosts', 0], 'a.org');
    expect(next).toEqual({ ...root, ingress: { hosts: ['a.org'] } });
    expect(next.hub).toBe(root.hub);
    expect(root).not.toHaveProperty('ingress');
  });

  it('deletes and prunes maps left empty', () => {
    const root = { ingress: { annotations: { a: 'x' } }, hub: { baseUrl: '/x/' } };
    expect(deleteIn(root, ['ingress', 'annotations', 'a'])).toEqual({ hub: { baseUrl: '/x/' } });
    expect(deleteIn(root, ['missing', 'key'])).toBe(root);
  });

  it('reads through lists and maps', () => {
    expect(getIn({ a: [{ b: 1 }] }, ['a', 0, 'b'])).toBe(1);
    expect(getIn({ a: [] }, ['a', 3])).toBeUndefined();
    expect(getIn({ a: 'x' }, ['a', 'b'])).toBeUndefined();
  });
});
