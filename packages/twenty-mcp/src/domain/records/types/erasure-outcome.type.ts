// What an erasure did: ids only, never the erased content (the audit trail
// records these ids).
export type ErasureOutcome = {
  personId: string;
  erasedActivities: { objectName: string; ids: string[] }[];
  unlinkedActivities: { objectName: string; ids: string[] }[];
  clearedContacts: { objectName: string; fieldName: string; ids: string[] }[];
  timelineActivityCount: number;
};
