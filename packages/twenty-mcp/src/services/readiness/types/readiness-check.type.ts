// One named condition the module needs to serve: `run` resolves when it
// holds and throws (with the reason as message) when it does not.
export type ReadinessCheck = {
  name: string;
  run: () => Promise<void>;
};
