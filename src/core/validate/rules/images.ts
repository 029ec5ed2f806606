import { formatPath, isObject, type Json, type Path } from '../../model/json.ts';
import type { Problem } from '../problem.ts';
import { error, kind, name, type FieldRule } from './context.ts';

// The image reference grammar of the container runtimes (distribution/reference), in short.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::\d+)?$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;

/** A repository (`quay.io/jupyterhub/k8s-hub`) without tag or digest: what is wrong, if anything. */
export function repositoryProblem(repository: string): string | undefined {
  if (repository.trim() === '') return 'is empty';
  if (/\s/.test(repository)) return 'contains spaces';
  const parts = repository.split('/');
  const first = parts[0]!;
  const hasDomain = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (hasDomain && !DOMAIN.test(first)) return `has an invalid registry \`${first}\``;
  const path = hasDomain ? parts.slice(1) : parts;
  for (const part of path) {
    if (part === '') return 'has an empty part between `/`';
    if (/[A-Z]/.test(part)) return 'has uppercase letters; image repositories are lowercase';
    if (!PATH_COMPONENT.test(part)) return `has an invalid part \`${part}\` (lowercase letters, digits, and \`.\`, \`_\`, \`-\` between them)`;
  }
  return undefined;
}

/** A tag as the chart writes it after `name:`; a digest may follow (`1.2@sha256:…`). */
export function tagProblem(tag: string): string | undefined {
  if (tag === '') return 'is empty; the chart writes `name:tag`, so a tag is needed';
  if (/\s/.test(tag)) return 'contains spaces';
  const [plain, digest, ...more] = tag.split('@');
  if (more.length > 0) return 'has more than one `@`';
  if (digest !== undefined && !DIGEST.test(digest)) return `has an invalid digest \`${digest}\``;
  if (!TAG.test(plain!)) return 'may only hold letters, digits, `_`, `.` and `-` (at most 128, not starting with `.` or `-`)';
  return undefined;
}

/** A whole reference (`repo/image:tag`, `repo/image@sha256:…`, `repo/image`). */
export function imageReferenceProblem(reference: string): string | undefined {
  if (reference.trim() === '') return 'is empty';
  if (/\s/.test(reference)) return 'contains spaces';
  const at = reference.indexOf('@');
  const beforeDigest = at >= 0 ? reference.slice(0, at) : reference;
  if (at >= 0 && !DIGEST.test(reference.slice(at + 1))) return `has an invalid digest \`${reference.slice(at + 1)}\``;
  const slash = beforeDigest.lastIndexOf('/');
  const colon = beforeDigest.lastIndexOf(':');
  const repository = colon > slash ? beforeDigest.slice(0, colon) : beforeDigest;
  const tag = colon > slash ? beforeDigest.slice(colon + 1) : undefined;
  const repoProblem = repositoryProblem(repository);
  if (repoProblem) return repoProblem;
  if (tag !== undefined && !TAG.test(tag)) return `has an invalid tag \`${tag}\``;
  return undefined;
}

/** The chart's image settings `{name, tag, …}`, rendered as `name:tag`. */
export const CHART_IMAGE_PATHS: readonly Path[] = [
  ['hub', 'image'],
  ['proxy', 'chp', 'image'],
  ['proxy', 'traefik', 'image'],
  ['proxy', 'secretSync', 'image'],
  ['singleuser', 'image'],
  ['singleuser', 'networkTools', 'image'],
  ['scheduling', 'userScheduler', 'image'],
  ['scheduling', 'userPlaceholder', 'image'],
  ['prePuller', 'hook', 'image'],
  ['prePuller', 'pause', 'image'],
];

/** Checks one `{name, tag}` image setting at `path` (missing keys are the schema's business). */
export function checkImageSetting(path: Path, image: Json | undefined): Problem[] {
  if (!isObject(image)) return [];
  const out: Problem[] = [];
  const imageName = image.name;
  if (typeof imageName === 'string') {
    const namePath = [...path, 'name'];
    const slash = imageName.lastIndexOf('/');
    if (imageName.includes('@')) {
      out.push(error('image-name', namePath, `${name(namePath)} holds a digest; give the repository alone here and put \`TAG@sha256:…\` in \`tag\`, because the chart writes \`name:tag\``));
    } else if (imageName.lastIndexOf(':') > slash) {
      const tag = imageName.slice(imageName.lastIndexOf(':') + 1);
      out.push(error('image-name', namePath, `${name(namePath)} includes a tag (\`:${tag}\`); the chart adds \`:tag\` itself, so write the tag in \`${formatPath([...path, 'tag'])}\``));
    } else {
      const problem = repositoryProblem(imageName);
      if (problem) out.push(error('image-name', namePath, `${name(namePath)} ${problem}`));
    }
  }
  const tagPath = [...path, 'tag'];
  const tag = image.tag;
  if (typeof tag === 'number' || typeof tag === 'boolean') {
    out.push(
      error(
        'image-tag',
        tagPath,
        `${name(tagPath)} is ${kind(tag)}; a tag must be a string, so write it in quotes (\`tag: "${String(tag)}"\`). YAML reads an unquoted 3.10 as the number 3.1`,
      ),
    );
  } else if (typeof tag === 'string') {
    const problem = tagProblem(tag);
    if (problem) out.push(error('image-tag', tagPath, `${name(tagPath)} ${problem}`));
  }
  return out;
}

/** Every `{name, tag}` image setting of the chart. (prePuller.extraImages: see pre-puller.ts.) */
export const imageRules: FieldRule = (ctx) => CHART_IMAGE_PATHS.flatMap((path) => checkImageSetting(path, ctx.get(path)));
