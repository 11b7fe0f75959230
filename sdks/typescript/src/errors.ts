import { Metadata, status as Status, type ServiceError, type StatusObject } from "@grpc/grpc-js";
import { getProtoPath, loadSync } from "google-proto-files";
import type { Type } from "protobufjs";

/** One invalid field of a request, from `google.rpc.BadRequest`. */
export interface FieldViolation {
  /** The path of the field, such as `queue.name`. */
  field: string;
  /** What is wrong with the field and how to fix it. */
  description: string;
  /** The machine-readable cause, such as `REQUIRED`. */
  reason: string;
}

/** What the server's `grpc-status-details-bin` trailer carries, decoded. */
export interface ErrorDetails {
  reason?: string;
  domain?: string;
  metadata: Record<string, string>;
  fieldViolations: FieldViolation[];
  retryDelayMs?: number;
}

/**
 * A failed GlobeMeet call: the gRPC status with the rich details the server attached
 * (`google.rpc.ErrorInfo`, `BadRequest`, `RetryInfo`).
 */
export class GlobeMeetError extends Error {
  /** The gRPC status code, such as `status.NOT_FOUND` (5). */
  readonly code: Status;
  /** The status code's name, such as `NOT_FOUND`. */
  readonly codeName: string;
  /** The message of the server, without the code. */
  readonly details: string;
  /** The UPPER_SNAKE cause from `ErrorInfo`, such as `RESOURCE_NOT_FOUND`. */
  readonly reason?: string;
  /** The owner of the reason, `globemeet.io` for the server's own errors. */
  readonly domain?: string;
  /** Extra facts from `ErrorInfo`. */
  readonly errorMetadata: Record<string, string>;
  /** Every invalid field, from `BadRequest`. */
  readonly fieldViolations: FieldViolation[];
  /** How long to wait before retrying, from `RetryInfo`, in milliseconds. */
  readonly retryDelayMs?: number;
  /** The response metadata (trailers), for example `x-request-id`. */
  readonly metadata: Metadata;

  constructor(code: Status, details: string, metadata: Metadata = new Metadata(), options?: { cause?: unknown }) {
    const codeName = Status[code] ?? `CODE_${code}`;
    super(`${codeName}: ${details}`, options);
    this.name = "GlobeMeetError";
    this.code = code;
    this.codeName = codeName;
    this.details = details;
    this.metadata = metadata;
    let decoded: ErrorDetails = { metadata: {}, fieldViolations: [] };
    try {
      decoded = decodeStatusDetails(metadata);
    } catch {
      // A malformed trailer leaves the error without details rather than failing the caller.
    }
    this.reason = decoded.reason;
    this.domain = decoded.domain;
    this.errorMetadata = decoded.metadata;
    this.fieldViolations = decoded.fieldViolations;
    this.retryDelayMs = decoded.retryDelayMs;
  }

  /** Wraps an error of a grpc-js call; any other error becomes an `UNKNOWN` one. */
  static from(error: unknown): GlobeMeetError {
    if (error instanceof GlobeMeetError) {
      return error;
    }
    if (isServiceError(error)) {
      return new GlobeMeetError(error.code, error.details, error.metadata, { cause: error });
    }
    const message = error instanceof Error ? error.message : String(error);
    return new GlobeMeetError(Status.UNKNOWN, message, new Metadata(), { cause: error });
  }

  /** Builds the error from a call's final status, as an interceptor receives it. */
  static fromStatus(status: StatusObject): GlobeMeetError {
    return new GlobeMeetError(status.code, status.details, status.metadata);
  }
}

function isServiceError(error: unknown): error is ServiceError {
  return (
    error instanceof Error &&
    typeof (error as Partial<ServiceError>).code === "number" &&
    (error as Partial<ServiceError>).metadata instanceof Metadata
  );
}

interface RpcTypes {
  status: Type;
  errorInfo: Type;
  badRequest: Type;
  retryInfo: Type;
}

let rpcTypes: RpcTypes | undefined;

/** Loads google.rpc.Status and the detail messages from the google-proto-files package once. */
function loadRpcTypes(): RpcTypes {
  if (!rpcTypes) {
    const root = loadSync(getProtoPath("rpc", "error_details.proto"), { keepCase: true });
    root.loadSync(getProtoPath("rpc", "status.proto"), { keepCase: true });
    rpcTypes = {
      status: root.lookupType("google.rpc.Status"),
      errorInfo: root.lookupType("google.rpc.ErrorInfo"),
      badRequest: root.lookupType("google.rpc.BadRequest"),
      retryInfo: root.lookupType("google.rpc.RetryInfo"),
    };
  }
  return rpcTypes;
}

const TYPE_URL_PREFIX = "type.googleapis.com/";

/**
 * Decodes `grpc-status-details-bin`; details of unknown types are skipped. Throws when the
 * trailer is not a valid `google.rpc.Status`.
 */
export function decodeStatusDetails(metadata: Metadata): ErrorDetails {
  const result: ErrorDetails = { metadata: {}, fieldViolations: [] };
  const raw = metadata.get("grpc-status-details-bin")[0];
  if (!(raw instanceof Buffer)) {
    return result;
  }
  const types = loadRpcTypes();
  const toObject = { longs: Number, defaults: true } as const;
  const status = types.status.toObject(types.status.decode(raw), toObject) as {
    details: { type_url: string; value: Uint8Array }[];
  };
  for (const any of status.details) {
    const value = any.value;
    switch (any.type_url.startsWith(TYPE_URL_PREFIX) ? any.type_url.slice(TYPE_URL_PREFIX.length) : "") {
      case "google.rpc.ErrorInfo": {
        const info = types.errorInfo.toObject(types.errorInfo.decode(value), toObject) as {
          reason: string;
          domain: string;
          metadata: Record<string, string>;
        };
        result.reason = info.reason;
        result.domain = info.domain;
        result.metadata = info.metadata;
        break;
      }
      case "google.rpc.BadRequest": {
        const badRequest = types.badRequest.toObject(types.badRequest.decode(value), toObject) as {
          field_violations: FieldViolation[];
        };
        result.fieldViolations.push(
          ...badRequest.field_violations.map(({ field, description, reason }) => ({ field, description, reason })),
        );
        break;
      }
      case "google.rpc.RetryInfo": {
        const retry = types.retryInfo.toObject(types.retryInfo.decode(value), toObject) as {
          retry_delay?: { seconds: number; nanos: number };
        };
        if (retry.retry_delay) {
          result.retryDelayMs = retry.retry_delay.seconds * 1000 + Math.floor(retry.retry_delay.nanos / 1e6);
        }
        break;
      }
    }
  }
  return result;
}
