// What one caller may do with the links of a note or task
// (ObjectSchema.activityTargets): the target objects whose links it sees
// and may set (those it can read, in metadata order), and whether it may
// change links at all.
export type ActivityTargetsAccess = {
  objectNames: readonly string[];
  canWrite: boolean;
};
