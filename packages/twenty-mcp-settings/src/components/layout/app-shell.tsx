import { useSession } from '../../hooks/use-session';
import { ForbiddenPage } from '../sign-in/forbidden-page';
import { SignInPage } from '../sign-in/sign-in-page';
import { LoadingState } from '../ui/loading-state';
import { CurrentPage } from './current-page';
import { SettingsLayout } from './settings-layout';

export const AppShell = () => {
  const { session, signOut } = useSession();

  switch (session.status) {
    case 'checking':
      return (
        <main className="centered">
          <LoadingState label="Checking your session…" />
        </main>
      );
    case 'signed-out':
      return <SignInPage notice={session.notice} />;
    case 'forbidden':
      return <ForbiddenPage message={session.message} onSignOut={signOut} />;
    case 'signed-in':
      return (
        <SettingsLayout
          viewer={session.viewer}
          source={session.source}
          onSignOut={signOut}
        >
          <CurrentPage />
        </SettingsLayout>
      );
  }
};
