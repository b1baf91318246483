// The settings GraphQL endpoint's HTTP rules, resolved.
export type SettingsApiConfig = {
  // Browser origins (scheme://host[:port]) granted CORS and allowed to
  // send state-changing requests: publicUrl's origin first, then the
  // configured ones.
  allowedOrigins: string[];
  // Largest request body read, checked before authentication (413 beyond).
  maxBodyBytes: number;
};
