// Without Twenty's Redis the server writes records, but Twenty's worker
// never hears of them: an admin must know before trusting automations.
export const EventsOffNotice = () => (
  <div className="notice notice-warning" role="note">
    <p>
      <strong>
        Records written through MCP do not reach Twenty’s timeline, audit logs,
        webhooks or workflows.
      </strong>{' '}
      The server has no Redis to announce them on. Set <code>REDIS_URL</code> to
      the Redis your Twenty server uses and restart it.
    </p>
  </div>
);
