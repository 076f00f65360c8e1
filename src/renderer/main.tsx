// main.tsx: the renderer's entry point. It is kept tiny on purpose: it sends the opening's first
// requests (host/early.ts: the edition, the font listing, HarfBuzz's wasm) within a few ms of
// navigation, and only then evaluates the chunk with the model, zod and the layout engine
// (app/boot.ts), which takes the main thread for ~0.1–0.2 s. index.html has the browser fetch
// and compile that chunk and the React one meanwhile (electron.vite.config.ts).
import './styles/app.css';
import { startEarlyCalls } from './host/early';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const early = startEarlyCalls();
void import('./app/boot').then(({ boot }) => boot(root, early));
