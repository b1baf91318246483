// One link of a note or task as the caller names it: `{ object, id }`.
export type ActivityTargetRef = {
  objectName: string;
  id: string;
};
