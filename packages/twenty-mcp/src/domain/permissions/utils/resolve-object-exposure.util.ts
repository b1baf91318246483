import { type ObjectSchema } from '../../workspace/types/workspace-schema.type';
import { FULL_EXPOSURE } from '../constants/full-exposure.const';
import { NO_EXPOSURE } from '../constants/no-exposure.const';
import { type ObjectExposure } from '../types/object-exposure.type';
import { type WorkspaceExposure } from '../types/workspace-exposure.type';

// An admin's row wins; otherwise standard objects are exposed and custom
// objects (new ones included) wait for the admin to opt in, unless the
// workspace exposes new objects by default.
export const resolveObjectExposure = (
  object: Pick<ObjectSchema, 'id' | 'isCustom'>,
  exposure: WorkspaceExposure,
): ObjectExposure =>
  exposure.objects.get(object.id) ??
  (!object.isCustom || exposure.exposeNewObjects ? FULL_EXPOSURE : NO_EXPOSURE);
