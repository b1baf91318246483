import { escapeIdentifier } from 'pg';

// Identifiers only ever come from metadata; quoting keeps their case.
export const quoteIdentifier = (name: string): string => escapeIdentifier(name);
