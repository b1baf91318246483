import { DATE_CASES } from './cases/dates';
import { describeFieldCases } from './utils/describe-field-cases';
import { useFieldTypesApp } from './utils/use-field-types-app';

// Dates and date-times of the custom objects, through the compact tools,
// each checked against what PostgreSQL holds.
describe('field types through the MCP tools (compact surface)', () => {
  const app = useFieldTypesApp();

  describeFieldCases(app, DATE_CASES);
});
