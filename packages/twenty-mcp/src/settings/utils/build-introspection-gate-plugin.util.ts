import { GraphQLError } from 'graphql';
import { type Plugin } from 'graphql-yoga';

import { TwentyMcpException } from '../../domain/exceptions/twenty-mcp.exception';
import { type SettingsRequest } from '../types/settings-request.type';
import { requestsIntrospection } from './requests-introspection.util';
import { twentyMcpExceptionToGraphqlError } from './twenty-mcp-exception-to-graphql-error.util';

// Introspection only for callers the settings API itself accepts: a
// document asking for the schema is answered only after `authorize` (the
// resolvers' own guard) passed; otherwise with its error. Documents without
// introspection are left to the resolvers' guard as before.
export const buildIntrospectionGatePlugin = (
  authorize: (request: SettingsRequest) => Promise<void>,
): Plugin<object, { req: SettingsRequest }> => ({
  async onParams({ params, context, setResult }) {
    if (!params.query || !requestsIntrospection(params.query)) {
      return;
    }

    try {
      await authorize(context.req);
    } catch (error) {
      setResult({
        errors: [
          error instanceof TwentyMcpException
            ? twentyMcpExceptionToGraphqlError(error)
            : new GraphQLError('Internal error.', {
                extensions: { code: 'INTERNAL_SERVER_ERROR' },
              }),
        ],
      });
    }
  },
});
