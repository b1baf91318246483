import { PageHeader } from '../ui/page-header';

export const ForbiddenPage = ({
  message,
  onSignOut,
}: {
  message: string;
  onSignOut: () => void;
}) => (
  <main className="centered">
    <div className="sign-in-card">
      <PageHeader title="You cannot manage MCP for this workspace" />
      <div role="alert" className="notice notice-warning">
        <p>{message}</p>
      </div>
      <button
        type="button"
        className="button button-secondary"
        onClick={onSignOut}
      >
        Sign in with another account
      </button>
    </div>
  </main>
);
