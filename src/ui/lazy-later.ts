import { lazy } from 'react';

/** later.ts's components, each a React.lazy over the one chunk (rendered inside a Suspense). */
const load = () => import('./later.ts');
export const ImportErrorView = lazy(() => load().then((m) => ({ default: m.ImportErrorView })));
export const ImportReportPanel = lazy(() => load().then((m) => ({ default: m.ImportReportPanel })));
export const ReplaceWorkDialog = lazy(() => load().then((m) => ({ default: m.ReplaceWorkDialog })));
export const NewWorkDialog = lazy(() => load().then((m) => ({ default: m.NewWorkDialog })));
export const OpeningDialog = lazy(() => load().then((m) => ({ default: m.OpeningDialog })));
export const OtherTabNotice = lazy(() => load().then((m) => ({ default: m.OtherTabNotice })));
