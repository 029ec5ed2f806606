import { emitYaml } from '../config/emit-yaml.ts';
import { formatPath, isObject, type Json } from '../model/json.ts';
import type { WizardState } from '../model/state.ts';
import { pieceId } from './hold.ts';
import { imageText } from './images.ts';
import type { CodeReviewItem, PendingCode } from './types.ts';

/** The pieces a state waits to review, as the review panel lists them (in the order they came). */
export function reviewItems(state: WizardState): CodeReviewItem[] {
  return (state.review ?? []).map(describePiece);
}

/** How many pieces wait, said plainly: "3 pieces of code wait for your review". */
export function waitingSentence(count: number): string {
  return count === 1 ? '1 piece of code waits for your review' : `${count} pieces of code wait for your review`;
}

export function describePiece(piece: PendingCode): CodeReviewItem {
  const { kind, path, value } = piece;
  const place = formatPath(path);
  const id = pieceId(piece);
  const key = path[path.length - 1]!;
  switch (kind) {
    case 'python':
      return { id, kind, place, label: `Python snippet ${String(key)}, run by the hub at start`, code: typeof value === 'string' ? value : yamlOf(value), language: 'python' };
    case 'container': {
      const name = isObject(value) && typeof value.name === 'string' ? value.name : 'without a name';
      const image = isObject(value) ? imageText(value.image) : '';
      const what = /init/i.test(String(path[path.length - 2])) ? 'Init container' : 'Container';
      return { id, kind, place, label: `${what} ${name}${image ? ` (image ${image})` : ''}`, code: yamlOf(value), language: 'yaml' };
    }
    case 'lifecycle':
      return { id, kind, place, label: 'Lifecycle hooks: commands run in the container at start or stop', code: yamlOf(value), language: 'yaml' };
    case 'command':
      return { id, kind, place, label: `The command the container runs: ${commandLine(value)}`, code: yamlOf(value), language: 'yaml' };
    case 'script': {
      const file = isObject(value) && typeof value.mountPath === 'string' ? value.mountPath : String(key);
      const body = isObject(value) && typeof value.stringData === 'string' ? value.stringData : yamlOf(value);
      return { id, kind, place, label: `Script file ${file}`, code: body, language: 'shell' };
    }
    case 'image':
      return { id, kind, place, label: `Image ${imageText(value)}, from a registry not used before`, code: yamlOf(value), language: 'yaml' };
  }
}

function commandLine(value: Json): string {
  const parts = Array.isArray(value) ? value.map((v) => String(v)) : [String(value)];
  const line = parts.join(' ');
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

function yamlOf(value: Json): string {
  return emitYaml(value).replace(/\n$/, '');
}
