"""GlobeMeet errors: gRPC statuses with the server's rich details decoded."""

from __future__ import annotations

import dataclasses
import datetime
from typing import Sequence, Tuple

import grpc
from google.rpc import error_details_pb2, status_pb2

_DETAILS_KEY = "grpc-status-details-bin"


@dataclasses.dataclass(frozen=True)
class FieldViolation:
    """One invalid field of a request, from ``google.rpc.BadRequest``."""

    #: The path of the field, such as ``queue.name``.
    field: str
    #: What is wrong with the field and how to fix it.
    description: str
    #: The machine-readable cause, such as ``REQUIRED``.
    reason: str


class ApiError(grpc.RpcError):
    """A failed GlobeMeet call.

    Subclasses name the common codes (``NotFoundError``, ``InvalidArgumentError``, ...).
    ``code()`` and ``details()`` work as on a ``grpc.RpcError`` from grpcio.
    """

    def __init__(
        self,
        status_code: grpc.StatusCode,
        message: str,
        trailing_metadata: Sequence[Tuple[str, str | bytes]] = (),
    ):
        super().__init__(f"{status_code.name}: {message}")
        #: The gRPC status code.
        self.status_code = status_code
        #: The message of the server.
        self.message = message
        #: The response trailers, for example ``x-request-id``.
        self.trailing_metadata = tuple(trailing_metadata)
        #: The UPPER_SNAKE cause from ``ErrorInfo``, such as ``RESOURCE_NOT_FOUND``.
        self.reason: str | None = None
        #: The owner of the reason, ``globemeet.io`` for the server's own errors.
        self.domain: str | None = None
        #: Extra facts from ``ErrorInfo``.
        self.error_metadata: dict[str, str] = {}
        #: Every invalid field, from ``BadRequest``.
        self.field_violations: list[FieldViolation] = []
        #: How long to wait before retrying, from ``RetryInfo``.
        self.retry_delay: datetime.timedelta | None = None
        self._decode_details()

    def code(self) -> grpc.StatusCode:
        return self.status_code

    def details(self) -> str:
        return self.message

    @classmethod
    def from_rpc_error(cls, error: grpc.RpcError) -> "ApiError":
        """Converts an error raised by a grpcio call into the subclass for its code."""
        if isinstance(error, ApiError):
            return error
        status_code = error.code() if hasattr(error, "code") else grpc.StatusCode.UNKNOWN
        message = error.details() if hasattr(error, "details") else str(error)
        trailers = error.trailing_metadata() if hasattr(error, "trailing_metadata") else ()
        subclass = _BY_CODE.get(status_code, ApiError)
        return subclass(status_code, message or "", trailers or ())

    def _decode_details(self) -> None:
        raw = next((value for key, value in self.trailing_metadata if key == _DETAILS_KEY), None)
        if not isinstance(raw, bytes):
            return
        status = status_pb2.Status.FromString(raw)
        for detail in status.details:
            if detail.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
                info = error_details_pb2.ErrorInfo()
                detail.Unpack(info)
                self.reason = info.reason
                self.domain = info.domain
                self.error_metadata = dict(info.metadata)
            elif detail.Is(error_details_pb2.BadRequest.DESCRIPTOR):
                bad_request = error_details_pb2.BadRequest()
                detail.Unpack(bad_request)
                self.field_violations.extend(
                    FieldViolation(v.field, v.description, v.reason)
                    for v in bad_request.field_violations
                )
            elif detail.Is(error_details_pb2.RetryInfo.DESCRIPTOR):
                retry = error_details_pb2.RetryInfo()
                detail.Unpack(retry)
                self.retry_delay = retry.retry_delay.ToTimedelta()


class InvalidArgumentError(ApiError):
    """INVALID_ARGUMENT: the request is malformed; see ``field_violations``."""


class FailedPreconditionError(ApiError):
    """FAILED_PRECONDITION: the resource is in the wrong state; see ``reason``."""


class NotFoundError(ApiError):
    """NOT_FOUND: no such resource in the caller's tenant."""


class AlreadyExistsError(ApiError):
    """ALREADY_EXISTS: a resource with that id exists."""


class AbortedError(ApiError):
    """ABORTED: a stale ``etag``, or the same idempotency key is still running."""


class UnauthenticatedError(ApiError):
    """UNAUTHENTICATED: the token is missing, expired or revoked."""


class PermissionDeniedError(ApiError):
    """PERMISSION_DENIED: the token lacks the scope the method needs."""


class ResourceExhaustedError(ApiError):
    """RESOURCE_EXHAUSTED: the tenant's rate limit; wait ``retry_delay``."""


class UnavailableError(ApiError):
    """UNAVAILABLE: the server or its database is briefly unavailable; retry later."""


_BY_CODE = {
    grpc.StatusCode.INVALID_ARGUMENT: InvalidArgumentError,
    grpc.StatusCode.FAILED_PRECONDITION: FailedPreconditionError,
    grpc.StatusCode.NOT_FOUND: NotFoundError,
    grpc.StatusCode.ALREADY_EXISTS: AlreadyExistsError,
    grpc.StatusCode.ABORTED: AbortedError,
    grpc.StatusCode.UNAUTHENTICATED: UnauthenticatedError,
    grpc.StatusCode.PERMISSION_DENIED: PermissionDeniedError,
    grpc.StatusCode.RESOURCE_EXHAUSTED: ResourceExhaustedError,
    grpc.StatusCode.UNAVAILABLE: UnavailableError,
}
