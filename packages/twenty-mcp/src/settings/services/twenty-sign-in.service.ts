import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes, timingSafeEqual } from 'node:crypto';

import { TWENTY_MCP_CONFIG } from '../../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../../config/types/twenty-mcp-config.type';
import { TwentyMcpException } from '../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import { TWENTY_SIGN_IN } from '../constants/twenty-sign-in.const';
import { type PendingTwentySignIn } from '../types/pending-twenty-sign-in.type';
import { createPkcePair } from '../utils/create-pkce-pair.util';

type TwentyOAuthMetadata = {
  authorization_endpoint: string;
  token_endpoint: string;
  registration_endpoint: string;
};

const expired = () =>
  new TwentyMcpException(
    'This sign-in has expired, was already used or was started in another browser. Sign in again.',
    TwentyMcpExceptionCode.UNAUTHENTICATED,
    { details: { signInError: 'expired' } },
  );

const sameState = (left: string, right: string) =>
  left.length === right.length &&
  timingSafeEqual(Buffer.from(left), Buffer.from(right));

const unavailable = (detail: string) =>
  new TwentyMcpException(
    `Signing in with Twenty is not possible right now: ${detail}`,
    TwentyMcpExceptionCode.SERVICE_UNAVAILABLE,
    { details: { signInError: 'unavailable' } },
  );

// The settings page as an OAuth client of Twenty's own authorization server
// (docs/twenty-tokens.md, "Twenty as the OAuth server"): registered once by
// dynamic client registration as a public client, authorization code +
// PKCE, the browser sent to Twenty's consent page and back. Whoever signs
// in to Twenty — password, Google, Microsoft, SSO — comes back with
// Twenty's application token, which the settings API accepts for the user.
// What a started sign-in needs (state, PKCE verifier, client) travels in
// the browser's cookie, so any instance can finish it.
@Injectable()
export class TwentySignInService {
  private readonly logger = new Logger('TwentySignIn');
  private readonly serverUrl: string | null;
  private readonly redirectUri: string;
  private metadata: {
    value: Promise<TwentyOAuthMetadata>;
    until: number;
  } | null = null;
  private clientId: Promise<string> | null = null;

  constructor(@Inject(TWENTY_MCP_CONFIG) config: TwentyMcpConfig) {
    this.serverUrl = config.twentyServerUrl;
    this.redirectUri = `${config.settingsUrl.replace(/\/+$/, '')}/${TWENTY_SIGN_IN.callbackPath}`;
  }

  get isAvailable(): boolean {
    return this.serverUrl !== null;
  }

  // Where to send the browser (Twenty's consent page for a new sign-in),
  // and the sign-in that browser must bring back.
  async start(): Promise<{ location: string; pending: PendingTwentySignIn }> {
    const metadata = await this.readMetadata();
    const clientId = await this.register(metadata);
    const state = randomBytes(32).toString('base64url');
    const { verifier, challenge } = createPkcePair();

    const url = new URL(metadata.authorization_endpoint);

    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: clientId,
      redirect_uri: this.redirectUri,
      code_challenge: challenge,
      code_challenge_method: 'S256',
      scope: TWENTY_SIGN_IN.scope,
      state,
    }).toString();

    return {
      location: url.href,
      pending: {
        state,
        verifier,
        clientId,
        expiresAt: Date.now() + TWENTY_SIGN_IN.pendingLifetimeMs,
      },
    };
  }

  // The code Twenty sent the browser back with, exchanged for Twenty's
  // access token — only in the browser that started this sign-in (its
  // cookie names the same state), for a limited time; the cookie is cleared
  // on the way back, and Twenty takes a code once.
  async finish({
    code,
    state,
    pending,
  }: {
    code: string;
    state: string;
    pending: PendingTwentySignIn | null;
  }): Promise<string> {
    if (
      !pending ||
      !sameState(pending.state, state) ||
      pending.expiresAt < Date.now()
    ) {
      throw expired();
    }

    const metadata = await this.readMetadata();
    const { clientId } = pending;
    const body = await this.post(
      metadata.token_endpoint,
      new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: this.redirectUri,
        client_id: clientId,
        code_verifier: pending.verifier,
      }),
    );

    if (typeof body.access_token !== 'string') {
      // A registration Twenty has since cleaned up: register again next time.
      if (
        body.error === 'invalid_client' &&
        (await this.clientId?.catch(() => null)) === clientId
      ) {
        this.clientId = null;
      }

      this.logger.warn(
        `Twenty refused the sign-in code: ${String(body.error)} ${String(body.error_description ?? '')}`,
      );
      throw new TwentyMcpException(
        'Twenty did not accept this sign-in. Sign in again.',
        TwentyMcpExceptionCode.UNAUTHENTICATED,
        { details: { signInError: 'refused' } },
      );
    }

    return body.access_token;
  }

  private readMetadata(): Promise<TwentyOAuthMetadata> {
    if (!this.serverUrl) {
      return Promise.reject(unavailable("Twenty's URL is not configured."));
    }

    if (!this.metadata || this.metadata.until < Date.now()) {
      const value = this.fetchMetadata(this.serverUrl);

      this.metadata = {
        value,
        until: Date.now() + TWENTY_SIGN_IN.metadataLifetimeMs,
      };
      value.catch(() => (this.metadata = null));
    }

    return this.metadata.value;
  }

  private async fetchMetadata(serverUrl: string): Promise<TwentyOAuthMetadata> {
    const url = new URL('/.well-known/oauth-authorization-server', serverUrl)
      .href;
    const metadata = (await this.request(url, {
      headers: { accept: 'application/json' },
    })) as Partial<Record<keyof TwentyOAuthMetadata, unknown>>;
    const endpoints = [
      metadata.authorization_endpoint,
      metadata.token_endpoint,
      metadata.registration_endpoint,
    ];

    if (!endpoints.every((endpoint) => typeof endpoint === 'string')) {
      throw unavailable(
        `${url} does not describe an OAuth server with client registration (Twenty 2.x before OAuth support?).`,
      );
    }

    return metadata as TwentyOAuthMetadata;
  }

  private register(metadata: TwentyOAuthMetadata): Promise<string> {
    if (!this.clientId) {
      this.clientId = this.post(
        metadata.registration_endpoint,
        JSON.stringify({
          client_name: TWENTY_SIGN_IN.clientName,
          redirect_uris: [this.redirectUri],
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'none',
          scope: TWENTY_SIGN_IN.scope,
        }),
      ).then((body) => {
        if (typeof body.client_id !== 'string') {
          throw unavailable(
            `Twenty refused to register this page as an OAuth client (${String(body.error ?? 'no client_id')}).`,
          );
        }

        return body.client_id;
      });
      this.clientId.catch(() => (this.clientId = null));
    }

    return this.clientId;
  }

  private post(
    url: string,
    body: URLSearchParams | string,
  ): Promise<Record<string, unknown>> {
    return this.request(url, {
      method: 'POST',
      headers: {
        accept: 'application/json',
        'content-type':
          typeof body === 'string'
            ? 'application/json'
            : 'application/x-www-form-urlencoded',
      },
      body,
    });
  }

  // Twenty's OAuth endpoints answer errors as JSON bodies too (some with
  // 200), so every JSON body is returned for the caller to read.
  private async request(
    url: string,
    init: RequestInit,
  ): Promise<Record<string, unknown>> {
    let response: Response;

    try {
      response = await fetch(url, {
        ...init,
        signal: AbortSignal.timeout(TWENTY_SIGN_IN.httpTimeoutMs),
      });
    } catch (error) {
      this.logger.warn(
        `Twenty's OAuth server unreachable at ${url}: ${String(error)}`,
      );
      throw unavailable(
        `Twenty could not be reached at ${new URL(url).origin}.`,
      );
    }

    const body: unknown = await response.json().catch(() => null);

    if (body === null || typeof body !== 'object') {
      throw unavailable(
        `${url} answered ${response.status} without a JSON body.`,
      );
    }

    return body as Record<string, unknown>;
  }
}
