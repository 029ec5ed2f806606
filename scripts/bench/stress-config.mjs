// The bench's stress config: far larger than a real hub's, to show how the previews scale.
// 100 ingress hosts (with TLS), 200 pre-puller extra images, 50 hub.extraConfig snippets of 50
// lines each, and 200 keys under `custom`. Deterministic: the same values on every run.

/** @returns {Record<string, unknown>} Helm values */
export function stressValues() {
  const hosts = Array.from({ length: 100 }, (_, i) => `stress-${String(i).padStart(3, '0')}.example.org`);
  const extraImages = {};
  for (let i = 0; i < 200; i++) {
    extraImages[`image-${String(i).padStart(3, '0')}`] = { name: `quay.io/example/stress-image-${i}`, tag: `2024.${(i % 12) + 1}.${i}` };
  }
  const extraConfig = {};
  for (let s = 0; s < 50; s++) {
    const lines = [];
    for (let l = 0; l < 50; l++) {
      lines.push(l === 0 ? `# stress snippet ${s}` : `c.KubeSpawner.environment["STRESS_${s}_${l}"] = "value-${s}-${l}"`);
    }
    extraConfig[`${String(s).padStart(2, '0')}-stress`] = `${lines.join('\n')}\n`;
  }
  const custom = {};
  for (let i = 0; i < 200; i++) custom[`key_${String(i).padStart(3, '0')}`] = i % 3 === 0 ? i : i % 3 === 1 ? `value ${i}` : { enabled: i % 2 === 0, name: `n${i}` };
  return {
    ingress: {
      enabled: true,
      ingressClassName: 'nginx',
      hosts,
      tls: [{ hosts, secretName: 'stress-tls' }],
    },
    prePuller: { hook: { enabled: true }, continuous: { enabled: true }, extraImages },
    hub: { extraConfig },
    custom,
  };
}

/** a line of the config.yaml preview that shows the stress config has been loaded */
export const STRESS_MARKER = 'stress-099.example.org';
