// export/: the export dialogs (File → Export PDF and File → Export e-paper, or the toolbar in a browser).
export { EpaperDialog, type EpaperDialogProps } from './EpaperDialog';
export { ExportDialog, type ExportDialogProps } from './ExportDialog';
