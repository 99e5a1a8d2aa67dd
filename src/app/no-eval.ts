// zod compiles object parsers with `new Function` when it may, deciding when a
// schema is built; the built app's Content-Security-Policy forbids eval, and even
// zod's probe for it is reported as a violation. Imported first by main.tsx, before
// any schema exists. The interpreted parser checks the same schema.
// The schemas load later, off the first view, so zod is not imported here: zod keeps
// its configuration in `globalThis.__zod_globalConfig` and takes one already there
// (zod/v4/core/core.js), which is what `z.config({ jitless: true })` would set.
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true };
