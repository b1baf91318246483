// A sign-in started on the settings page and not yet back from Twenty: kept
// in the browser that started it (an HttpOnly cookie), so any instance of
// the server can finish it and none has to remember it.
export type PendingTwentySignIn = {
  state: string;
  verifier: string;
  // The client the consent was asked for: the code is exchanged as it.
  clientId: string;
  expiresAt: number;
};
