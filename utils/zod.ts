/**
 * zod for the extension: jitless, so it never tries `new Function` (forbidden by
 * the extension's CSP, and a CSP violation in the console every time it tries).
 * Extension code imports zod from here.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
