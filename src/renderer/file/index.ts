// file/: the File area: new, open, recent, save as, import text, recovery after a crash, the
// save indicator and the keyboard shortcuts panel.
export { type FileArea, type FileCommands, useFileArea } from './useFileArea';
