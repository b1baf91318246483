// What every builder returns: text with $n placeholders and their values.
export type SqlQuery = {
  sql: string;
  params: unknown[];
};
