// main.tsx: the renderer's entry point. It is kept small on purpose: it starts the opening
// (app/opening.ts: the edition, the fonts, HarfBuzz) and evaluates React and the editing screen
// only once the font files have been requested (see FIRST_RENDER_WAIT_MS). index.html already
// has the browser fetch and compile that chunk meanwhile (electron.vite.config.ts), so its
// evaluation cannot hold up the answers that decide which fonts to download.
import './styles/app.css';
import { startOpening } from './app/opening';
import { createHost } from './host';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const host = createHost();
const opening = startOpening(host);
void opening.requested.then(() => import('./app/mountApp')).then(({ mountApp }) => mountApp(root, host, opening));
