/**
 * zod's parse option for a schema read once a run (a config, each rule's options, stated facts). On
 * a schema's first parse zod writes and compiles a parser for it with `new Function`, which pays off
 * only over many parses: schemas parsed many times (OCDS releases, cache entries) keep it.
 */
export const ONCE = { jitless: true } as const;
