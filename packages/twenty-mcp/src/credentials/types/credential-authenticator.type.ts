import { type Principal } from '../../ports/types/principal.type';

export type CredentialAuthenticator = {
  authenticate(bearerToken: string): Promise<Principal>;
};
