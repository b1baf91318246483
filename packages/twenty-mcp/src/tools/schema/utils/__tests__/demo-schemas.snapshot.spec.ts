import { buildCreateInputSchema } from '../build-create-input-schema.util';
import { buildExpandSchema } from '../build-expand-schema.util';
import { buildFieldNamesSchema } from '../build-field-names-schema.util';
import { buildFilterSchema } from '../build-filter-schema.util';
import { buildOrderBySchema } from '../build-order-by-schema.util';
import { buildRecordOutputSchema } from '../build-record-output-schema.util';
import { buildUpdateInputSchema } from '../build-update-input-schema.util';
import { demoObjectView } from './demo-object-view.fixture';

// The generated schemas of two demo objects, for review: person (standard,
// composites, relations) and subscription (custom, every field type).
describe.each(['person', 'subscription'])('schemas of %s', (objectName) => {
  const view = demoObjectView(objectName);

  it.each([
    ['buildRecordOutputSchema', buildRecordOutputSchema],
    ['buildCreateInputSchema', buildCreateInputSchema],
    ['buildUpdateInputSchema', buildUpdateInputSchema],
    ['buildFilterSchema', buildFilterSchema],
    ['buildOrderBySchema', buildOrderBySchema],
    ['buildFieldNamesSchema', buildFieldNamesSchema],
    ['buildExpandSchema', buildExpandSchema],
  ] as const)('should match the %s snapshot', (_name, build) => {
    // As sent on the wire: key order kept (Jest would sort object keys).
    expect(JSON.stringify(build(view), null, 2)).toMatchSnapshot();
  });
});
