// Parts of the page shown only after something happened (a link over saved work, another tab's
// save, an import, a drop): loaded on first use, so the first bundle holds only what every visit
// needs to paint and edit.
export { ImportErrorView } from './import/ImportErrorView.tsx';
export { ImportReportPanel } from './import/ImportReportPanel.tsx';
export { ReplaceWorkDialog } from './import/ReplaceWorkDialog.tsx';
export { NewWorkDialog } from './share/NewWorkDialog.tsx';
export { OpeningDialog } from './share/OpeningDialog.tsx';
export { OtherTabNotice } from './share/OtherTabNotice.tsx';
