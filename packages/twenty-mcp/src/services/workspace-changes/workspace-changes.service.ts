import { Injectable } from '@nestjs/common';

type Listener = (workspaceId: string) => Promise<void> | void;

// Says "this workspace's MCP surface may have changed" (settings, exposure)
// to whoever keeps clients up to date, without the writer knowing them.
@Injectable()
export class WorkspaceChangesService {
  private readonly listeners = new Set<Listener>();

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);

    return () => this.listeners.delete(listener);
  }

  async notifyChanged(workspaceId: string): Promise<void> {
    await Promise.all(
      [...this.listeners].map((listener) => listener(workspaceId)),
    );
  }
}
