import { useEffect, useRef } from 'react';
import { useWizardSettled } from '../state/wizard-context.tsx';
import { engine, loadEngine } from '../engine/load-engine.ts';
import { initialState, type WizardState } from '../../core/model/state.ts';

/**
 * The address bar carries the work as a permalink fragment, never with secrets: replaced as the
 * work changes, pushed as a new history entry when the admin shares, so Back and Forward move
 * between shared setups.
 */
export const ADDRESS_BAR_DELAY_MS = 300;

/** Full states (with imported text and secrets) seen this session, by their fragment. */
const seen = new Map<string, WizardState>();
const SEEN_LIMIT = 64;

function remember(fragment: string, state: WizardState): void {
  seen.delete(fragment);
  seen.set(fragment, state);
  if (seen.size > SEEN_LIMIT) seen.delete(seen.keys().next().value!);
}

/** The state this session had for a fragment, with what the link itself leaves out. */
export function rememberedState(fragment: string): WizardState | undefined {
  return seen.get(fragment);
}

let blankFragment: string | undefined;

/** The fragment the address bar shows for this work ('' for a blank setup). Needs the engine loaded. */
export function addressFragment(state: WizardState): string {
  const { encodePermalink } = engine();
  blankFragment ??= encodePermalink(initialState()).fragment;
  const { fragment } = encodePermalink(state);
  return fragment === blankFragment && !state.imported ? '' : fragment;
}

/** The link as a page address: origin and path, never the query string. */
export function linkFor(fragment: string): string {
  return `${location.origin}${location.pathname}${fragment ? `#${fragment}` : ''}`;
}

/** Whether a fragment is meant as a wizard link (`z1.…`), not an in-page anchor like `#preview`. */
export function isLinkFragment(fragment: string): boolean {
  return /^z\d+\./.test(fragment);
}

/** What is after `#` in the address bar now. */
export function currentFragment(): string {
  return location.hash.replace(/^#/, '');
}

/** The fragment this page last wrote to (or found in) the address bar. */
let written: string | undefined;

function addressOf(fragment: string): string {
  return fragment ? `#${fragment}` : `${location.pathname}${location.search}`;
}

const OWN_ADDRESS_KEY = 'z2jh-wizard:address';

function noteWritten(fragment: string): void {
  written = fragment;
  try {
    sessionStorage.setItem(OWN_ADDRESS_KEY, fragment);
  } catch {
    // without sessionStorage a reload right after an edit may show the address's (older) setup
  }
}

/**
 * The fragment this tab last put in the address bar, also across a reload: an address that is
 * this tab's own may be a moment behind the saved work (a reload right after an edit).
 */
export function ownAddress(): string | undefined {
  try {
    return sessionStorage.getItem(OWN_ADDRESS_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

function replaceAddress(fragment: string): void {
  noteWritten(fragment);
  history.replaceState(null, '', addressOf(fragment));
}

/** Puts this work in the address bar now (one entry, replaced), where it would follow in a moment. Needs the engine. */
export function showInAddressBar(state: WizardState): void {
  const fragment = addressFragment(state);
  remember(fragment, state);
  replaceAddress(fragment);
}

interface SharedMarker {
  shared: string;
}

function isShared(value: unknown, fragment: string): boolean {
  return typeof value === 'object' && value !== null && (value as SharedMarker).shared === fragment;
}

/**
 * Marks this work as shared: the current history entry keeps it, and a new entry holds it too,
 * where the work goes on. Sharing the same work twice adds no entry.
 */
export function pushSharedState(state: WizardState): void {
  const fragment = addressFragment(state);
  remember(fragment, state);
  if (isShared(history.state, fragment) && currentFragment() === fragment) return;
  if (currentFragment() !== fragment) replaceAddress(fragment);
  const marker: SharedMarker = { shared: fragment };
  noteWritten(fragment);
  history.pushState(marker, '', addressOf(fragment));
}

/** Whether a link's own setup holds secrets (made with "Include secrets", or by a version that missed some). */
function carriesSecrets(fragment: string): boolean {
  const { restore, encodePermalink } = engine();
  const opened = restore({ kind: 'link', link: fragment });
  return opened.ok && encodePermalink(opened.state).omitted.length > 0;
}

/**
 * An address that carries secrets does not stay in the bar, where history, sync and the next
 * copy of the address would keep them: it becomes the same setup without them at once. This
 * tab keeps the secrets (this session's Back and Forward, and the saved work once edited); a
 * reload of a foreign link opens it without them, as the link's notice says.
 */
function useAddressWithoutSecrets(untouched: WizardState): void {
  useEffect(() => {
    const arrived = currentFragment();
    if (!isLinkFragment(arrived)) return;
    void loadEngine().then(() => {
      if (currentFragment() !== arrived || !carriesSecrets(arrived)) return; // moved on already, or nothing to hide
      const fragment = addressFragment(untouched);
      remember(fragment, untouched);
      const own = arrived === ownAddress();
      if (own) noteWritten(fragment);
      else written = fragment; // not this tab's own address: a reload opens the link, not the saved work
      const state: unknown = history.state;
      history.replaceState(isShared(state, arrived) ? ({ shared: fragment } satisfies SharedMarker) : state, '', addressOf(fragment));
    });
    // only the address the page opened with
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
}

/**
 * Keeps the address bar on the current work, a moment after it stops changing (one history
 * entry, replaced), always without secrets. `untouched` (the state the page opened with) leaves
 * the address as it came, unless it carries secrets.
 */
export function useAddressBarFollowsWork(untouched: WizardState): void {
  useAddressWithoutSecrets(untouched);
  useWizardSettled(ADDRESS_BAR_DELAY_MS, (settled) => {
    if (settled === untouched) return;
    void loadEngine().then(() => {
      const fragment = addressFragment(settled);
      remember(fragment, settled);
      if (fragment !== currentFragment()) replaceAddress(fragment);
    });
  });
}

/**
 * Calls `open(fragment)` (true when it loaded the fragment's setup) when Back, Forward or an
 * edited address shows another fragment than the one this page wrote. Each address is handled once (popstate and hashchange both fire for it).
 */
export function useAddressBarNavigation(current: () => WizardState, open: (fragment: string) => boolean): void {
  const latest = useRef({ current, open });
  latest.current = { current, open };
  useEffect(() => {
    written ??= currentFragment();
    const onNavigate = () => {
      const fragment = currentFragment();
      if (fragment === written) return;
      written = fragment;
      if (!isLinkFragment(fragment)) return;
      void loadEngine().then(() => {
        if (fragment === addressFragment(latest.current.current())) return;
        if (latest.current.open(fragment)) noteWritten(fragment);
      });
    };
    window.addEventListener('popstate', onNavigate);
    window.addEventListener('hashchange', onNavigate);
    return () => {
      window.removeEventListener('popstate', onNavigate);
      window.removeEventListener('hashchange', onNavigate);
    };
  }, []);
}
