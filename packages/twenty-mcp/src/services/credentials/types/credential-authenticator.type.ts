import { type Principal } from '../../../domain/principal/types/principal.type';

export type CredentialAuthenticator = {
  authenticate(bearerToken: string): Promise<Principal>;
};
