export type PageInfo = {
  hasNextPage: boolean;
  // Null on an empty page.
  endCursor: string | null;
};
