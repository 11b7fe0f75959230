package io.globemeet.api;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.google.rpc.RetryInfo;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A failed GlobeMeet call: the gRPC status with the details the server attached
 * ({@code google.rpc.ErrorInfo}, {@code BadRequest}, {@code RetryInfo}).
 */
public final class GlobeMeetException extends RuntimeException {
  private final Status status;
  private final String reason;
  private final String domain;
  private final Map<String, String> metadata;
  private final List<FieldViolation> fieldViolations;
  private final Duration retryDelay;

  /** One invalid field of a request: its path, what is wrong, and the machine-readable cause. */
  public record FieldViolation(String field, String description, String reason) {}

  private GlobeMeetException(Status status, com.google.rpc.Status details, Throwable cause) {
    super(status.getCode() + ": " + status.getDescription(), cause);
    this.status = status;
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

  /** Converts the exception of a gRPC call, keeping it as the cause. */
  public static GlobeMeetException from(Throwable throwable) {
    if (throwable instanceof GlobeMeetException e) {
      return e;
    }
    return new GlobeMeetException(
        Status.fromThrowable(throwable), StatusProto.fromThrowable(throwable), throwable);
  }

  /** The gRPC status code, such as {@code NOT_FOUND}. */
  public Status.Code code() {
    return status.getCode();
  }

  /** The gRPC status, with the server's message as its description. */
  public Status status() {
    return status;
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
