// Composition in the main process: editions → EditionLayout with the font service's faces.
export {
  composeEditionWithFonts,
  composePageWithFonts,
  type ComposeWithFontsOptions,
  editionFamilies,
  forgetLayoutEnv,
  layoutToolsFor,
} from './composeWithFonts';
