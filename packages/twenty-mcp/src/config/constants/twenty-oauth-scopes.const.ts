// The scopes Twenty's OAuth server grants (application-oauth/constants/
// oauth-scopes.ts upstream; docs/twenty-tokens.md). A consent boundary only:
// the user's and the application's roles decide what a token may do.
export const TWENTY_OAUTH_SCOPES = ['api', 'profile'];
