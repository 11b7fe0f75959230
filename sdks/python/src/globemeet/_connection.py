"""A gRPC channel that authenticates, sets idempotency keys and raises ``ApiError``."""

from __future__ import annotations

import collections
import uuid
from typing import Any, Callable, Sequence, Tuple

import grpc

from globemeet._tokens import ClientCredentials, TokenError
from globemeet.errors import ApiError, UnauthenticatedError, UnavailableError

IDEMPOTENCY_KEY = "idempotency-key"

Metadata = Sequence[Tuple[str, str]]


def idempotency_key(key: str, metadata: Metadata = ()) -> list[tuple[str, str]]:
    """Returns call metadata with ``key`` as the idempotency key, for ``metadata=``.

    Methods named ``Create...`` get a random key when the call has none; pass your own to make a
    retry of the same request safe.
    """
    return [*metadata, (IDEMPOTENCY_KEY, key)]


class _CallDetails(
    collections.namedtuple(
        "_CallDetails", ("method", "timeout", "metadata", "credentials", "wait_for_ready", "compression")
    ),
    grpc.ClientCallDetails,
):
    pass


class _Interceptor(grpc.UnaryUnaryClientInterceptor):
    def __init__(self, tokens: ClientCredentials):
        self._tokens = tokens

    def intercept_unary_unary(self, continuation: Callable[..., Any], details: Any, request: Any) -> Any:
        try:
            token = self._tokens.token()
        except TokenError as error:
            failure = UnauthenticatedError if error.http_status else UnavailableError
            code = grpc.StatusCode.UNAUTHENTICATED if error.http_status else grpc.StatusCode.UNAVAILABLE
            raise failure(code, str(error)) from error
        metadata = [(k, v) for k, v in (details.metadata or ()) if k != "authorization"]
        metadata.append(("authorization", f"Bearer {token}"))
        method = details.method.rsplit("/", 1)[-1]
        if method.startswith("Create") and not any(k == IDEMPOTENCY_KEY for k, _ in metadata):
            metadata.append((IDEMPOTENCY_KEY, str(uuid.uuid4())))
        outcome = continuation(
            _CallDetails(
                details.method,
                details.timeout,
                metadata,
                details.credentials,
                getattr(details, "wait_for_ready", None),
                getattr(details, "compression", None),
            ),
            request,
        )
        # Blocking calls come back finished; futures are left as grpcio returns them, and
        # ApiError.from_rpc_error converts their errors.
        if outcome.done():
            error = outcome.exception()
            if isinstance(error, grpc.RpcError):
                if error.code() == grpc.StatusCode.UNAUTHENTICATED:
                    # The signing key was rotated or the client disabled, so the next call fetches a new token.
                    self._tokens.invalidate()
                raise ApiError.from_rpc_error(error) from None
        return outcome


class Connection:
    """A channel to the GlobeMeet API; use ``channel`` with any generated ``...Stub``.

    Close it when done, or use it as a context manager.
    """

    def __init__(self, channel: grpc.Channel, tokens: ClientCredentials):
        self._raw_channel = channel
        #: The token source; ``tokens.token()`` returns the current access token.
        self.tokens = tokens
        #: The channel whose calls carry the token and raise ``ApiError``.
        self.channel: grpc.Channel = grpc.intercept_channel(channel, _Interceptor(tokens))

    def close(self) -> None:
        self._raw_channel.close()

    def __enter__(self) -> "Connection":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def connect(
    endpoint: str,
    *,
    client_id: str,
    client_secret: str,
    insecure: bool = False,
    token_url: str | None = None,
    options: Sequence[Tuple[str, Any]] = (),
) -> Connection:
    """Opens a connection to ``endpoint`` (``host:port``).

    ``insecure`` talks plaintext HTTP/2, and plain HTTP to the token endpoint, for a server on
    loopback without a certificate; TLS is the default. The token endpoint is
    ``http(s)://{endpoint}/v1/oauth/token`` unless ``token_url`` names another.
    """
    scheme = "http" if insecure else "https"
    tokens = ClientCredentials(token_url or f"{scheme}://{endpoint}/v1/oauth/token", client_id, client_secret)
    if insecure:
        channel = grpc.insecure_channel(endpoint, options=list(options))
    else:
        channel = grpc.secure_channel(endpoint, grpc.ssl_channel_credentials(), options=list(options))
    return Connection(channel, tokens)
