// What Twenty's sign-in sent the browser back with.
export type SignInRedirect =
  { kind: 'token'; token: string } | { kind: 'error'; message: string };
