// An ISO 4217 alphabetic code: "USD".
export const CURRENCY_CODE_PATTERN = '^[A-Z]{3}$';
