// catalogs/: UI strings by feature, so each part of the app keeps its own strings beside the
// others'. Each feature file exports a zh-CN object (`as const`; its keys are the feature's
// message keys) and an en object typed against it; both are merged into the dictionaries here.
// Keys are namespaced by feature ('pages.add', 'frame.align.left' …) so merges never collide.

export const featureZhCN = {} as const;

export const featureEn: Readonly<Record<keyof typeof featureZhCN, string>> = {};
