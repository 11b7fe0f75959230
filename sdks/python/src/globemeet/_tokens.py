"""Access tokens by the OAuth 2.0 client credentials grant."""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request


class TokenError(Exception):
    """The token endpoint refused the credentials or could not be reached."""

    def __init__(self, message: str, http_status: int = 0, oauth_error: str | None = None):
        super().__init__(message)
        #: The HTTP status, or 0 when no response arrived.
        self.http_status = http_status
        #: The OAuth error code, such as ``invalid_client``, when the endpoint sent one.
        self.oauth_error = oauth_error


class ClientCredentials:
    """Fetches access tokens and caches each one until shortly before it expires.

    A token is replaced ``refresh_margin`` seconds (60 by default, at most half its lifetime)
    before it expires. The object is safe to share between threads; they wait for one request.
    """

    def __init__(
        self,
        token_url: str,
        client_id: str,
        client_secret: str,
        *,
        refresh_margin: float = 60.0,
        timeout: float = 30.0,
    ):
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._refresh_margin = refresh_margin
        self._timeout = timeout
        self._lock = threading.Lock()
        self._token: str | None = None
        self._refresh_at = 0.0

    def token(self) -> str:
        """Returns a valid access token, fetching a new one when needed."""
        with self._lock:
            if self._token is None or time.monotonic() >= self._refresh_at:
                self._fetch()
            assert self._token is not None
            return self._token

    def invalidate(self) -> None:
        """Forgets the cached token, so that the next call fetches a new one."""
        with self._lock:
            self._token = None

    def _fetch(self) -> None:
        body = json.dumps(
            {
                "client_id": self._client_id,
                "client_secret": self._client_secret,
                "grant_type": "client_credentials",
            }
        ).encode()
        request = urllib.request.Request(
            self._token_url,
            data=body,
            method="POST",
            headers={"Content-Type": "application/json", "Accept": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=self._timeout) as response:
                payload = json.load(response)
        except urllib.error.HTTPError as error:
            raise self._refusal(error) from error
        except (urllib.error.URLError, OSError) as error:
            raise TokenError(f"could not reach the token endpoint {self._token_url}: {error}") from error
        token = payload.get("access_token")
        if not isinstance(token, str) or not token:
            raise TokenError(f"the token endpoint {self._token_url} responded without an access_token")
        lifetime = payload.get("expires_in")
        if not isinstance(lifetime, (int, float)) or lifetime <= 0:
            lifetime = 3600
        self._token = token
        self._refresh_at = time.monotonic() + lifetime - min(self._refresh_margin, lifetime / 2)

    def _refusal(self, error: urllib.error.HTTPError) -> TokenError:
        try:
            payload = json.load(error)
        except ValueError:
            payload = {}
        oauth_error = payload.get("error") if isinstance(payload, dict) else None
        description = payload.get("error_description") if isinstance(payload, dict) else None
        message = (
            f"the token endpoint {self._token_url} responded with {error.code}"
            f" {oauth_error or 'without a token'}{': ' + description if description else ''}"
            f" for client {self._client_id}; check the client id and secret"
        )
        return TokenError(message, error.code, oauth_error)
