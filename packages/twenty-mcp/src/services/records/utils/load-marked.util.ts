import { type Lexer } from 'marked';

type MarkedModule = { Lexer: typeof Lexer };

let marked: Promise<MarkedModule> | undefined;

// marked ships as ESM only and this package is CommonJS, so it is loaded
// with a dynamic import (once) instead of require().
export const loadMarked = (): Promise<MarkedModule> =>
  (marked ??= import('marked'));
