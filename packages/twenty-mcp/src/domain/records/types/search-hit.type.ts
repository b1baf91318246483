// One hit of the cross-object search (the RecordsPort shape).
export type SearchHit = {
  objectName: string;
  id: string;
  label: string | null;
  rank: number;
};
