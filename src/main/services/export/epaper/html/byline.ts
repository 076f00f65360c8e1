// byline.ts: the people a printed 署名 line names, for schema.org's `author`. The line is kept as
// printed everywhere else (□特约通讯员 刘畅, □记者 王乐平 董宏涛); here the box, the roles and
// the separators go, and what remains are names.

/** Role words as bylines print them (记者, 本报记者, 特约通讯员, 实习生, 摄影 …). */
const ROLE = /^(?:本报|特约|见习|实习)?(?:记者|通讯员|实习生|编辑|摄影|摄|文|图|文\/图|文图)$/u;

/** The names in a byline, in order, without duplicates; [] when none can be told apart. */
export function bylineNames(byline: string): string[] {
  const tokens = byline
    .normalize('NFC')
    .replace(/^[□■◇◆\s]+/u, '')
    .split(/[\s、，,；;]+/u)
    .map((t) => t.replace(/^(?:本报|特约|见习|实习)?(?:记者|通讯员)(?=\S)/u, ''))
    .filter((t) => t !== '' && !ROLE.test(t));
  return [...new Set(tokens)];
}
