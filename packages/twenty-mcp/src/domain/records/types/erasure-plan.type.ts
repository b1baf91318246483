// What erasing one person removes, read inside the erasure's transaction
// (docs/guardrails.md, "Erasure"). Labels are for the confirming user's
// preview only; the audit trail keeps ids.
export type ErasurePlan = {
  personId: string;
  personLabel: string | null;
  // Per activity object (note, task): those about the person alone are
  // destroyed with all their links; those about others too are kept and
  // lose only their link to the person.
  activities: {
    objectName: string;
    erased: { id: string; label: string | null }[];
    unlinked: { id: string; label: string | null }[];
  }[];
  // The person's addresses and numbers found in fields of other records;
  // each record's field is set to `value` (the rest of it kept).
  contacts: {
    objectName: string;
    fieldName: string;
    changes: { id: string; value: unknown }[];
  }[];
  // Timeline entries about the person or the erased activities, on any
  // record's timeline.
  timelineActivityCount: number;
  // Parts of the erasure the caller may not carry out; nothing is erased
  // while any remain.
  missingRights: string[];
};
