import { TEXT_AND_NUMBER_CASES } from './cases/text-and-numbers';
import { describeFieldCases } from './utils/describe-field-cases';
import { useFieldTypesApp } from './utils/use-field-types-app';

// Text, rich text, numbers, booleans, uuids and raw JSON of the custom
// objects, through the compact tools, each checked against what PostgreSQL
// holds.
describe('field types through the MCP tools (compact surface)', () => {
  const app = useFieldTypesApp();

  describeFieldCases(app, TEXT_AND_NUMBER_CASES);
});
