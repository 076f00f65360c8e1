// en.ts: the CLI's messages in English, the default language. The catalog's shape is the
// contract zh-CN must match (see messages/index.ts). Edition content (slugs, headlines) is
// printed as it is, in whatever language it was written.

export const en = {
  usage: 'Usage: galley <command> [options]',
  commandsHeading: 'Commands:',
  optionsHeading: 'Options:',
  globalOptionsHeading: 'Global options:',
  commandUsage: (usage: string) => `Usage: galley ${usage}`,
  moreHelp: 'Run `galley <command> --help` for the options of one command.',
  opt: {
    help: 'show help (for a command: galley <command> --help)',
    version: 'print the version and exit',
    lang: 'language of messages: en or zh-CN (default: GALLEY_LANG, else zh-CN under a Chinese locale, else en)',
    debug: 'print stack traces with errors',
    json: 'print one JSON object instead of text',
  },
  errorPrefix: 'error: ',
  usageHint: (command: string | null) => (command ? `Run \`galley ${command} --help\` for usage.` : 'Run `galley --help` for usage.'),
  unknownCommand: (name: string) => `unknown command "${name}"`,
  missingCommand: 'no command given',
  badLang: (value: string) => `unknown language "${value}"; use en or zh-CN`,
  badArgs: (detail: string) => detail,
  tooFewArgs: (names: string) => `missing ${names}`,
  tooManyArgs: (extra: string) => `unexpected argument ${extra}`,
  noEdition: (path: string) => `no edition at ${path}: the folder does not exist`,
  notAFolder: (path: string) => `${path} is not an edition folder (it is a file)`,
  loadFailed: (file: string, jsonPath: string, reason: string) => `cannot load ${file}: at ${jsonPath}: ${reason}`,
  fileError: (path: string, reason: string) => `${path}: ${reason}`,
  internal: (message: string) => `internal error: ${message}`,
  debugHint: 'Run again with --debug for the stack trace.',
  locked: (dir: string, who: string, stale: boolean) =>
    stale
      ? `${dir} is locked by ${who}, a process that no longer runs: take the lock over with --take-over, or open it with --read-only.`
      : `${dir} is open by ${who}. Open it with --read-only to look without editing, or ask them to close it.`,
  lockHolder: (user: string, host: string, pid: number, since: string) => `${user} on ${host} (pid ${pid}) since ${since}`,

  new: {
    summary: 'create an edition folder (empty, or the sample page with --sample)',
    sample: 'fill it with the sample page: the seed articles laid out, with a photo',
    preset: 'page format: broadsheet (对开, default) or tabloid (四开)',
    paper: 'name of the paper (default 未命名)',
    date: 'publication date, YYYY-MM-DD (default today)',
    badPreset: (value: string) => `unknown preset "${value}"; use broadsheet or tabloid`,
    badDate: (value: string) => `--date must be a real date as YYYY-MM-DD, not "${value}"`,
    badPaper: '--paper must not be empty',
    sampleIsBroadsheet: 'the sample page is laid out on the broadsheet grid; drop --preset tabloid or --sample',
    created: (dir: string) => `Created edition ${dir}`,
    contents: (pages: number, frames: number, stories: number, assets: number) =>
      `  ${pages} page(s), ${frames} frame(s), ${stories} stor${stories === 1 ? 'y' : 'ies'}, ${assets} asset(s)`,
    wrote: (path: string, bytes: number) => `  wrote ${path} (${bytes} bytes)`,
    reportHeading: 'Import of the sample text:',
  },
  import: {
    summary: 'import text files (seed, .txt, .md) as new stories into an edition',
    into: 'the edition folder to add the stories to (required)',
    missingInto: 'missing --into EDITION',
    failed: (file: string, location: string, reason: string) => `cannot import ${file}${location === '' ? '' : ` at ${location}`}: ${reason}`,
    fileHeading: (file: string, stories: number) => `${file}: ${stories} stor${stories === 1 ? 'y' : 'ies'}`,
    saved: (dir: string, added: number, revision: number) => `Saved ${dir}: ${added} stor${added === 1 ? 'y' : 'ies'} added (revision ${revision}).`,
    nothing: (file: string) => `${file}: no stories found`,
  },
  info: {
    summary: 'describe an edition: pages, frames, stories',
    edition: (name: string, paper: string, date: string, schema: number) => `${name}: ${paper}, ${date} (schema ${schema})`,
    format: (name: string, w: string, h: string, bleed: string, cols: number, gutter: string, body: number, pitch: number) =>
      `Format ${name}: trim ${w} × ${h} mm, bleed ${bleed} mm, ${cols} columns, gutter ${gutter} mm, body ${body} pt on ${pitch} pt lines`,
    pagesHeading: (n: number) => `Pages (${n})`,
    page: (label: string, section: string, id: string, frames: number) => `${label}  ${section || '-'}  [${id}]  ${frames} frame(s)`,
    master: (name: string, frames: number) => `master ${name} (${frames} frame(s))`,
    frameHeader: ['ID', 'KIND', 'X mm', 'Y mm', 'W mm', 'H mm', 'COLS', 'CONTENT'],
    storiesHeading: (n: number) => `Stories (${n})`,
    storyHeader: ['ID', 'SLUG', 'STATUS', '字', 'PARAS', 'PLACED', 'NOTES', 'HEADLINE'],
    yes: 'yes',
    no: 'no',
    none: '(none)',
  },
  serve: {
    summary: 'serve an edition to a browser on this machine (loopback only, with a token)',
    port: 'port to listen on (default 0: any free port)',
    readOnly: 'open without the lock; edits are refused',
    takeOver: 'take over a lock left by a process that is no longer running',
    rendererDir: 'the renderer build to serve (default out/renderer of this checkout)',
    badPort: (value: string) => `--port must be a whole number from 0 to 65535, not "${value}"`,
    portUnavailable: (port: number) => `cannot listen on 127.0.0.1:${port}: the port is in use or not allowed; pick another --port, or 0 for any free one`,
    rendererMissing: (file: string) => `the renderer build is missing (${file} does not exist); run \`npm run build\` first`,
    autosaveFailed: (reason: string) => `autosave failed (it will be retried; nothing is lost): ${reason}`,
    readOnlyNote: (who: string | null) => (who ? `Read-only: the edition is locked by ${who}.` : 'Read-only: edits are refused.'),
    stopHint: 'Press Ctrl+C to stop.',
    stopping: (signal: string) => `${signal}: saving and closing the edition…`,
    stopped: 'Stopped.',
  },
};

export type Messages = typeof en;
