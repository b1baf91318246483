import { type Principal } from './types/principal.type';

export const AUTH_PORT = Symbol('AUTH_PORT');

// Resolves a bearer credential to a principal, or throws an
// McpAuthenticationError that says why (for logs, never for the client).
export interface AuthPort {
  authenticate(bearerToken: string): Promise<Principal>;
}
