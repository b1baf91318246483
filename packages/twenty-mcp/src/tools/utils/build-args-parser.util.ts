import { type z } from 'zod';

import { type ParsedToolArgs } from '../types/parsed-tool-args.type';
import { formatZodIssues } from './format-zod-issues.util';

// A tool's parseArgs from its zod schema.
export const buildArgsParser =
  <Schema extends z.ZodType>(schema: Schema) =>
  (args: unknown): ParsedToolArgs<z.output<Schema>> => {
    // reportInput: issues carry the value, so a missing one reads as missing.
    const result = schema.safeParse(args, { reportInput: true });

    return result.success
      ? { success: true, data: result.data }
      : { success: false, error: formatZodIssues(result.error.issues) };
  };
