import { isObject, type Json } from '../model/json.ts';

/**
 * Where images come from. An image runs as a pod of the release, so one from a registry the admin
 * has not used before is code to review. Well known: the chart's own images (quay.io/jupyterhub,
 * Docker's official `traefik`, registry.k8s.io's pause), Project Jupyter's images (quay.io/jupyter,
 * the older jupyter/* and jupyterhub/* on Docker Hub) and Docker's official library images.
 */
const WELL_KNOWN_SOURCES = ['quay.io/jupyterhub', 'quay.io/jupyter', 'docker.io/jupyter', 'docker.io/jupyterhub', 'docker.io/library', 'registry.k8s.io'];

/**
 * An image's source: its registry and the first part of its repository (the organisation), e.g.
 * `ghcr.io/acme` for `ghcr.io/acme/notebook:1.2`, `docker.io/pangeo` for `pangeo/base-notebook`,
 * `docker.io/library` for `python:3.12`. Undefined for what is no image name.
 */
export function imageSource(image: string): string | undefined {
  const name = image.trim().split('@')[0]!;
  if (name === '' || /\s/.test(name)) return undefined;
  const parts = name.split('/');
  // a first part with a dot or a port, or localhost, is a registry host (as the container runtimes read it)
  const hasHost = parts.length > 1 && (/[.:]/.test(parts[0]!) || parts[0] === 'localhost');
  const host = hasHost ? parts.shift()!.toLowerCase() : 'docker.io';
  // Docker Hub's one-part names are its official library; elsewhere a one-part name is its own
  const org = parts.length > 1 ? parts[0]!.toLowerCase() : hasHost ? parts[0]!.split(':')[0]!.toLowerCase() : 'library';
  return `${host === 'index.docker.io' ? 'docker.io' : host}/${org}`;
}

/** Whether an image comes from a well-known source, or from one in `seen`. */
export function imageSeen(image: string, seen: ReadonlySet<string>): boolean {
  const source = imageSource(image);
  if (source === undefined) return true; // not an image name: nothing to pull
  if (seen.has(source)) return true;
  return WELL_KNOWN_SOURCES.some((known) => source === known || source.startsWith(`${known}/`));
}

/** The image a value names: a string (`name:tag`, KubeSpawner's form) or the chart's `{name, tag}`. */
export function imageName(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (isObject(value) && typeof value.name === 'string' && value.name.trim() !== '') return value.name;
  return undefined;
}

/** The image with its tag, as the admin reads it: `ghcr.io/acme/notebook:1.2`. */
export function imageText(value: Json | undefined): string {
  if (isObject(value) && typeof value.name === 'string') {
    const tag = value.tag;
    return tag === undefined || tag === null || tag === '' ? value.name : `${value.name}:${String(tag)}`;
  }
  return typeof value === 'string' ? value : '';
}

/**
 * The image sources a setup already uses, anywhere in its values (every `image` that is a name or
 * a `{name}`, also inside containers and profiles, and the pre-puller's extra images): what the
 * admin's own work runs is not "not seen before".
 */
export function imageSourcesIn(values: Json, into: Set<string> = new Set()): Set<string> {
  walk(values, 0, into);
  return into;
}

function walk(node: Json, depth: number, into: Set<string>): void {
  if (depth > 64) return;
  if (Array.isArray(node)) {
    for (const item of node) walk(item, depth + 1, into);
    return;
  }
  if (!isObject(node)) return;
  for (const [key, child] of Object.entries(node)) {
    if (key === 'image') {
      const name = imageName(child);
      const source = name === undefined ? undefined : imageSource(name);
      if (source) into.add(source);
    }
    if (key === 'extraImages' && isObject(child)) {
      for (const entry of Object.values(child)) {
        const name = imageName(entry);
        const source = name === undefined ? undefined : imageSource(name);
        if (source) into.add(source);
      }
    }
    walk(child, depth + 1, into);
  }
}
