// Code that arrives with a link or an imported file waits for the admin's review before it joins
// the work: places.ts says where code can go in the chart's values, hold.ts splits it off and puts
// it back, describe.ts says what each piece is.
export { acceptAllCode, acceptCode, dropAllCode, dropCode, holdForReview, joinAll, pieceId, splitForReview } from './hold.ts';
export { describePiece, reviewItems, waitingSentence } from './describe.ts';
export { importForReview } from './import-for-review.ts';
export { restorePending } from './restore-pending.ts';
export { CODE_KINDS, type CodeKind, type CodeReviewItem, type PendingCode } from './types.ts';
