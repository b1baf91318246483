// An exact decimal as NUMERIC values are written: "-1234.567".
export const NUMERIC_STRING_PATTERN = '^-?\\d+(\\.\\d+)?$';
