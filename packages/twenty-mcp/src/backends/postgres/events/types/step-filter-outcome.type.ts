// What one step filter, group or whole record filter comes to: true or
// false as Twenty's filter engine decides it, or a reason the workflow
// does not start although the engine would not answer false — Twenty's
// engine refusing the filter (it throws, and its listener starts nothing),
// or a filter the sidecar cannot evaluate exactly. The reason names only
// the filter's own settings, never record content.
export type StepFilterOutcome = boolean | { unevaluable: string };
