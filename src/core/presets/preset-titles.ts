/**
 * What the presets bar shows before any preset is asked for: the first bundle carries these, and
 * the presets themselves (presets.ts, with the forms' code they use) load after the first paint.
 */
export interface PresetTitle {
  id: string;
  title: string;
  description: string;
}

export const PRESET_TITLES: readonly PresetTitle[] = [
  { id: 'ingress-cert-manager', title: "Ingress + cert-manager (Let's Encrypt)", description: 'An nginx Ingress for one host, a certificate from cert-manager, proxy-public as a ClusterIP service.' },
  { id: 'gateway-api', title: 'Gateway API (HTTPRoute)', description: 'An HTTPRoute attached to a shared Gateway, which holds the TLS certificate; proxy-public as a ClusterIP service.' },
  { id: 'auto-https', title: "The chart's automatic HTTPS, no ingress", description: "The chart's own Traefik gets a Let's Encrypt certificate for one host; proxy-public stays a LoadBalancer." },
  { id: 'autoscaling', title: 'Autoscaling cluster (pack, placeholders, continuous pre-puller)', description: 'Pack users with the user-scheduler, keep room with placeholders and pod priority, pre-pull on new nodes.' },
  { id: 'github-team', title: 'Team hub with GitHub sign-in', description: 'The Ingress + cert-manager setup, GitHub sign-in for the members of one organisation (fill in its name and the OAuth client), JupyterLab, idle servers stopped after an hour.' },
  { id: 'minimal', title: 'Minimal', description: "The chart's defaults: nothing in config.yaml but what you add." },
];
