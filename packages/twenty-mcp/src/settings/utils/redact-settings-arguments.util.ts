// Arguments of a settings mutation as a log may show them: who changed what,
// never a secret (passwords, tokens) — those keys keep only their presence.
const SECRET_KEY = /password|secret|token(?!Id)/i;

export const redactSettingsArguments = (value: unknown): unknown => {
  if (Array.isArray(value)) {
    return value.map(redactSettingsArguments);
  }

  if (typeof value !== 'object' || value === null || value instanceof Date) {
    return value;
  }

  return Object.fromEntries(
    Object.entries(value).map(([key, entry]) => [
      key,
      SECRET_KEY.test(key) ? '[redacted]' : redactSettingsArguments(entry),
    ]),
  );
};
