export type AuthFailureLimit = {
  // Failed authentications one client address may make per window …
  attempts: number;
  // … after which it is refused (429) until the window ends.
  windowSeconds: number;
};
