// The key under which notes and tasks show, take and filter by the records
// they are linked to (ObjectSchema.activityTargets): the `targets` input
// field, the `targets` expansion and the `targets` filter.
export const ACTIVITY_TARGETS_KEY = 'targets';
