import { type ToolAnnotations } from '../types/tool-annotations.type';

type Hints = Omit<ToolAnnotations, 'title'>;

// Reads change nothing; updates and deletes change or remove what exists
// (destructive) but repeating them changes nothing more (idempotent);
// creating adds records each time.
export const TOOL_HINTS: Record<
  'read' | 'create' | 'update' | 'delete' | 'restore' | 'destroy',
  Hints
> = {
  read: {
    readOnlyHint: true,
    destructiveHint: false,
    idempotentHint: true,
    openWorldHint: false,
  },
  create: {
    readOnlyHint: false,
    destructiveHint: false,
    idempotentHint: false,
    openWorldHint: false,
  },
  update: {
    readOnlyHint: false,
    destructiveHint: true,
    idempotentHint: true,
    openWorldHint: false,
  },
  delete: {
    readOnlyHint: false,
    destructiveHint: true,
    idempotentHint: true,
    openWorldHint: false,
  },
  restore: {
    readOnlyHint: false,
    destructiveHint: false,
    idempotentHint: true,
    openWorldHint: false,
  },
  destroy: {
    readOnlyHint: false,
    destructiveHint: true,
    idempotentHint: true,
    openWorldHint: false,
  },
};
