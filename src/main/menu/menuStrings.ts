// menuStrings.ts: the main process's own UI text (menus, dialogs), zh-CN first, en second.
// The renderer has its own dictionaries; these are the only strings main shows.

export type MainLocale = 'zh-CN' | 'en';

export interface MainStrings {
  file: string;
  newEdition: string;
  open: string;
  openRecent: string;
  save: string;
  saveAs: string;
  help: string;
  shortcuts: string;
  chooseSaveAs: string;
  importText: string;
  editionDetails: string;
  exportPdf: string;
  exportEpaper: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  view: string;
  zoomIn: string;
  zoomOut: string;
  zoomFit: string;
  rulers: string;
  guides: string;
  chooseNewFolder: string;
  chooseEdition: string;
  chooseTextFile: string;
  textFiles: string;
  lockedTitle: string;
  lockedMessage: (who: string, host: string, since: string) => string;
  openReadOnly: string;
  takeOver: string;
  cancel: string;
  openFailedTitle: string;
  importDoneTitle: string;
}

const zhCN: MainStrings = {
  file: '文件',
  newEdition: '新建版面…',
  open: '打开…',
  openRecent: '最近的版面…',
  save: '保存',
  saveAs: '另存为…',
  help: '帮助',
  shortcuts: '键盘快捷键',
  chooseSaveAs: '另存为：选择新版面文件夹的位置与名称',
  importText: '导入文本…',
  editionDetails: '版面信息…',
  exportPdf: '导出 PDF…',
  exportEpaper: '导出数字报…',
  quit: '退出',
  edit: '编辑',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  view: '视图',
  zoomIn: '放大',
  zoomOut: '缩小',
  zoomFit: '适合窗口',
  rulers: '标尺',
  guides: '参考线',
  chooseNewFolder: '选择新版面的保存位置',
  chooseEdition: '打开版面（.galley 文件夹）',
  chooseTextFile: '选择要导入的稿件',
  textFiles: '文本稿件',
  lockedTitle: '版面已被占用',
  lockedMessage: (who, host, since) => `此版面正由 ${who}（${host}）自 ${since} 起编辑。可以只读打开。`,
  openReadOnly: '只读打开',
  takeOver: '接管（对方进程已不存在）',
  cancel: '取消',
  openFailedTitle: '无法打开版面',
  importDoneTitle: '导入完成',
};

const en: MainStrings = {
  file: 'File',
  newEdition: 'New Edition…',
  open: 'Open…',
  openRecent: 'Open Recent…',
  save: 'Save',
  saveAs: 'Save As…',
  help: 'Help',
  shortcuts: 'Keyboard Shortcuts',
  chooseSaveAs: 'Save As: choose where the copy of the edition goes, and its name',
  importText: 'Import Text…',
  editionDetails: 'Edition Details…',
  exportPdf: 'Export PDF…',
  exportEpaper: 'Export E-paper…',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  view: 'View',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  zoomFit: 'Fit Page',
  rulers: 'Rulers',
  guides: 'Guides',
  chooseNewFolder: 'Choose where to save the new edition',
  chooseEdition: 'Open an edition (.galley folder)',
  chooseTextFile: 'Choose copy to import',
  textFiles: 'Text copy',
  lockedTitle: 'Edition in use',
  lockedMessage: (who, host, since) => `${who} (${host}) has been editing this edition since ${since}. You can open it read-only.`,
  openReadOnly: 'Open Read-only',
  takeOver: 'Take Over (their process is gone)',
  cancel: 'Cancel',
  openFailedTitle: 'Cannot open the edition',
  importDoneTitle: 'Import finished',
};

/** zh-CN unless the system asks for another language we have. */
export function mainStrings(systemLocale: string): MainStrings {
  return systemLocale.toLowerCase().startsWith('en') ? en : zhCN;
}
