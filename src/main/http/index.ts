// The loopback HTTP host behind `galley serve`.
export { DEFAULT_BODY_LIMIT, type HttpHost, type HttpHostOptions, RendererBuildMissingError, type ServedEditions, startHttpHost } from './server';
export { RENDERER_CSP } from './securityHeaders';
