import { COMPOSITE_CASES } from './cases/composites';
import { describeFieldCases } from './utils/describe-field-cases';
import { useFieldTypesApp } from './utils/use-field-types-app';

// Composite fields (currency, full name, emails, phones, address, links) of
// the custom objects, through the compact tools, each checked against what
// PostgreSQL holds.
describe('field types through the MCP tools (compact surface)', () => {
  const app = useFieldTypesApp();

  describeFieldCases(app, COMPOSITE_CASES);
});
