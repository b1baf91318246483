import {
  Inject,
  Injectable,
  Logger,
  type NestMiddleware,
} from '@nestjs/common';
import { type IncomingMessage, type ServerResponse } from 'node:http';

import { TWENTY_MCP_CONFIG } from '../../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../../config/types/twenty-mcp-config.type';
import { isTwentyMcpException } from '../../domain/exceptions/utils/is-twenty-mcp-exception.util';
import { TWENTY_SIGN_IN } from '../constants/twenty-sign-in.const';
import { type PendingTwentySignIn } from '../types/pending-twenty-sign-in.type';
import { TwentySignInService } from '../services/twenty-sign-in.service';
import { decodePendingTwentySignIn } from '../utils/decode-pending-twenty-sign-in.util';
import { encodePendingTwentySignIn } from '../utils/encode-pending-twenty-sign-in.util';
import { readCookie } from '../utils/read-cookie.util';

type SignInRequest = IncomingMessage & { originalUrl?: string };

// The two browser stops of signing in with Twenty: <settings>/auth/twenty
// sends the browser to Twenty's consent page; Twenty sends it back to
// <settings>/auth/twenty/callback, which returns to the page with Twenty's
// access token — or an error code — in the URL fragment (never sent to a
// server; the page removes it at once). Codes, not messages: the page says
// them in its own words, so a crafted link cannot put text on it; the
// details go to the log. The started sign-in waits in an HttpOnly cookie
// scoped to the callback, SameSite=Lax (Twenty's redirect back is a
// top-level GET, which carries it), cleared when the browser returns.
@Injectable()
export class SettingsTwentySignInMiddleware implements NestMiddleware {
  private readonly logger = new Logger('TwentySignIn');
  private readonly startPath: string;
  private readonly callbackPath: string;
  private readonly pagePath: string;
  private readonly secureCookie: boolean;

  constructor(
    @Inject(TWENTY_MCP_CONFIG) { settingsPath, settingsUrl }: TwentyMcpConfig,
    private readonly signIn: TwentySignInService,
  ) {
    this.startPath = `${settingsPath}/${TWENTY_SIGN_IN.startPath}`;
    this.callbackPath = `${settingsPath}/${TWENTY_SIGN_IN.callbackPath}`;
    this.pagePath = `${settingsPath}/`;
    this.secureCookie = settingsUrl.startsWith('https:');
  }

  async use(
    request: SignInRequest,
    response: ServerResponse,
    next: () => void,
  ): Promise<void> {
    const url = new URL(
      request.originalUrl ?? request.url ?? '/',
      'http://localhost',
    );

    if (url.pathname === this.startPath) {
      return this.redirect(response, async () => {
        const { location, pending } = await this.signIn.start();

        response.setHeader(
          'set-cookie',
          this.pendingCookie(
            encodePendingTwentySignIn(pending),
            TWENTY_SIGN_IN.pendingLifetimeMs / 1000,
          ),
        );

        return location;
      });
    }

    if (url.pathname === this.callbackPath) {
      const pending = decodePendingTwentySignIn(
        readCookie(request.headers.cookie, TWENTY_SIGN_IN.cookieName),
      );

      // Good once: whatever happens next, this browser's sign-in is over.
      response.setHeader('set-cookie', this.pendingCookie('', 0));

      return this.redirect(response, () =>
        this.finish(url.searchParams, pending),
      );
    }

    next();
  }

  private pendingCookie(value: string, maxAgeSeconds: number): string {
    return [
      `${TWENTY_SIGN_IN.cookieName}=${value}`,
      `Path=${this.callbackPath}`,
      `Max-Age=${maxAgeSeconds}`,
      'HttpOnly',
      'SameSite=Lax',
      ...(this.secureCookie ? ['Secure'] : []),
    ].join('; ');
  }

  private async finish(
    query: URLSearchParams,
    pending: PendingTwentySignIn | null,
  ): Promise<string> {
    const code = query.get('code');
    const state = query.get('state');

    if (query.get('error') || !code || !state) {
      return this.backToPage({
        signInError:
          query.get('error') === 'access_denied' ? 'cancelled' : 'incomplete',
      });
    }

    const accessToken = await this.signIn.finish({ code, state, pending });

    return this.backToPage({ twentyAccessToken: accessToken });
  }

  private backToPage(fragment: Record<string, string>): string {
    return `${this.pagePath}#${new URLSearchParams(fragment).toString()}`;
  }

  private async redirect(
    response: ServerResponse,
    target: () => Promise<string>,
  ): Promise<void> {
    let location: string;

    try {
      location = await target();
    } catch (error) {
      const code = isTwentyMcpException(error)
        ? error.details?.signInError
        : undefined;

      if (typeof code === 'string') {
        this.logger.warn(`Signing in with Twenty: ${(error as Error).message}`);
      } else {
        this.logger.error(error);
      }

      location = this.backToPage({
        signInError: typeof code === 'string' ? code : 'failed',
      });
    }

    response.writeHead(302, {
      location,
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
    });
    response.end();
  }
}
