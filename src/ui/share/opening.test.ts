import { beforeAll, describe, expect, it } from 'vitest';
import { encodePermalink } from '../../core/permalink/index.ts';
import { initialState, type WizardState } from '../../core/model/state.ts';
import { savedWorkText } from '../../core/restore/index.ts';
import { loadEngine } from '../engine/load-engine.ts';
import { openWork, type OpeningContext } from './opening.ts';

const saved: WizardState = { ...initialState(), values: { ingress: { enabled: true } } };
const shared: WizardState = { ...initialState(), values: { hub: { baseUrl: '/shared/' } } };
const page = 'http://127.0.0.1:4173/z2jh-wizard/';
const savedText = savedWorkText(saved, '2026-01-01T10:00:00.000Z', 'rev1');
const earlier: WizardState = { ...initialState(), release: 'before' };

/** This browser as a test gives it: `savedText` stored, with one undo step for revision rev1. */
function browser(over: Partial<OpeningContext> = {}): OpeningContext {
  return {
    savedText,
    ownFragment: undefined,
    unsavedSince: undefined,
    beside: false,
    undoFor: (rev) => (rev === 'rev1' ? { past: [earlier], future: [] } : { past: [], future: [] }),
    ...over,
  };
}

describe('opening the page', () => {
  beforeAll(async () => {
    await loadEngine();
  });

  it('a link over saved work shows the link and asks before anything is replaced', () => {
    const fragment = encodePermalink(shared).fragment;
    const opening = openWork(`${page}#${fragment}`, browser());
    expect(opening.source).toBe('link');
    expect(opening.state.values).toEqual(shared.values);
    expect(opening.question).toMatchObject({ kind: 'link', fragment, saved: { state: saved, savedAt: '2026-01-01T10:00:00.000Z', steps: { past: [earlier] } } });
    // the tab has not taken up the saved work, and saves nothing until the admin chooses or edits
    expect(opening.slot).toMatchObject({ seen: savedText, adopted: false, opened: opening.state });
    expect(opening.saveNow).toBe(false);
    expect(opening.notices.some((n) => n.kind === 'info')).toBe(true);
  });

  it('a link opened beside the saved work (in a new tab) does not ask again', () => {
    const opening = openWork(`${page}#${encodePermalink(shared).fragment}`, browser({ beside: true }));
    expect(opening.question).toBeUndefined();
    expect(opening.slot.adopted).toBe(false);
  });

  it('a link where nothing is saved is kept at once, edited or not', () => {
    const opening = openWork(`${page}#${encodePermalink(shared).fragment}`, browser({ savedText: null }));
    expect(opening).toMatchObject({ source: 'link', saveNow: true, slot: { adopted: true } });
    expect(opening.question).toBeUndefined();
  });

  it("this tab's own address opens the saved work with its undo history, unless saving had failed: then it asks which copy", () => {
    const fragment = encodePermalink(shared).fragment;
    const own = openWork(`${page}#${fragment}`, browser({ ownFragment: fragment }));
    expect(own).toMatchObject({ source: 'saved', state: saved, steps: { past: [earlier] }, slot: { adopted: true } });
    expect(own.question).toBeUndefined();

    const unsaved = openWork(`${page}#${fragment}`, browser({ ownFragment: fragment, unsavedSince: '2026-01-01T10:05:00.000Z' }));
    expect(unsaved.state.values).toEqual(shared.values);
    expect(unsaved.question).toMatchObject({ kind: 'unsaved', since: '2026-01-01T10:05:00.000Z', saved: { state: saved } });
    expect(unsaved.slot).toMatchObject({ adopted: false, setAsideAs: 'older-copy' });
    // the saved work's own link is the saved work, whatever happened
    expect(openWork(`${page}#${encodePermalink(saved).fragment}`, browser({ unsavedSince: 'x' })).source).toBe('saved');
  });

  it('a broken link says why and opens the saved work unchanged', () => {
    const link = `${page}#${encodePermalink(shared).fragment.slice(0, -6)}`;
    const opening = openWork(link, browser());
    expect(opening.source).toBe('saved');
    expect(opening.state).toEqual(saved);
    expect(opening.question).toBeUndefined();
    expect(opening.notices.map((n) => n.kind)).toContain('error');
  });

  it('an in-page anchor is not a link; no fragment opens the saved work; nothing saved opens a new setup', () => {
    expect(openWork(`${page}#preview`, browser()).state).toEqual(saved);
    expect(openWork(page, browser()).source).toBe('saved');
    const fresh = openWork(page, browser({ savedText: null }));
    expect(fresh).toMatchObject({ source: 'new', notices: [], saveNow: false });
    // a new setup is not saved until it is edited (what storage holds, even unreadable, stays)
    expect(fresh.slot.opened).toBe(fresh.state);
    expect(openWork(page, browser({ savedText: '{oops' })).notices[0]!.kind).toBe('info');
  });

  describe('a link that carries code', () => {
    const withCode: WizardState = { ...initialState(), values: { ingress: { enabled: true }, hub: { extraConfig: { '00-x': 'c.X.y = 1\n' } } } };
    const fragment = encodePermalink(withCode).fragment;

    it('opens with the code waiting for review, out of the values', () => {
      const opening = openWork(`${page}#${fragment}`, browser({ savedText: null }));
      expect(opening.source).toBe('link');
      expect(opening.state.values).toEqual({ ingress: { enabled: true } });
      expect(opening.state.review).toMatchObject([{ kind: 'python', path: ['hub', 'extraConfig', '00-x'], value: 'c.X.y = 1\n' }]);
    });

    it('reopened where its setup, code still waiting, is the saved work: the saved work, no question', () => {
      const held = openWork(`${page}#${fragment}`, browser({ savedText: null })).state;
      const opening = openWork(`${page}#${fragment}`, browser({ savedText: savedWorkText(held, '2026-01-01T10:00:00.000Z') }));
      expect(opening.source).toBe('saved');
      expect(opening.question).toBeUndefined();
      expect(opening.state.review).toEqual(held.review);
    });

    it("this tab's own newer copy (its save failed) is the admin's work: nothing held back", () => {
      const opening = openWork(`${page}#${fragment}`, browser({ ownFragment: fragment, unsavedSince: '2026-01-01T11:00:00.000Z' }));
      expect(opening.question?.kind).toBe('unsaved');
      expect(opening.state.values).toEqual(withCode.values);
      expect(opening.state.review).toBeUndefined();
    });
  });
});
