import { SELECT_AND_ARRAY_CASES } from './cases/selects-and-arrays';
import { describeFieldCases } from './utils/describe-field-cases';
import { useFieldTypesApp } from './utils/use-field-types-app';

// Selects, multi-selects, ratings and arrays of the custom objects, through
// the compact tools, each checked against what PostgreSQL holds.
describe('field types through the MCP tools (compact surface)', () => {
  const app = useFieldTypesApp();

  describeFieldCases(app, SELECT_AND_ARRAY_CASES);
});
