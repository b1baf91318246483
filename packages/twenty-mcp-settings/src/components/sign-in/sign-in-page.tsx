import { type FormEvent, useEffect, useId, useRef, useState } from 'react';

import { SIGN_IN } from '../../graphql/mutations/sign-in';
import { graphqlRequest } from '../../graphql/utils/graphql-request.util';
import { useSession } from '../../hooks/use-session';
import { type McpWorkspaceChoice } from '../../types/mcp-workspace-choice.type';
import { type SignInResult } from '../../types/sign-in-result.type';
import { getErrorMessage } from '../../utils/get-error-message.util';
import { readTwentySignInUrl } from '../../utils/read-twenty-sign-in-url.util';
import { ErrorMessage } from '../ui/error-message';
import { PageHeader } from '../ui/page-header';
import { StatusMessage } from '../ui/status-message';
import { WorkspacePicker } from './workspace-picker';

// Through Twenty's own sign-in when the server offers it (the only way in
// for Google, Microsoft and SSO accounts), else or also with the email and
// password of a Twenty user; a user of several workspaces then picks one,
// and signs in again with it.
export const SignInPage = ({ notice }: { notice: string | null }) => {
  const { signInWithToken } = useSession();
  const emailId = useId();
  const passwordId = useId();
  const twentyHintId = useId();
  const [twentySignInUrl] = useState(() => readTwentySignInUrl());
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [workspaces, setWorkspaces] = useState<McpWorkspaceChoice[] | null>(
    null,
  );
  const [workspaceId, setWorkspaceId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const pickerRef = useRef<HTMLFieldSetElement>(null);

  useEffect(() => {
    if (workspaces) {
      pickerRef.current?.querySelector('input')?.focus();
    }
  }, [workspaces]);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();

    if (isSubmitting) {
      return;
    }
    setError(null);
    setIsSubmitting(true);

    try {
      const { signIn } = await graphqlRequest<{ signIn: SignInResult }>({
        query: SIGN_IN,
        variables: {
          input: { email, password, ...(workspaces ? { workspaceId } : {}) },
        },
      });

      if (signIn.accessToken) {
        await signInWithToken(signIn.accessToken);
      } else if (signIn.workspaces.length === 0) {
        setError('This account is not a member of any workspace.');
      } else {
        setWorkspaces(signIn.workspaces);
        setWorkspaceId(signIn.workspaces[0].id);
      }
    } catch (caught) {
      setError(getErrorMessage(caught));
    } finally {
      setIsSubmitting(false);
    }
  };

  const forgetWorkspaces = () => setWorkspaces(null);

  return (
    <main className="centered">
      <div className="sign-in-card">
        <PageHeader
          title="Sign in to MCP settings"
          description="Use your Twenty account. Managing MCP needs a role with the “API keys and webhooks” permission."
        />
        {notice && <StatusMessage>{notice}</StatusMessage>}
        {twentySignInUrl && (
          <>
            <div className="sign-in-twenty">
              {/* A full page load: Twenty's sign-in brings the browser back. */}
              <a
                href={twentySignInUrl}
                className="button button-primary button-block"
                aria-describedby={twentyHintId}
              >
                Sign in with Twenty
              </a>
              <p id={twentyHintId} className="field-hint">
                Use the account you sign in to Twenty with, including Google,
                Microsoft and SSO accounts.
              </p>
            </div>
            <p className="sign-in-separator">or use your email and password</p>
          </>
        )}
        <form
          className="form"
          aria-label="Sign in with your Twenty account"
          onSubmit={(event) => void handleSubmit(event)}
        >
          <div className="field">
            <label htmlFor={emailId} className="field-label">
              Email
            </label>
            <input
              id={emailId}
              className="input"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => {
                setEmail(event.target.value);
                forgetWorkspaces();
              }}
            />
          </div>
          <div className="field">
            <label htmlFor={passwordId} className="field-label">
              Password
            </label>
            <input
              id={passwordId}
              className="input"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => {
                setPassword(event.target.value);
                forgetWorkspaces();
              }}
            />
          </div>
          {workspaces && (
            <WorkspacePicker
              ref={pickerRef}
              workspaces={workspaces}
              value={workspaceId}
              onChange={setWorkspaceId}
            />
          )}
          {error && <ErrorMessage>{error}</ErrorMessage>}
          <button
            type="submit"
            className={`button ${twentySignInUrl ? 'button-secondary' : 'button-primary'}`}
            aria-disabled={isSubmitting}
          >
            {isSubmitting ? 'Signing in…' : workspaces ? 'Continue' : 'Sign in'}
          </button>
        </form>
      </div>
    </main>
  );
};
