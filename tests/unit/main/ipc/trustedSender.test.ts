import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../../src/main/ipc/trustedSender';

const app = { rendererFileUrl: 'file:///opt/galley/out/renderer/index.html', devServerUrl: null };
const dev = { ...app, devServerUrl: 'http://localhost:5173/' };
const ours = { frameUrl: 'file:///opt/galley/out/renderer/index.html', isMainFrame: true, isAppWindow: true };

describe('isTrustedSender', () => {
  it('accepts the app window’s own page', () => {
    expect(isTrustedSender(ours, app)).toBe(true);
    expect(isTrustedSender({ ...ours, frameUrl: `${ours.frameUrl}#/page/2` }, app)).toBe(true);
  });

  it('refuses another file, an iframe, another window and a destroyed frame', () => {
    expect(isTrustedSender({ ...ours, frameUrl: 'file:///tmp/evil.html' }, app)).toBe(false);
    expect(isTrustedSender({ ...ours, isMainFrame: false }, app)).toBe(false);
    expect(isTrustedSender({ ...ours, isAppWindow: false }, app)).toBe(false);
    expect(isTrustedSender({ ...ours, frameUrl: null }, app)).toBe(false);
  });

  it('refuses remote pages, and the dev server unless one is configured', () => {
    expect(isTrustedSender({ ...ours, frameUrl: 'https://example.com/' }, app)).toBe(false);
    expect(isTrustedSender({ ...ours, frameUrl: 'http://localhost:5173/' }, app)).toBe(false);
    expect(isTrustedSender({ ...ours, frameUrl: 'http://localhost:5173/index.html' }, dev)).toBe(true);
    expect(isTrustedSender({ ...ours, frameUrl: 'http://localhost:5174/' }, dev)).toBe(false);
    expect(isTrustedSender({ ...ours, frameUrl: 'not a url' }, dev)).toBe(false);
  });
});
