import { GraphQLError } from 'graphql';
import { type Plugin } from 'graphql-yoga';

import { TwentyMcpException } from '../../domain/exceptions/twenty-mcp.exception';
import { type SettingsRequest } from '../types/settings-request.type';
import { requestsIntrospection } from './requests-introspection.util';
import { twentyMcpExceptionToGraphqlError } from './twenty-mcp-exception-to-graphql-error.util';

// Introspection only for callers the settings API itself accepts: a
// document asking for the schema is executed only after `authorize` (the
// resolvers' own guard) passed; otherwise answered with its error.
// Documents without introspection are left to the resolvers' guard as
// before. `onExecute` (envelop) carries the context with the request in
// both Yoga 4, which twenty-server runs, and Yoga 5; `onParams` does not.
export const buildIntrospectionGatePlugin = (
  authorize: (request: SettingsRequest) => Promise<void>,
): Plugin<{ req: SettingsRequest }> => ({
  async onExecute({ args, setResultAndStopExecution }) {
    if (!requestsIntrospection(args.document)) {
      return;
    }

    try {
      await authorize(args.contextValue.req);
    } catch (error) {
      setResultAndStopExecution({
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
