// Operators of a `targets` filter key (`{ "companyId": { "eq": … } }`).
export const ACTIVITY_TARGET_FILTER_OPERATORS = ['eq', 'in'] as const;
