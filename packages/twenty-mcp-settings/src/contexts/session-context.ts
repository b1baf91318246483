import { createContext } from 'react';

import { type SessionContextValue } from '../types/session-context-value.type';

export const SessionContext = createContext<SessionContextValue | null>(null);
