// The client's name and version as the SDK's server knows them: a 2026-era
// request carries them in its envelope; a 2025-era request none, its
// initialize having been another (stateless) request.
export const readClientInfo = (
  client: unknown,
): { clientName: string | null; clientVersion: string | null } => {
  const info = client as { name?: unknown; version?: unknown } | undefined;

  return {
    clientName: typeof info?.name === 'string' ? info.name.slice(0, 200) : null,
    clientVersion:
      typeof info?.version === 'string' ? info.version.slice(0, 100) : null,
  };
};
