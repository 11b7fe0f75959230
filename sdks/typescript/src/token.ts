/** The fields of a token endpoint response that the helper reads. */
interface TokenResponse {
  access_token?: unknown;
  expires_in?: unknown;
  error?: unknown;
  error_description?: unknown;
}

export interface ClientCredentialsOptions {
  /** The token endpoint, such as `https://api.globemeet.io/v1/oauth/token`. */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /**
   * How long before its expiry a token is replaced, in seconds: 60 by default, and never more
   * than half the token's lifetime.
   */
  refreshMarginSeconds?: number;
}

/** The token endpoint refused the credentials or could not be reached. */
export class TokenError extends Error {
  constructor(
    message: string,
    /** The HTTP status, or 0 when no response arrived. */
    readonly httpStatus: number,
    /** The OAuth error code, such as `invalid_client`, when the endpoint sent one. */
    readonly oauthError?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "TokenError";
  }
}

/**
 * Fetches access tokens with the OAuth 2.0 client credentials grant and caches each one until
 * shortly before it expires. Concurrent callers share one request to the token endpoint.
 */
export class ClientCredentialsTokenSource {
  private cached?: { token: string; refreshAt: number };
  private pending?: Promise<string>;

  constructor(private readonly options: ClientCredentialsOptions) {}

  /** Returns a valid access token, fetching a new one when the cached one is about to expire. */
  async token(): Promise<string> {
    if (this.cached && Date.now() < this.cached.refreshAt) {
      return this.cached.token;
    }
    if (!this.pending) {
      this.pending = this.fetchToken().finally(() => {
        this.pending = undefined;
      });
    }
    return this.pending;
  }

  /** Forgets the cached token, so that the next call fetches a new one. */
  invalidate(): void {
    this.cached = undefined;
  }

  private async fetchToken(): Promise<string> {
    const { tokenUrl, clientId, clientSecret } = this.options;
    let response: Response;
    try {
      response = await fetch(tokenUrl, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({
          client_id: clientId,
          client_secret: clientSecret,
          grant_type: "client_credentials",
        }),
      });
    } catch (cause) {
      throw new TokenError(`could not reach the token endpoint ${tokenUrl}`, 0, undefined, { cause });
    }
    let body: TokenResponse = {};
    try {
      body = (await response.json()) as TokenResponse;
    } catch {
      // Reported below with the HTTP status.
    }
    if (!response.ok || typeof body.access_token !== "string") {
      const oauthError = typeof body.error === "string" ? body.error : undefined;
      const detail = typeof body.error_description === "string" ? `: ${body.error_description}` : "";
      throw new TokenError(
        `the token endpoint ${tokenUrl} responded with ${response.status} ${oauthError ?? "without a token"}${detail}` +
          ` for client ${clientId}; check the client id and secret`,
        response.status,
        oauthError,
      );
    }
    const lifetime = typeof body.expires_in === "number" && body.expires_in > 0 ? body.expires_in : 3600;
    const margin = Math.min(this.options.refreshMarginSeconds ?? 60, lifetime / 2);
    this.cached = { token: body.access_token, refreshAt: Date.now() + (lifetime - margin) * 1000 };
    return body.access_token;
  }
}
