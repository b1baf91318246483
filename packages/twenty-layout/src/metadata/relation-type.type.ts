export type RelationType = 'MANY_TO_ONE' | 'ONE_TO_MANY';
