import { useContext } from 'react';

import { SessionContext } from '../contexts/session-context';
import { type SessionContextValue } from '../types/session-context-value.type';

export const useSession = (): SessionContextValue => {
  const value = useContext(SessionContext);

  if (!value) {
    throw new Error('useSession must be used inside <SessionProvider>');
  }

  return value;
};
