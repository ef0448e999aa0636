import { config } from 'zod';

/**
 * The page's content security policy forbids eval, so zod's compiled parsers cannot run; its
 * probe for them would still be reported as a policy violation on every start. Told once,
 * before any schema is built (schemas decide when they are built), zod skips the probe.
 */
config({ jitless: true });
