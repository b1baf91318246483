import { requestsIntrospection } from '../requests-introspection.util';

describe('requestsIntrospection', () => {
  it('should find __schema and __type anywhere, fragments included', () => {
    expect(requestsIntrospection('{ __schema { types { name } } }')).toBe(true);
    expect(
      requestsIntrospection(
        'query { mcpViewer { name } ...F } fragment F on Query { __type(name: "McpRole") { name } }',
      ),
    ).toBe(true);
  });

  it('should ignore __typename, look-alike strings and unparsable text', () => {
    expect(requestsIntrospection('{ mcpViewer { __typename name } }')).toBe(
      false,
    );
    expect(
      requestsIntrospection(
        'mutation { signIn(input: { email: "a@b.c", password: "__schema" }) { accessToken } }',
      ),
    ).toBe(false);
    expect(requestsIntrospection('{ __schema ')).toBe(false);
  });
});
