// The page composer: Edition → EditionLayout (see ../flow for the rules of frame flow).
export { composeEdition, composePage, flowPlacedStory, type PageComposition } from './composeEdition';
export { composeFurniture, FURNITURE_STORY_ID, FURNITURE_STYLE_ID, furnitureStyle, templateAlignOn } from './furniture';
export { composeSlugLine, SLUG_FRAME_ID, type SlugPlacement, slugParagraphId } from './slugLine';
