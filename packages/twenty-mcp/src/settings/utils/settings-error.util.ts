import { GraphQLError } from 'graphql';

import { type SettingsErrorCode } from '../types/settings-error-code.type';

export const settingsError = (
  code: SettingsErrorCode,
  message: string,
): GraphQLError => new GraphQLError(message, { extensions: { code } });
