// catalogs/: UI strings by feature, so each part of the app keeps its own strings beside the
// others'. Each feature file exports a zh-CN object (`as const`; its keys are the feature's
// message keys) and an en object typed against it; both are merged into the dictionaries here.
// Keys are namespaced by feature ('pages.add', 'frame.align.left' …) so merges never collide.
import { framesEn, framesZhCN } from './frames';
import { photosEn, photosZhCN } from './photos';
import { editionsEn, editionsZhCN } from './editions';
import { storiesEn, storiesZhCN } from './stories';
import { viewEn, viewZhCN } from './view';
import { pagesEn, pagesZhCN } from './pages';
import { epaperEn, epaperZhCN } from './epaper';
import { defaultNamesEn, defaultNamesZhCN } from './defaultNames';

export const featureZhCN = { ...framesZhCN, ...photosZhCN, ...editionsZhCN, ...storiesZhCN, ...viewZhCN, ...pagesZhCN, ...epaperZhCN, ...defaultNamesZhCN } as const;

export const featureEn: Readonly<Record<keyof typeof featureZhCN, string>> = { ...framesEn, ...photosEn, ...editionsEn, ...storiesEn, ...viewEn, ...pagesEn, ...epaperEn, ...defaultNamesEn };
