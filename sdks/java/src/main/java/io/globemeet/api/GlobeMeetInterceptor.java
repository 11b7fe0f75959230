package io.globemeet.api;

import io.grpc.CallCredentials;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.ForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.util.UUID;

/**
 * Gives each call the client's access token unless it has call credentials of its own, and an
 * {@code idempotency-key}: the one in {@link GlobeMeetClient#IDEMPOTENCY_KEY}, or a random one
 * for methods named {@code Create...}.
 */
final class GlobeMeetInterceptor implements ClientInterceptor {
  static final Metadata.Key<String> IDEMPOTENCY_HEADER =
      Metadata.Key.of("idempotency-key", Metadata.ASCII_STRING_MARSHALLER);

  private final CallCredentials credentials;
  private final ClientCredentialsTokenSource tokens;

  GlobeMeetInterceptor(CallCredentials credentials, ClientCredentialsTokenSource tokens) {
    this.credentials = credentials;
    this.tokens = tokens;
  }

  @Override
  public <ReqT, RespT> ClientCall<ReqT, RespT> interceptCall(
      MethodDescriptor<ReqT, RespT> method, CallOptions options, Channel next) {
    CallOptions withToken = options.getCredentials() == null
        ? options.withCallCredentials(credentials) : options;
    boolean ownToken = withToken.getCredentials() == credentials;
    String idempotencyKey = idempotencyKey(method, options);
    ClientCall<ReqT, RespT> call = next.newCall(method, withToken);
    return new ForwardingClientCall.SimpleForwardingClientCall<>(call) {
      @Override
      public void start(Listener<RespT> listener, Metadata headers) {
        if (idempotencyKey != null) {
          headers.put(IDEMPOTENCY_HEADER, idempotencyKey);
        }
        super.start(ownToken ? new ForgetRejectedToken<>(listener) : listener, headers);
      }
    };
  }

  private static String idempotencyKey(MethodDescriptor<?, ?> method, CallOptions options) {
    String key = options.getOption(GlobeMeetClient.IDEMPOTENCY_KEY);
    if (key != null) {
      return key;
    }
    String name = method.getBareMethodName();
    return name != null && name.startsWith("Create") ? UUID.randomUUID().toString() : null;
  }

  /**
   * Forgets the cached token when the server rejects it, as it does once the client is
   * disabled, so that the next call fetches a new token instead of resending the rejected one.
   */
  private final class ForgetRejectedToken<RespT>
      extends ForwardingClientCallListener.SimpleForwardingClientCallListener<RespT> {
    ForgetRejectedToken(ClientCall.Listener<RespT> listener) {
      super(listener);
    }

    @Override
    public void onClose(Status status, Metadata trailers) {
      if (status.getCode() == Status.Code.UNAUTHENTICATED) {
        tokens.invalidate();
      }
      super.onClose(status, trailers);
    }
  }
}
