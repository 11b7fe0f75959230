package io.globemeet.api;

import io.grpc.CallCredentials;
import io.grpc.Metadata;
import io.grpc.Status;
import java.util.concurrent.Executor;

/**
 * Puts {@code authorization: Bearer ...} on every call. The token is fetched on the application
 * executor that grpc-java passes in for blocking work, not on the thread that applies it.
 */
final class BearerTokenCredentials extends CallCredentials {
  static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  private final ClientCredentialsTokenSource tokens;

  BearerTokenCredentials(ClientCredentialsTokenSource tokens) {
    this.tokens = tokens;
  }

  @Override
  public void applyRequestMetadata(RequestInfo info, Executor executor, MetadataApplier applier) {
    executor.execute(() -> {
      try {
        Metadata headers = new Metadata();
        headers.put(AUTHORIZATION, "Bearer " + tokens.token());
        applier.apply(headers);
      } catch (ClientCredentialsTokenSource.TokenException e) {
        // No response is a transport failure that a retry may fix, but rejected credentials stay
        // rejected.
        Status status = e.httpStatus() == 0 ? Status.UNAVAILABLE : Status.UNAUTHENTICATED;
        applier.fail(status.withDescription(e.getMessage()).withCause(e));
      }
    });
  }
}
