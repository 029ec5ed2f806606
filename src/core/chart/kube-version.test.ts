import { describe, expect, it } from 'vitest';
import { initialState } from '../model/state.ts';
import { setKubeVersion } from '../model/updates.ts';
import { validateState } from '../validate/index.ts';
import { kubeVersionRefusal, readKubeVersion } from './kube-version.ts';
import { renderRelease } from './render-release.ts';

describe('the target Kubernetes version (helm template --kube-version)', () => {
  it('reads versions as helm does: two or more numbers, an optional v, anything after', () => {
    expect(readKubeVersion('1.30')).toEqual({ ok: true, version: { major: 1, minor: 30, patch: 0, text: 'v1.30' } });
    expect(readKubeVersion('v1.27.3-gke.100')).toMatchObject({ ok: true, version: { major: 1, minor: 27, patch: 3, text: 'v1.27.3-gke.100' } });
    // helm's own words (helm 4.1.4)
    expect(readKubeVersion('abc')).toEqual({ ok: false, message: `invalid kube version 'abc': could not parse "abc" as version` });
    expect(readKubeVersion('1')).toEqual({ ok: false, message: `invalid kube version '1': illegal version string "1"` });
  });

  it("refuses below the chart's kubeVersion >=1.28.0-0, with helm's message; 1.28 and its pre-releases pass", () => {
    expect(kubeVersionRefusal('1.27')).toBe('chart requires kubeVersion: >=1.28.0-0 which is incompatible with Kubernetes v1.27');
    expect(kubeVersionRefusal('0.99.9')).toBeDefined();
    for (const ok of ['1.28', 'v1.28.0-rc.1', '1.32', '2.0']) expect(kubeVersionRefusal(ok)).toBeUndefined();
  });

  it('the render: an unreadable version before the schema, the gate after it', () => {
    const bad = { singleuser: { schedulerStrategy: 'pack' } };
    expect(renderRelease(bad, { release: 'r', namespace: 'n', kubeVersion: 'abc' }).errors[0]!.message).toMatch(/^invalid kube version/);
    expect(renderRelease(bad, { release: 'r', namespace: 'n', kubeVersion: '1.27' }).errors[0]!.message).toMatch(/specifications of the schema/);
    expect(renderRelease({}, { release: 'r', namespace: 'n', kubeVersion: '1.27' }).errors[0]!.message).toMatch(/requires kubeVersion/);
    expect(renderRelease({}, { release: 'r', namespace: 'n', kubeVersion: '1.30' }).errors).toEqual([]);
  });

  it('validation: an error beside the field below 1.28 or unreadable; none for the default or 1.28', () => {
    const found = (v: string) => validateState(setKubeVersion(v)(initialState())).filter((p) => p.code === 'kube-version').map((p) => `${p.setting} ${p.message}`);
    expect(found('1.27')).toEqual([expect.stringMatching(/^kubeVersion chart 4\.4\.0 needs Kubernetes 1\.28 or newer .* on v1\.27;/)]);
    expect(found('one.thirty')).toEqual([expect.stringMatching(/is not a version helm reads/)]);
    expect(found('1.28')).toEqual([]);
    expect(found('1.32')).toEqual([]);
  });

  it('the default version is kept as no setting (a setup that never changed it stays as it was)', () => {
    const s = initialState();
    expect(setKubeVersion('1.32')(s)).toBe(s);
    expect(setKubeVersion('1.32')(setKubeVersion('1.30')(s))).toEqual(s);
    expect(setKubeVersion('1.30')(s).kubeVersion).toBe('1.30');
  });
});
