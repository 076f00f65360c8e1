// export/: the export dialog (File → Export PDF, or the toolbar in a browser).
export { ExportDialog, type ExportDialogProps } from './ExportDialog';
