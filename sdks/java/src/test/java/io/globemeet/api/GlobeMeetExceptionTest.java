package io.globemeet.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import com.google.rpc.RetryInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class GlobeMeetExceptionTest {
  /** Builds the exception that a stub throws for an invalid queue, with every detail type. */
  private static StatusRuntimeException invalidQueue() {
    com.google.rpc.Status status = com.google.rpc.Status.newBuilder()
        .setCode(Code.INVALID_ARGUMENT_VALUE)
        .setMessage("queue.name is required")
        .addDetails(Any.pack(ErrorInfo.newBuilder()
            .setReason("INVALID_FIELD").setDomain("globemeet.io").putMetadata("field", "queue.name")
            .build()))
        .addDetails(Any.pack(BadRequest.newBuilder()
            .addFieldViolations(BadRequest.FieldViolation.newBuilder()
                .setField("queue.name").setDescription("required").setReason("REQUIRED"))
            .build()))
        .addDetails(Any.pack(RetryInfo.newBuilder()
            .setRetryDelay(com.google.protobuf.Duration.newBuilder().setSeconds(2).setNanos(500_000_000))
            .build()))
        .build();
    return StatusProto.toStatusRuntimeException(status);
  }

  @Test
  void readsErrorDetails() {
    StatusRuntimeException thrown = invalidQueue();

    GlobeMeetException e = GlobeMeetException.from(thrown);

    assertEquals(Status.Code.INVALID_ARGUMENT, e.code());
    assertEquals("queue.name is required", e.getStatus().getDescription());
    assertEquals("INVALID_FIELD", e.reason());
    assertEquals("globemeet.io", e.domain());
    assertEquals(Map.of("field", "queue.name"), e.metadata());
    assertEquals(
        List.of(new GlobeMeetException.FieldViolation("queue.name", "required", "REQUIRED")),
        e.fieldViolations());
    assertEquals(Optional.of(Duration.ofMillis(2500)), e.retryDelay());
    assertSame(thrown, e.getCause());
    assertTrue(e.getMessage().startsWith("INVALID_ARGUMENT: queue.name is required"), e.getMessage());
  }

  @Test
  void unwrapsExecutionException() {
    GlobeMeetException e = GlobeMeetException.from(new ExecutionException(invalidQueue()));

    assertEquals(Status.Code.INVALID_ARGUMENT, e.code());
    assertEquals("INVALID_FIELD", e.reason());
  }

  @Test
  void statusWithoutDetails() {
    GlobeMeetException e = GlobeMeetException.from(
        Status.UNAVAILABLE.withDescription("connection refused").asRuntimeException());

    assertEquals(Status.Code.UNAVAILABLE, e.code());
    assertNull(e.reason());
    assertNull(e.domain());
    assertEquals(Map.of(), e.metadata());
    assertEquals(List.of(), e.fieldViolations());
    assertEquals(Optional.empty(), e.retryDelay());
  }

  @Test
  void otherExceptionIsUnknown() {
    GlobeMeetException e = GlobeMeetException.from(new IllegalStateException("broken"));

    assertEquals(Status.Code.UNKNOWN, e.code());
    assertNull(e.reason());
  }

  @Test
  void convertsOnlyOnce() {
    GlobeMeetException first = GlobeMeetException.from(invalidQueue());

    assertSame(first, GlobeMeetException.from(first));
  }
}
