import { z } from 'zod';
import { MAX_FILE_BYTES } from '../format/strategyFile';

/** Main treats every IPC argument as untrusted and checks it against these. */
const fileFilter = z.object({
  name: z.string().max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/i))
    .min(1)
    .max(10),
});

export const saveFileRequestSchema = z.object({
  suggestedName: z.string().min(1).max(255),
  content: z.union([
    z.string().max(MAX_FILE_BYTES),
    z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES),
  ]),
  mimeType: z.string().max(100).optional(),
  filters: z.array(fileFilter).max(10),
});

export const openFileRequestSchema = z.object({
  filters: z.array(fileFilter).max(10),
  maxBytes: z.number().int().positive().max(MAX_FILE_BYTES),
  as: z.enum(['text', 'bytes']).optional(),
});

export const languageSchema = z.enum(['en', 'ko']);

/** Only the app's own print view may be printed: a hash route with plain query characters. */
export const exportPdfRequestSchema = z.object({
  route: z
    .string()
    .max(2000)
    .regex(/^#\/print\/[A-Za-z0-9%._~-]+(\?[A-Za-z0-9=&%,._~+-]*)?$/),
  suggestedName: z.string().min(1).max(255),
});

/** Only the app's own presentation may go on the projector, by the same rules as a print route. */
export const openProjectorRequestSchema = z.object({
  route: z
    .string()
    .max(2000)
    .regex(/^#\/present\/[A-Za-z0-9%._~-]+(\?[A-Za-z0-9=&%,._~+-]*)?$/),
});

/** The renderer's answer to a close request, tied to the request it answers. */
export const closeReadinessSchema = z.object({
  requestId: z.number().int().nonnegative(),
  unsaved: z.boolean(),
});
export type CloseReadiness = z.infer<typeof closeReadinessSchema>;
