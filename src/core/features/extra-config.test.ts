import { describe, expect, it } from 'vitest';
import { freshSnippetName, runOrder } from './extra-config.ts';

const named = (...names: string[]) => names.map((name) => ({ name, code: '' }));

describe('freshSnippetName: a new snippet runs after the last one (issue 17)', () => {
  it.each([
    [[], '00-snippet'],
    [['00-snippet'], '01-snippet'],
    [['10-ldap'], '11-snippet'],
    [['10-ldap', '02-x'], '11-snippet'],
    [['010-a'], '011-snippet'],
    [['9-x'], '9-x-2'],
    [['auth'], 'auth-2'],
    [['auth', 'auth-2'], 'auth-2-2'],
    [['zz', '03-a'], 'zz-2'],
  ])('after %j comes %s', (names, expected) => {
    const name = freshSnippetName(named(...names));
    expect(name).toBe(expected);
    expect(runOrder([...names, name]).at(-1)).toBe(name);
  });
});
