// env.ts: LayoutEnv, everything the composition engine needs from outside (like Typst's World,
// docs/conventions.md §2). shared/layout never reaches for fonts, files, wasm or the clock: the
// caller builds an env (main from its font service, the renderer from the host API's listFonts
// and readFont, a test from fixture fonts) and passes it in. Same env in, same layout out.
import type { FontCatalog, Shaper } from './fonts';

export interface LayoutEnv {
  /**
   * The faces the layout may use, by id and by family. Their order is priority (an edition's
   * own fonts, then the defaults, then system fonts), so both processes, given the same list,
   * pick the same face for a style.
   */
  readonly fonts: FontCatalog;
  /** Text → glyphs (HarfBuzz in every process; see fonts/harfbuzzShaper.ts). */
  readonly shaper: Shaper;
}
