import { type SettingsRequest } from '../types/settings-request.type';

// Express's req.ip honours its `trust proxy` setting.
export const getClientAddress = (request: SettingsRequest): string =>
  request.ip ?? request.socket?.remoteAddress ?? 'unknown';
