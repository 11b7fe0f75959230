package io.globemeet.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.globemeet.api.v1.QueueServiceGrpc;
import io.grpc.CallCredentials;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import java.net.URI;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** Runs the interceptor in front of a channel that records each call instead of sending it. */
class GlobeMeetInterceptorTest {
  /** Never contacted: the recording channel sends nothing. */
  private static final URI TOKEN_URI = URI.create("http://192.0.2.1/v1/oauth/token");

  private final ClientCredentialsTokenSource tokens =
      new ClientCredentialsTokenSource(TOKEN_URI, "acme", "secret-1");
  private final CallCredentials credentials = new BearerTokenCredentials(tokens);
  private final GlobeMeetInterceptor interceptor = new GlobeMeetInterceptor(credentials, tokens);
  private final RecordingChannel channel = new RecordingChannel();

  private <ReqT, RespT> Metadata start(MethodDescriptor<ReqT, RespT> method, CallOptions options) {
    interceptor.interceptCall(method, options, channel)
        .start(new ClientCall.Listener<RespT>() {}, new Metadata());
    return channel.headers;
  }

  @Test
  void createGetsRandomKey() {
    String first = start(QueueServiceGrpc.getCreateQueueMethod(), CallOptions.DEFAULT)
        .get(GlobeMeetInterceptor.IDEMPOTENCY_HEADER);
    String second = start(QueueServiceGrpc.getCreateQueueMethod(), CallOptions.DEFAULT)
        .get(GlobeMeetInterceptor.IDEMPOTENCY_HEADER);

    assertNotNull(first);
    assertNotNull(second);
    assertNotEquals(first, second);
  }

  @Test
  void callerKeyWins() {
    CallOptions options = CallOptions.DEFAULT.withOption(GlobeMeetClient.IDEMPOTENCY_KEY, "key-1");

    Metadata headers = start(QueueServiceGrpc.getCreateQueueMethod(), options);

    assertEquals("key-1", headers.get(GlobeMeetInterceptor.IDEMPOTENCY_HEADER));
  }

  @Test
  void callerKeyOnOtherMethod() {
    CallOptions options = CallOptions.DEFAULT.withOption(GlobeMeetClient.IDEMPOTENCY_KEY, "key-2");

    Metadata headers = start(QueueServiceGrpc.getAddQueueMemberMethod(), options);

    assertEquals("key-2", headers.get(GlobeMeetInterceptor.IDEMPOTENCY_HEADER));
  }

  @Test
  void getHasNoKey() {
    Metadata headers = start(QueueServiceGrpc.getGetQueueMethod(), CallOptions.DEFAULT);

    assertNull(headers.get(GlobeMeetInterceptor.IDEMPOTENCY_HEADER));
  }

  @Test
  void addsClientCredentials() {
    start(QueueServiceGrpc.getGetQueueMethod(), CallOptions.DEFAULT);

    assertSame(credentials, channel.options.getCredentials());
  }

  @Test
  void keepsCallerCredentials() {
    CallCredentials own = new CallCredentials() {
      @Override
      public void applyRequestMetadata(RequestInfo info, Executor executor, MetadataApplier applier) {
        applier.apply(new Metadata());
      }
    };

    start(QueueServiceGrpc.getGetQueueMethod(), CallOptions.DEFAULT.withCallCredentials(own));

    assertSame(own, channel.options.getCredentials());
  }

  /** Keeps the options and headers of the last call started on it. */
  private static final class RecordingChannel extends Channel {
    CallOptions options;
    Metadata headers;

    @Override
    public <ReqT, RespT> ClientCall<ReqT, RespT> newCall(
        MethodDescriptor<ReqT, RespT> method, CallOptions callOptions) {
      options = callOptions;
      return new ClientCall<>() {
        @Override
        public void start(Listener<RespT> listener, Metadata metadata) {
          headers = metadata;
        }

        @Override
        public void request(int numMessages) {}

        @Override
        public void cancel(String message, Throwable cause) {}

        @Override
        public void halfClose() {}

        @Override
        public void sendMessage(ReqT message) {}
      };
    }

    @Override
    public String authority() {
      return "api.globemeet.test";
    }
  }
}
