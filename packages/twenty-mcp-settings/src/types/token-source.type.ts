// Where the signed-in token came from: this page's sign-in form, or the
// session of Twenty's own front end on the same origin.
export type TokenSource = 'sign-in' | 'twenty';
