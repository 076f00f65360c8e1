// panels/: everything around the page view.
export { NoticeBar, ReadOnlyBanner } from './Banners';
export { LayoutBanner } from './LayoutBanner';
export { StatusBar } from './StatusBar';
export { Toolbar, type ToolbarProps } from './Toolbar';
export { SidePanelSlot } from './SidePanelSlot';
export { useSidePanels } from './useSidePanels';
