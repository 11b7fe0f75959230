package io.globemeet.api;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.google.rpc.RetryInfo;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A failed GlobeMeet call: its gRPC status with the details that the server attached as a
 * {@code google.rpc.Status} in the {@code grpc-status-details-bin} trailer
 * ({@code ErrorInfo}, {@code BadRequest}, {@code RetryInfo}).
 *
 * <pre>{@code
 * try {
 *   queues.getQueue(GetQueueRequest.newBuilder().setQueueId("q_missing").build());
 * } catch (StatusRuntimeException e) {
 *   GlobeMeetException error = GlobeMeetException.from(e);
 *   if ("RESOURCE_NOT_FOUND".equals(error.reason())) { ... }
 * }
 * }</pre>
 *
 * <p>It is a {@link StatusRuntimeException}, so code that handles grpc-java's exception also
 * handles this one when it is rethrown.
 */
public final class GlobeMeetException extends StatusRuntimeException {
  private static final long serialVersionUID = 1L;

  private final String reason;
  private final String domain;
  private final Map<String, String> metadata;
  private final List<FieldViolation> fieldViolations;
  private final Duration retryDelay;

  /** One invalid field of a request: its path, what is wrong, and the machine-readable cause. */
  public record FieldViolation(String field, String description, String reason)
      implements Serializable {}

  private GlobeMeetException(Status status, Metadata trailers, com.google.rpc.Status details) {
    super(status, trailers);
    String reason = null;
    String domain = null;
    Map<String, String> metadata = Map.of();
    List<FieldViolation> violations = new ArrayList<>();
    Duration retryDelay = null;
    for (Any detail : details == null ? List.<Any>of() : details.getDetailsList()) {
      try {
        if (detail.is(ErrorInfo.class)) {
          ErrorInfo info = detail.unpack(ErrorInfo.class);
          reason = info.getReason();
          domain = info.getDomain();
          metadata = Map.copyOf(info.getMetadataMap());
        } else if (detail.is(BadRequest.class)) {
          for (BadRequest.FieldViolation v : detail.unpack(BadRequest.class).getFieldViolationsList()) {
            violations.add(new FieldViolation(v.getField(), v.getDescription(), v.getReason()));
          }
        } else if (detail.is(RetryInfo.class)) {
          com.google.protobuf.Duration delay = detail.unpack(RetryInfo.class).getRetryDelay();
          retryDelay = Duration.ofSeconds(delay.getSeconds(), delay.getNanos());
        }
      } catch (InvalidProtocolBufferException e) {
        addSuppressed(e);
      }
    }
    this.reason = reason;
    this.domain = domain;
    this.metadata = metadata;
    this.fieldViolations = List.copyOf(violations);
    this.retryDelay = retryDelay;
  }

  /**
   * Converts the exception of a gRPC call, keeping it as the cause. It takes what the stubs
   * throw or pass on: a {@link StatusRuntimeException} or {@link io.grpc.StatusException},
   * also inside another exception such as the {@code ExecutionException} of a future stub.
   * Anything else becomes {@code UNKNOWN} without details.
   */
  public static GlobeMeetException from(Throwable throwable) {
    if (throwable instanceof GlobeMeetException e) {
      return e;
    }
    Status status = Status.fromThrowable(throwable).withCause(throwable);
    Metadata trailers = Status.trailersFromThrowable(throwable);
    return new GlobeMeetException(status, trailers, StatusProto.fromThrowable(throwable));
  }

  /** The gRPC status code, such as {@code NOT_FOUND}. */
  public Status.Code code() {
    return getStatus().getCode();
  }

  /** The UPPER_SNAKE cause from {@code ErrorInfo}, such as {@code RESOURCE_NOT_FOUND}; or null. */
  public String reason() {
    return reason;
  }

  /** The owner of the reason, {@code globemeet.io} for the server's own errors; or null. */
  public String domain() {
    return domain;
  }

  /** Extra facts from {@code ErrorInfo}. */
  public Map<String, String> metadata() {
    return metadata;
  }

  /** Every invalid field, from {@code BadRequest}. */
  public List<FieldViolation> fieldViolations() {
    return fieldViolations;
  }

  /** How long to wait before retrying, from {@code RetryInfo}. */
  public Optional<Duration> retryDelay() {
    return Optional.ofNullable(retryDelay);
  }
}
