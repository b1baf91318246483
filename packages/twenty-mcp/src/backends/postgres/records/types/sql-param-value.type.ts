// A value ready to be bound: JSON already serialised (pg would turn a JS
// array into a PG array), decimals as strings.
export type SqlParamValue = string | number | boolean | null | string[];
