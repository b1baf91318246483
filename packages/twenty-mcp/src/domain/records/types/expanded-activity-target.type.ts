// One entry of an expanded `targets`: a record a note or task is about.
export type ExpandedActivityTarget = {
  object: string;
  id: string;
  label: string | null;
};
