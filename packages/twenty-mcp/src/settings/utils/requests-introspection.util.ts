import { type DocumentNode, parse, visit } from 'graphql';

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

// Whether a GraphQL document asks for the schema (__schema, __type; not
// __typename). A document that does not parse asks for nothing: GraphQL
// reports its syntax error anyway.
export const requestsIntrospection = (
  query: string | DocumentNode,
): boolean => {
  let document: DocumentNode;

  try {
    document = typeof query === 'string' ? parse(query) : query;
  } catch {
    return false;
  }

  let found = false;

  visit(document, {
    Field(node) {
      if (INTROSPECTION_FIELDS.has(node.name.value)) {
        found = true;
      }
    },
  });

  return found;
};
