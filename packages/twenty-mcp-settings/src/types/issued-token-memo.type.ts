// A token issued in this tab, kept in memory only so the client
// configurations can be shown with it filled in.
export type IssuedTokenMemo = { name: string; token: string };
