// The Header's dialogs, loaded when one is first opened: none of them is needed to paint the page
// or to edit, so they stay out of the first bundle.
export { ImportDialog } from './import/ImportDialog.tsx';
export { EarlierSetupsDialog } from './share/EarlierSetupsDialog.tsx';
export { ShareDialog } from './share/ShareDialog.tsx';
