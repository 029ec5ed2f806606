import { CHART_VERSION } from '../../model/chart-release.ts';
import { chartDefaults } from '../../model/chart-defaults.ts';
import { deepEqual, formatPath, isObject, type Json, type JsonObject, type Path } from '../../model/json.ts';
import { getIn } from '../../model/paths.ts';
import type { UpgradeChange, UpgradeMove } from './types.ts';

type Mutable = JsonObject;

/**
 * The values being upgraded, the edits the rules make to them (get, set, delete, move, replace,
 * remove) and the log of what was done and why; the rules (rules/*, run in the order of
 * steps.ts) share what one learns for a later one (pre010, the cert-manager issuer).
 */
export class UpgradeEditor {
  changes: UpgradeChange[] = [];
  moves: UpgradeMove[] = [];
  advice: string[] = [];
  /** a marker of a chart older than 0.10 (when proxy.https stopped being on by default) */
  pre010 = false;
  /** Issuer name picked for cert-manager, for the wizard's ClusterIssuer. */
  issuerName: string | undefined;
  /** the issuer an old certmanager.k8s.io annotation named */
  pendingIssuer: string | undefined;

  constructor(public values: Mutable) {}

  get(path: Path): Json | undefined {
    return getIn(this.values, path);
  }

  has(path: Path): boolean {
    return this.get(path) !== undefined;
  }

  /** Sets a value, creating maps on the way (replacing non-maps in the way). */
  set(path: Path, value: Json): void {
    let node: Mutable = this.values;
    for (let i = 0; i < path.length - 1; i++) {
      const step = String(path[i]);
      if (!isObject(node[step])) node[step] = {};
      node = node[step] as Mutable;
    }
    node[String(path[path.length - 1])] = value;
  }

  /** Removes a value; maps left empty by the removal go too. */
  del(path: Path): void {
    const parents: Mutable[] = [];
    let node: Json | undefined = this.values;
    for (let i = 0; i < path.length - 1; i++) {
      if (!isObject(node)) return;
      parents.push(node);
      node = node[String(path[i])];
    }
    if (!isObject(node)) return;
    delete node[String(path[path.length - 1])];
    for (let i = path.length - 2; i >= 0; i--) {
      const child = parents[i]![String(path[i])];
      if (isObject(child) && Object.keys(child).length === 0) delete parents[i]![String(path[i])];
      else break;
    }
  }

  /**
   * Logs a change. A later change of the same setting (no move) is its last word: the two become
   * one line, from the first `before` to the last `after` (the schema pass turning `true` into
   * `"true"`, then a rule dropping the annotation, is one change: dropped).
   */
  note(change: UpgradeChange): void {
    const earlier = change.to === undefined ? this.changes.findIndex((c) => c.path === change.path && c.to === undefined) : -1;
    if (earlier === -1) {
      this.changes.push(change);
      return;
    }
    const first = this.changes[earlier]!;
    const merged: UpgradeChange = { path: change.path, why: change.why };
    if (first.before !== undefined) merged.before = first.before;
    else if (change.before !== undefined) merged.before = change.before;
    if (change.after !== undefined) merged.after = change.after;
    this.changes[earlier] = merged;
  }

  /** Moves a subtree to a new place (merging into a map already there, the existing keys winning). */
  move(from: Path, to: Path, why: string): void {
    const value = this.get(from);
    if (value === undefined) return;
    const existing = this.get(to);
    if (existing === undefined) {
      this.del(from);
      this.set(to, value);
      this.moves.push({ from, to });
      this.note({ path: formatPath(from), to: formatPath(to), before: value, after: value, why });
      return;
    }
    if (isObject(existing) && isObject(value)) {
      for (const key of Object.keys(value)) {
        if (existing[key] === undefined) this.move([...from, key], [...to, key], why);
        else {
          this.note({
            path: formatPath([...from, key]),
            before: value[key]!,
            why: `${why} ${formatPath([...to, key])} is already set, so that value is kept and this one removed.`,
          });
          this.del([...from, key]);
        }
      }
      this.del(from);
      return;
    }
    this.del(from);
    this.note({
      path: formatPath(from),
      before: value,
      why: `${why} ${formatPath(to)} is already set, so that value is kept and this one removed.`,
    });
  }

  /** Sets `to` from an old setting unless the admin already set it; a value equal to the default is just dropped. */
  replace(from: Path, to: Path, after: Json, why: string): void {
    const before = this.get(from);
    if (before === undefined) return;
    this.del(from);
    if (this.has(to)) {
      this.note({ path: formatPath(from), before, why: `${why} ${formatPath(to)} is already set and is kept.` });
    } else if (deepEqual(after, getIn(chartDefaults, to))) {
      this.note({ path: formatPath(from), to: formatPath(to), before, after, why: `${why} That is ${CHART_VERSION}'s default, so nothing needs to be set.` });
    } else {
      this.set(to, after);
      this.note({ path: formatPath(from), to: formatPath(to), before, after, why });
    }
  }

  remove(path: Path, why: string): void {
    const before = this.get(path);
    if (before === undefined) return;
    this.del(path);
    this.note({ path: formatPath(path), before, why });
  }
}
