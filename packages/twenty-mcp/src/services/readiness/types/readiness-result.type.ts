// The outcome of one readiness check; `error` says why it failed (never a
// secret: messages of our own and driver errors such as ECONNREFUSED).
export type ReadinessResult = {
  name: string;
  ok: boolean;
  error?: string;
  // A state worth showing in place of ok/failed (the database circuit's).
  detail?: string;
};
