import { TOKEN_PLACEHOLDER } from '../../constants/token-placeholder.const';
import { useSession } from '../../hooks/use-session';
import { buildClientConfigs } from '../../utils/build-client-configs.util';
import { SettingsSection } from '../ui/settings-section';
import { ClientConfigCard } from './client-config-card';

export const ClientConfigs = ({ url }: { url: string }) => {
  const { issuedToken } = useSession();
  const configs = buildClientConfigs({
    url,
    token: issuedToken?.token ?? TOKEN_PLACEHOLDER,
  });

  return (
    <SettingsSection
      title="Connect a client"
      description={
        issuedToken ? (
          <>
            Filled in with the token “{issuedToken.name}” you just issued. It is
            kept in this tab only: copy what you need now.
          </>
        ) : (
          <>
            Replace <code>{TOKEN_PLACEHOLDER}</code> with a token from the
            Tokens page.
          </>
        )
      }
    >
      <div className="client-configs">
        {configs.map((config) => (
          <ClientConfigCard key={config.id} config={config} />
        ))}
      </div>
    </SettingsSection>
  );
};
