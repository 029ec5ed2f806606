// What the config.yaml editor offers from the chart's schema: keys at a position, a key's hover.
export { keyCompletionsAt, type KeyCompletion, type KeyCompletions } from './key-completions.ts';
export { keyHoverAt, type KeyHover } from './key-hover.ts';
export { referenceLink, REFERENCE_URL } from './reference-link.ts';
export { errorMarker, markersFor, type TextMarker } from './text-markers.ts';
export { smallestEdit } from './smallest-edit.ts';
