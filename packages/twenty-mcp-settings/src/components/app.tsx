import { SessionProvider } from '../contexts/session-provider';
import { AppShell } from './layout/app-shell';

export const App = () => (
  <SessionProvider>
    <AppShell />
  </SessionProvider>
);
