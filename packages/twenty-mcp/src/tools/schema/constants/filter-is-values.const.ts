// Values of the `is` filter operator.
export const FILTER_IS_VALUES = ['NULL', 'NOT_NULL'];
