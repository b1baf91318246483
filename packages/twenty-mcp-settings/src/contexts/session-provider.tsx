import {
  type ReactNode,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

import { FORBIDDEN_MESSAGE } from '../constants/forbidden-message.const';
import { SESSION_STORAGE_KEYS } from '../constants/session-storage-keys.const';
import { GraphqlRequestError } from '../graphql/errors/graphql-request-error';
import { GET_MCP_VIEWER } from '../graphql/queries/get-mcp-viewer';
import { fileRequest } from '../graphql/utils/file-request.util';
import { graphqlRequest } from '../graphql/utils/graphql-request.util';
import { type IssuedTokenMemo } from '../types/issued-token-memo.type';
import { type McpViewer } from '../types/mcp-viewer.type';
import { type SessionContextValue } from '../types/session-context-value.type';
import { type SessionState } from '../types/session-state.type';
import { type SignInRedirect } from '../types/sign-in-redirect.type';
import { type TokenSource } from '../types/token-source.type';
import { getErrorMessage } from '../utils/get-error-message.util';
import { readTwentySessionToken } from '../utils/read-twenty-session-token.util';
import { takeSignInRedirect } from '../utils/take-sign-in-redirect.util';
import { SessionContext } from './session-context';

type Candidate = { token: string; source: TokenSource };

const EXPIRED_NOTICE = 'Your session has expired. Sign in again.';

const TWENTY_SIGN_IN_REFUSED_NOTICE =
  'Twenty’s sign-in did not give access to the MCP settings. Sign in again.';

const hasCode = (error: unknown, code: string) =>
  error instanceof GraphqlRequestError && error.code === code;

// A token this page signed in with lasts as long as the tab, so a reload
// keeps the session; signing in undoes an earlier "Sign out" of Twenty's
// session.
const rememberSignIn = (token: string) => {
  sessionStorage.setItem(SESSION_STORAGE_KEYS.token, token);
  sessionStorage.removeItem(SESSION_STORAGE_KEYS.ignoreTwentySession);
};

// The token this tab signed in with, else Twenty's own session unless the
// user signed out of it here.
const findCandidates = (): Candidate[] => {
  const candidates: Candidate[] = [];
  const stored = sessionStorage.getItem(SESSION_STORAGE_KEYS.token);

  if (stored) {
    candidates.push({ token: stored, source: 'sign-in' });
  }

  if (!sessionStorage.getItem(SESSION_STORAGE_KEYS.ignoreTwentySession)) {
    const twentyToken = readTwentySessionToken(document.cookie);

    if (twentyToken) {
      candidates.push({ token: twentyToken, source: 'twenty' });
    }
  }

  return candidates;
};

export const SessionProvider = ({ children }: { children: ReactNode }) => {
  const [session, setSession] = useState<SessionState>({
    status: 'checking',
  });
  const [issuedToken, setIssuedToken] = useState<IssuedTokenMemo | null>(null);
  const tokenRef = useRef<string | null>(null);
  // Bumped whenever a session ends: an answer that arrives afterwards for
  // an older attempt (a sign-in check, a page's query) changes nothing, so
  // "Sign out" is never undone or reworded by a request still in flight.
  const generationRef = useRef(0);
  // Taken once: StrictMode runs the start-up effect twice, and the first run
  // already removed the fragment from the address.
  const redirectRef = useRef<SignInRedirect | null | undefined>(undefined);

  const endSession = useCallback((notice: string | null) => {
    generationRef.current += 1;
    tokenRef.current = null;
    sessionStorage.removeItem(SESSION_STORAGE_KEYS.token);
    setIssuedToken(null);
    setSession({ status: 'signed-out', notice });
  }, []);

  // The first candidate the API accepts becomes the session.
  const establish = useCallback(
    async (candidates: Candidate[], refusedNotice = EXPIRED_NOTICE) => {
      const generation = generationRef.current;
      const current = () => generation === generationRef.current;

      for (const candidate of candidates) {
        try {
          const { mcpViewer } = await graphqlRequest<{ mcpViewer: McpViewer }>({
            query: GET_MCP_VIEWER,
            token: candidate.token,
          });

          if (!current()) {
            return;
          }

          tokenRef.current = candidate.token;
          setSession({ status: 'signed-in', ...candidate, viewer: mcpViewer });

          return;
        } catch (error) {
          if (!current()) {
            return;
          }

          if (hasCode(error, 'UNAUTHENTICATED')) {
            if (candidate.source === 'sign-in') {
              sessionStorage.removeItem(SESSION_STORAGE_KEYS.token);
            }
            continue;
          }

          if (hasCode(error, 'FORBIDDEN')) {
            setSession({ status: 'forbidden', message: FORBIDDEN_MESSAGE });
          } else {
            setSession({
              status: 'signed-out',
              notice: getErrorMessage(error),
            });
          }

          return;
        }
      }

      if (current()) {
        setSession({
          status: 'signed-out',
          notice: candidates.length > 0 ? refusedNotice : null,
        });
      }
    },
    [],
  );

  // Back from Twenty's sign-in, its outcome decides, as the password form's
  // would: the token it gave is the only candidate.
  useEffect(() => {
    if (redirectRef.current === undefined) {
      redirectRef.current = takeSignInRedirect();
    }
    const redirect = redirectRef.current;

    if (redirect?.kind === 'error') {
      setSession({ status: 'signed-out', notice: redirect.message });
    } else if (redirect?.kind === 'token') {
      rememberSignIn(redirect.token);
      void establish(
        [{ token: redirect.token, source: 'sign-in' }],
        TWENTY_SIGN_IN_REFUSED_NOTICE,
      );
    } else {
      void establish(findCandidates());
    }
  }, [establish]);

  const signInWithToken = useCallback(
    async (token: string) => {
      rememberSignIn(token);
      await establish([{ token, source: 'sign-in' }]);
    },
    [establish],
  );

  const signOut = useCallback(() => {
    sessionStorage.setItem(SESSION_STORAGE_KEYS.ignoreTwentySession, 'true');
    endSession('You are signed out.');
  }, [endSession]);

  // UNAUTHENTICATED ends the session and FORBIDDEN shows the forbidden page,
  // unless the session the call was made in has ended since.
  const settle = useCallback(
    (error: unknown, generation: number) => {
      if (generation !== generationRef.current) {
        return;
      }

      if (hasCode(error, 'UNAUTHENTICATED')) {
        endSession(EXPIRED_NOTICE);
      } else if (hasCode(error, 'FORBIDDEN')) {
        setSession({ status: 'forbidden', message: FORBIDDEN_MESSAGE });
      }
    },
    [endSession],
  );

  const request = useCallback(
    async <TData,>(query: string, variables?: Record<string, unknown>) => {
      const generation = generationRef.current;

      try {
        return await graphqlRequest<TData>({
          query,
          variables,
          token: tokenRef.current,
        });
      } catch (error) {
        settle(error, generation);

        throw error;
      }
    },
    [settle],
  );

  const requestFile = useCallback(
    async (path: string) => {
      const generation = generationRef.current;

      try {
        return await fileRequest({ path, token: tokenRef.current });
      } catch (error) {
        settle(error, generation);

        throw error;
      }
    },
    [settle],
  );

  const value = useMemo<SessionContextValue>(
    () => ({
      session,
      signInWithToken,
      signOut,
      request,
      requestFile,
      issuedToken,
      setIssuedToken,
    }),
    [session, signInWithToken, signOut, request, requestFile, issuedToken],
  );

  return (
    <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
  );
};
