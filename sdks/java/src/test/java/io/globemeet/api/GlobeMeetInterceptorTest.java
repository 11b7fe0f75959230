package io.globemeet.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.sun.net.httpserver.HttpServer;
import io.globemeet.api.v1.QueueServiceGrpc;
import io.grpc.CallCredentials;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
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

  @Test
  void rejectedTokenIsFetchedAgain() throws IOException {
    AtomicInteger issued = new AtomicInteger();
    HttpServer endpoint =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    endpoint.createContext("/v1/oauth/token", exchange -> {
      byte[] body = ("{\"access_token\":\"token-" + issued.incrementAndGet()
          + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    endpoint.start();
    try {
      URI uri = URI.create("http://127.0.0.1:" + endpoint.getAddress().getPort() + "/v1/oauth/token");
      ClientCredentialsTokenSource loopbackTokens = new ClientCredentialsTokenSource(uri, "acme", "secret-1");
      GlobeMeetInterceptor withEndpoint =
          new GlobeMeetInterceptor(new BearerTokenCredentials(loopbackTokens), loopbackTokens);
      assertEquals("token-1", loopbackTokens.token());

      closeWith(withEndpoint, Status.NOT_FOUND);
      assertEquals("token-1", loopbackTokens.token());

      closeWith(withEndpoint, Status.UNAUTHENTICATED);
      assertEquals("token-2", loopbackTokens.token());
      assertEquals(2, issued.get());
    } finally {
      endpoint.stop(0);
    }
  }

  /** Starts a call through the interceptor and lets the recording channel close it. */
  private void closeWith(GlobeMeetInterceptor through, Status status) {
    through.interceptCall(QueueServiceGrpc.getGetQueueMethod(), CallOptions.DEFAULT, channel)
        .start(new ClientCall.Listener<>() {}, new Metadata());
    channel.listener.onClose(status, new Metadata());
  }

  /** Keeps the options, headers and listener of the last call started on it. */
  private static final class RecordingChannel extends Channel {
    CallOptions options;
    Metadata headers;
    ClientCall.Listener<?> listener;

    @Override
    public <ReqT, RespT> ClientCall<ReqT, RespT> newCall(
        MethodDescriptor<ReqT, RespT> method, CallOptions callOptions) {
      options = callOptions;
      return new ClientCall<>() {
        @Override
        public void start(Listener<RespT> callListener, Metadata metadata) {
          headers = metadata;
          listener = callListener;
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
