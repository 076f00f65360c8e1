// bareEditor.ts: the "floor" of a keystroke (editor.bench.ts, BENCH_ONLY=floor): a plain Lexical
// rich-text editor, with none of Galley's story editor, store, composer or page view behind it,
// measuring beforeinput → the frame after its update was reconciled to the DOM, the same span
// Galley's `galley:edit-to-paint` measures. Bundled into the bench's copy of the window as is.
import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical';
import { registerRichText } from '@lexical/rich-text';

interface FloorSetup {
  /** The story's paragraphs, as text. */
  readonly paragraphs: readonly string[];
  /** The element the editor takes over. */
  readonly rootId: string;
  /** The name of the performance measures, one per edit. */
  readonly measure: string;
}

declare global {
  interface Window {
    floorSetup?: FloorSetup;
    floorReady?: boolean;
  }
}

const setup = window.floorSetup;
const root = setup ? document.getElementById(setup.rootId) : null;
if (!setup || !root) throw new Error('bareEditor: window.floorSetup and its root element are needed');
const { paragraphs, measure } = setup;

const editor = createEditor({
  namespace: 'floor',
  theme: { paragraph: 'se-paragraph' },
  onError: (error) => {
    throw error;
  },
});
editor.setRootElement(root);
registerRichText(editor);
editor.update(
  () => {
    for (const text of paragraphs) $getRoot().append($createParagraphNode().append($createTextNode(text)));
  },
  { discrete: true },
);

const START = `${measure}:start`;
let pending = false;
root.addEventListener(
  'beforeinput',
  () => {
    performance.clearMarks(START);
    performance.mark(START);
    pending = true;
  },
  true,
);
// As canvas/repaintProbe.ts: a message posted from requestAnimationFrame runs after that frame.
const channel = new MessageChannel();
channel.port1.onmessage = () => performance.measure(measure, START);
editor.registerUpdateListener(() => {
  if (!pending) return;
  pending = false;
  requestAnimationFrame(() => channel.port2.postMessage(null));
});
window.floorReady = true;
