import { Inject, Injectable } from '@nestjs/common';

import { TWENTY_MCP_CONFIG } from '../../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../../config/types/twenty-mcp-config.type';

type SlotKind = 'toolCall' | 'stream';

// Gives a slot back; calling it again does nothing.
export type ReleaseSlot = () => void;

// What one credential holds at once in this process: running tool calls
// (each can hold a database connection) and open notification streams
// (each holds a socket and a server). Over its limit a credential is
// refused at once rather than queued: a queue would keep HTTP requests and
// sockets open on the server's side, which is the exhaustion the limit
// prevents, and a client can retry a clear refusal.
@Injectable()
export class CredentialSlots {
  private readonly held = new Map<string, number>();
  private readonly limits: Record<SlotKind, number>;

  constructor(@Inject(TWENTY_MCP_CONFIG) config: TwentyMcpConfig) {
    this.limits = {
      toolCall: config.limits.maxConcurrentToolCallsPerToken,
      stream: config.limits.maxOpenStreamsPerToken,
    };
  }

  limit(kind: SlotKind): number {
    return this.limits[kind];
  }

  // How many slots of this kind the credential holds right now.
  heldBy(kind: SlotKind, credentialId: string): number {
    return this.held.get(`${kind}:${credentialId}`) ?? 0;
  }

  // Null when the credential already holds its limit of this kind.
  tryAcquire(kind: SlotKind, credentialId: string): ReleaseSlot | null {
    const key = `${kind}:${credentialId}`;
    const count = this.held.get(key) ?? 0;

    if (count >= this.limits[kind]) {
      return null;
    }

    this.held.set(key, count + 1);
    let released = false;

    return () => {
      if (released) {
        return;
      }

      released = true;
      const left = (this.held.get(key) ?? 1) - 1;

      if (left === 0) {
        this.held.delete(key);
      } else {
        this.held.set(key, left);
      }
    };
  }
}
