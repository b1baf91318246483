import { type ReactNode } from 'react';

import { type McpViewer } from '../../types/mcp-viewer.type';
import { type TokenSource } from '../../types/token-source.type';
import { SettingsNav } from './settings-nav';

export const SettingsLayout = ({
  viewer,
  source,
  onSignOut,
  children,
}: {
  viewer: McpViewer;
  source: TokenSource;
  onSignOut: () => void;
  children: ReactNode;
}) => (
  <div className="layout">
    <aside className="sidebar">
      <p className="sidebar-eyebrow">Settings</p>
      <p className="sidebar-title">MCP server</p>
      <SettingsNav />
      <div className="sidebar-footer">
        <p className="viewer-name">{viewer.name}</p>
        <p className="viewer-detail">
          {viewer.roleLabel} · {viewer.workspaceName}
        </p>
        {source === 'twenty' && (
          <p className="viewer-detail">Signed in through Twenty</p>
        )}
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={onSignOut}
        >
          Sign out
        </button>
      </div>
    </aside>
    <main className="main">{children}</main>
  </div>
);
