import { beforeAll, describe, expect, it } from 'vitest';
import { encodePermalink } from '../../core/permalink/index.ts';
import { initialState, type WizardState } from '../../core/model/state.ts';
import { loadEngine } from '../engine/load-engine.ts';
import { openWork } from './opening.ts';

const saved: WizardState = { ...initialState(), values: { ingress: { enabled: true } } };
const shared: WizardState = { ...initialState(), values: { hub: { baseUrl: '/shared/' } } };
const page = 'http://127.0.0.1:4173/z2jh-wizard/';

describe('opening the page', () => {
  beforeAll(async () => {
    await loadEngine();
  });

  it('a link wins over the saved work, which is kept', () => {
    const opening = openWork(`${page}#${encodePermalink(shared).fragment}`, { kind: 'ok', state: saved }, undefined);
    expect(opening.source).toBe('link');
    expect(opening.state.values).toEqual(shared.values);
    expect(opening.notices.some((n) => n.kind === 'info')).toBe(true);
  });

  it('a broken link says why and opens the saved work unchanged', () => {
    const link = `${page}#${encodePermalink(shared).fragment.slice(0, -6)}`;
    const opening = openWork(link, { kind: 'ok', state: saved }, undefined);
    expect(opening.source).toBe('saved');
    expect(opening.state).toBe(saved);
    expect(opening.notices.map((n) => n.kind)).toContain('error');
  });

  it('an in-page anchor is not a link; no fragment opens the saved work; nothing saved opens a new setup', () => {
    expect(openWork(`${page}#preview`, { kind: 'ok', state: saved }, undefined).state).toBe(saved);
    expect(openWork(page, { kind: 'ok', state: saved }, undefined).source).toBe('saved');
    expect(openWork(page, { kind: 'none' }, undefined)).toMatchObject({ source: 'new', notices: [] });
    expect(openWork(page, { kind: 'unusable', reason: 'it is not readable data' }, undefined).notices[0]!.kind).toBe('info');
  });
});
