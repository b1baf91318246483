// One hit of the cross-object search.
export type SearchHit = {
  objectName: string;
  id: string;
  label: string | null;
  rank: number;
};
