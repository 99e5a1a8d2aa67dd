// zod compiles object parsers with `new Function` when it may, deciding when a
// schema is built; the built app's Content-Security-Policy forbids eval, and even
// zod's probe for it is reported as a violation. Imported first by main.tsx, before
// any schema exists. The interpreted parser checks the same schema.
import { z } from 'zod';

z.config({ jitless: true });
