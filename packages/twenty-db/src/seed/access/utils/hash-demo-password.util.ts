import bcrypt from 'bcryptjs';

import { DEMO_USER_PASSWORD } from '../constants/demo-user-password.const';

// Twenty stores bcrypt hashes (cost 10). A fixed salt keeps seeded
// databases byte-identical between builds.
const SEED_SALT = '$2b$10$twentymcpdemoseedsalt.';

let cached: string | undefined;

export const hashDemoPassword = (): string =>
  (cached ??= bcrypt.hashSync(DEMO_USER_PASSWORD, SEED_SALT));
