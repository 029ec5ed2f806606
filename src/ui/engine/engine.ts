// Everything heavy the page needs but not for its first paint: the chart renderer, validation (with
// the schema validator and the Python parser), permalinks, import and the yaml library. It is one
// lazily loaded chunk (see load-engine.ts), so the first bundle stays small.
export { manifestsToYaml, renderRelease } from '../../core/chart/index.ts';
export { writeConfig } from '../../core/config/write-config-for-state.ts';
// every untrusted input (an imported text, a link) goes through the core's one restore
export { restore } from '../../core/restore/index.ts';
// code that arrives with a link waits for the admin's review before it joins the work
export { acceptAllCode, acceptCode, dropAllCode, dropCode, holdForReview, importForReview, reviewItems, waitingSentence } from '../../core/code-review/index.ts';
// a link's values are the Changes view's baseline (applied where a link opens)
export { setBaseline, withLinkBaseline } from '../../core/model/baseline.ts';
// the Changes tab: the diff against the baseline and what it means
export { changesForState } from '../../core/upgrade-diff/changes-for-state.ts';
export { describeField } from '../../core/upgrade-diff/format-text.ts';
export { formatFieldPath } from '../../core/upgrade-diff/field-diff.ts';
export { hunks } from '../../core/upgrade-diff/line-diff.ts';
export { validateState } from '../../core/validate/index.ts';
export { locateInText } from '../../core/validate/locate.ts';
export { encodePermalink } from '../../core/permalink/index.ts';
export { parseDocument, stringify } from 'yaml';
