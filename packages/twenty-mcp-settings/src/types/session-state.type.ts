import { type McpViewer } from './mcp-viewer.type';
import { type TokenSource } from './token-source.type';

export type SessionState =
  | { status: 'checking' }
  | { status: 'signed-out'; notice: string | null }
  | { status: 'forbidden'; message: string }
  | {
      status: 'signed-in';
      token: string;
      source: TokenSource;
      viewer: McpViewer;
    };
