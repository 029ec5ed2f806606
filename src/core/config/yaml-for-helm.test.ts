import { describe, expect, it } from 'vitest';
import { initialState } from '../model/state.ts';
import { restoreText } from '../restore/restore-text.ts';
import { writeConfigYaml } from './write-config.ts';
import { writeConfigYamlWhole } from './write-config-reference.ts';
import { writeConfig } from './write-config-for-state.ts';

const values = { custom: { a: 1, '<<': 5, b: { '<<': { x: 1 } }, v: '<<' } };

describe('a literal << key (or value) is written quoted, so it reads back as itself and not as a merge', () => {
  it('in a config.yaml written fresh, by both writers', () => {
    for (const text of [writeConfigYaml(values), writeConfigYamlWhole(values)]) {
      expect(text).toContain('"<<": 5');
      expect(text).toContain('v: "<<"');
      const back = restoreText(text);
      expect(back.ok && back.values).toEqual(values);
    }
  });

  it('in an imported file patched with new keys', () => {
    const imported = restoreText('# mine\ncustom:\n  a: 1\n');
    if (!imported.ok) throw new Error(imported.error.message);
    const text = writeConfig({ ...initialState(), values, imported: imported.imported });
    expect(text).toContain('# mine');
    const back = restoreText(text);
    expect(back.ok && back.values).toEqual(values);
  });
});
