import { expect, test } from './fixtures.ts';

/**
 * React's devtools hook, stubbed before the app loads, reports each commit; a component rendered in
 * that commit is a fiber object not seen in the previous commit (a subtree that bailed out keeps its
 * fiber objects) that carries React's PerformedWork flag. Names are minified in the build, so the
 * test counts them.
 */
function countRenders() {
  const w = window as unknown as { __renders: number[] | null; __seen?: WeakSet<object>; __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown };
  w.__renders = null;
  type Fiber = { flags: number; type: unknown; child: Fiber | null; sibling: Fiber | null };
  w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
    onCommitFiberRoot(_id: number, root: { current: Fiber }) {
      const before = w.__seen ?? new WeakSet<object>();
      const seen = new WeakSet<object>();
      let rendered = 0;
      const walk = (first: Fiber | null) => {
        for (let f = first; f; f = f.sibling) {
          seen.add(f);
          const isComponent = typeof f.type === 'function' || (typeof f.type === 'object' && f.type !== null);
          if (isComponent && !before.has(f) && (f.flags & 1) !== 0) rendered++;
          walk(f.child);
        }
      };
      walk(root.current.child);
      w.__seen = seen;
      w.__renders?.push(rendered);
    },
  };
}

for (const tab of ['config.yaml', 'Manifests'] as const) {
  test(`a keystroke in a host re-renders the host row and the ${tab} preview, not the rest of the form`, async ({ page }) => {
    await page.addInitScript(countRenders);
    await page.goto('./');
    await page.getByLabel('Enable an Ingress').check();
    await page.getByRole('button', { name: 'Add host' }).click();
    const host = page.getByLabel('Host 1', { exact: true });
    await host.fill('hub.example.o');
    if (tab === 'Manifests') {
      await page.getByRole('tab', { name: 'Manifests' }).click();
      await page.getByTestId('manifests-preview').getByRole('button', { name: /^Ingress / }).first().click();
    }
    await expect(page.getByTestId(tab === 'Manifests' ? 'manifests-preview' : 'config-preview')).toContainText('hub.example.o');
    // one key first: the first edit seen by the Manifests tab marks what it changed (a heading
    // change); the keys after it are what typing costs
    await host.press('End');
    await page.keyboard.press('r');
    await page.waitForTimeout(500); // validation, autosave and the address bar have settled
    await page.evaluate(() => { (window as unknown as { __renders: number[] }).__renders = []; });
    await page.keyboard.press('g');
    await expect(page.getByTestId(tab === 'Manifests' ? 'manifests-preview' : 'config-preview')).toContainText('hub.example.org');
    const renders = await page.evaluate(() => (window as unknown as { __renders: number[] }).__renders);
    // the keystroke's own commit: the row, the list, the TLS entry that follows the hosts, the
    // preview and what changed in it (the whole form is ~150 components). On the Manifests tab the
    // folded resources the key changes (hub's Secret and Deployment) keep their heading and are
    // not rendered again: 15 components, 18 when they were.
    expect(renders[0]).toBeGreaterThan(3);
    expect(renders[0]).toBeLessThanOrEqual(tab === 'Manifests' ? 16 : 12);
  });
}
