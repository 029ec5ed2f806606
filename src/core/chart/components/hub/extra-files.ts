import { goStr, toJson, toYaml } from '../../go/go-yaml.ts';
import { TemplateFail } from '../../ctx.ts';
import { isMap, truthy, type Any } from '../../values.ts';

// extraFiles: hub/secret.yaml's and singleuser/secret.yaml's (the same checks and encodings)

function fileExt(mountPath: string): string {
  const base = mountPath.replace(/\/+$/, '').split('/').pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot < 0 ? '' : base.slice(dot);
}

function validateFile(template: string, positions: { mount: string; count: string }, key: string, f: Any) {
  if (!truthy(f?.mountPath)) {
    throw new TemplateFail(template, positions.mount, `\n\nextraFiles entries (${key}) must contain the field 'mountPath'.`);
  }
  const n = [f.data, f.stringData, f.binaryData].filter(truthy).length;
  if (n !== 1) {
    throw new TemplateFail(
      template,
      positions.count,
      `\n\nextraFiles entries (${key}) must only contain one of the fields: 'data', 'stringData', and 'binaryData'.`,
    );
  }
}

export interface ExtraFilesPositions {
  mount: string;
  count: string;
  ext: string;
}

/** Secret data / stringData entries from an `extraFiles` map. */
export function extraFilesData(
  files: Any,
  template: string,
  pos: ExtraFilesPositions,
  toToml: (v: Any) => string,
): { data: Record<string, string>; stringData: Record<string, string> } {
  const data: Record<string, string> = {};
  const stringData: Record<string, string> = {};
  if (!isMap(files)) return { data, stringData };
  const keys = Object.keys(files).sort();
  for (const key of keys) {
    const f = files[key];
    validateFile(template, pos, key, f);
    if (truthy(f.binaryData)) data[key] = goStr(f.binaryData).replace(/\s+/gu, '');
  }
  for (const key of keys) {
    const f = files[key];
    if (truthy(f.stringData)) stringData[key] = blockText(goStr(f.stringData).replace(/\n$/, ''));
    if (truthy(f.data)) {
      const ext = fileExt(goStr(f.mountPath));
      if (ext === '.yaml' || ext === '.yml') stringData[key] = blockText(toYaml(f.data));
      else if (ext === '.json') stringData[key] = blockText(toJson(f.data));
      else if (ext === '.toml') stringData[key] = blockText(toToml(f.data).replace(/\n$/, ''));
      else {
        throw new TemplateFail(
          template,
          pos.ext,
          `\n\nextraFiles entries with 'data' (${key} > ${goStr(f.mountPath)}) needs to have a filename extension of .yaml, .yml, .json, or .toml!`,
        );
      }
    }
  }
  return { data, stringData };
}

/** What a YAML `|` block holding `text` (as nindented by helm) reads back as. */
export function blockText(text: string): string {
  const lines = text.split('\n');
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  if (lines.length === 0) return '';
  return lines.map((l) => (l.trim() === '' ? '' : l)).join('\n') + '\n';
}
