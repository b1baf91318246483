import { type IssuedTokenMemo } from './issued-token-memo.type';
import { type SessionState } from './session-state.type';

export type SessionContextValue = {
  session: SessionState;
  signInWithToken: (token: string) => Promise<void>;
  signOut: () => void;
  // A settings API call with the session's token. UNAUTHENTICATED ends the
  // session, FORBIDDEN switches to the forbidden page; both still throw.
  request: <TData>(
    query: string,
    variables?: Record<string, unknown>,
  ) => Promise<TData>;
  // A file the settings path serves to the session (the audit export),
  // path relative to the settings path; failures as for request.
  requestFile: (path: string) => Promise<Blob>;
  issuedToken: IssuedTokenMemo | null;
  setIssuedToken: (issued: IssuedTokenMemo | null) => void;
};
