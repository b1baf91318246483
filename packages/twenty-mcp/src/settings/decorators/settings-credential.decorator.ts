import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

import { type SettingsCredential } from '../../domain/principal/types/settings-credential.type';
import { type SettingsRequest } from '../types/settings-request.type';

// The credential SettingsAuthGuard resolved.
export const AuthSettingsCredential = createParamDecorator(
  (_data: unknown, context: ExecutionContext): SettingsCredential => {
    const request = GqlExecutionContext.create(context).getContext<{
      req: SettingsRequest;
    }>().req;

    return request.settingsCredential!;
  },
);
