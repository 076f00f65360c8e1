// pages/: the pages panel and the page edits it makes.
export { freshIds } from '../state/ids';
export { newPageLabel, relabelOps, withRelabel } from './pageLabels';
export { addPageEdit, applyMasterEdit, deletePageEdit, duplicatePageEdit, movePageEdit, type PageEdit, pageFieldsEdit } from './pageOps';
export { PagesPanel, type PagesPanelProps } from './PagesPanel';
