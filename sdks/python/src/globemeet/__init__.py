"""GlobeMeet API client.

The generated messages and stubs are in ``globemeet.v1`` (for example
``globemeet.v1.queues_pb2`` and ``globemeet.v1.queues_pb2_grpc``). ``connect`` opens a channel
whose calls carry a client-credentials access token, get an idempotency key on creates, and
raise ``ApiError`` with the server's rich error details.
"""

from globemeet._connection import Connection, connect, idempotency_key
from globemeet._tokens import ClientCredentials, TokenError
from globemeet.errors import (
    AbortedError,
    AlreadyExistsError,
    ApiError,
    FailedPreconditionError,
    FieldViolation,
    InvalidArgumentError,
    NotFoundError,
    PermissionDeniedError,
    ResourceExhaustedError,
    UnauthenticatedError,
    UnavailableError,
)

__all__ = [
    "AbortedError",
    "AlreadyExistsError",
    "ApiError",
    "ClientCredentials",
    "Connection",
    "FailedPreconditionError",
    "FieldViolation",
    "InvalidArgumentError",
    "NotFoundError",
    "PermissionDeniedError",
    "ResourceExhaustedError",
    "TokenError",
    "UnauthenticatedError",
    "UnavailableError",
    "connect",
    "idempotency_key",
]
