export const InstanceDisabledNotice = () => (
  <div className="notice notice-warning" role="note">
    <p>
      <strong>MCP is switched off for this Twenty instance.</strong> Clients get
      404 whatever you set here. To switch it on, set{' '}
      <code>MCP_ENABLED=true</code> in the server’s environment and restart it.
    </p>
  </div>
);
