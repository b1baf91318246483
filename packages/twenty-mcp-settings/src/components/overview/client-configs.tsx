import { TOKEN_PLACEHOLDER } from '../../constants/token-placeholder.const';
import { useSession } from '../../hooks/use-session';
import { type ClientConfig } from '../../types/client-config.type';
import { SettingsSection } from '../ui/settings-section';
import { ClientConfigCard } from './client-config-card';

// The server builds the configurations (one builder for this page and the
// host's banner); a token issued in this tab takes the placeholder's place.
export const ClientConfigs = ({
  configs: templates,
}: {
  configs: ClientConfig[];
}) => {
  const { issuedToken } = useSession();
  const configs = issuedToken
    ? templates.map((config) => ({
        ...config,
        text: config.text.split(TOKEN_PLACEHOLDER).join(issuedToken.token),
      }))
    : templates;

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
