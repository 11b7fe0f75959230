package io.globemeet.api;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ChannelCredentials;
import io.grpc.ClientInterceptors;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.TlsChannelCredentials;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A connection to the GlobeMeet API for the generated gRPC stubs. Every call on {@link #channel()}
 * carries an access token fetched with the OAuth 2.0 client credentials grant, and every
 * {@code Create...} call carries an {@code idempotency-key}.
 *
 * <pre>{@code
 * try (GlobeMeetClient gm = GlobeMeetClient.newBuilder("127.0.0.1:8080")
 *     .clientCredentials("acme", secret).usePlaintext().build()) {
 *   QueueServiceGrpc.QueueServiceBlockingStub queues = QueueServiceGrpc.newBlockingStub(gm.channel());
 *   Queue queue = queues.getQueue(GetQueueRequest.newBuilder().setQueueId("q_1").build());
 * }
 * }</pre>
 *
 * <p>A failed call throws grpc-java's {@link io.grpc.StatusRuntimeException};
 * {@link GlobeMeetException#from} reads the server's error details from it.
 */
public final class GlobeMeetClient implements AutoCloseable {
  /**
   * The idempotency key of a call: {@code stub.withOption(IDEMPOTENCY_KEY, key)}. A retry with
   * the same key and request returns the first response instead of running the request again.
   * Without it, {@code Create...} calls get a random key.
   */
  public static final CallOptions.Key<String> IDEMPOTENCY_KEY =
      CallOptions.Key.create("globemeet-idempotency-key");

  private final ManagedChannel managedChannel;
  private final Channel channel;
  private final ClientCredentialsTokenSource tokens;

  private GlobeMeetClient(ManagedChannel managedChannel, ClientCredentialsTokenSource tokens) {
    this.managedChannel = managedChannel;
    this.tokens = tokens;
    this.channel = ClientInterceptors.intercept(
        managedChannel, new GlobeMeetInterceptor(new BearerTokenCredentials(tokens), tokens));
  }

  /** Starts a client for {@code endpoint}, {@code host:port}. */
  public static Builder newBuilder(String endpoint) {
    return new Builder(endpoint);
  }

  /**
   * The channel for generated stubs, such as {@code QueueServiceGrpc.newBlockingStub(channel())}.
   * Its calls carry the access token unless the stub sets call credentials of its own.
   */
  public Channel channel() {
    return channel;
  }

  /** The token source of this client. */
  public ClientCredentialsTokenSource tokens() {
    return tokens;
  }

  /** Shuts the channel down and waits up to five seconds for calls in flight. */
  @Override
  public void close() {
    managedChannel.shutdown();
    try {
      if (!managedChannel.awaitTermination(5, TimeUnit.SECONDS)) {
        managedChannel.shutdownNow();
      }
    } catch (InterruptedException e) {
      managedChannel.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** Configures a {@link GlobeMeetClient}. */
  public static final class Builder {
    private final String endpoint;
    private String clientId;
    private String clientSecret;
    private boolean plaintext;
    private URI tokenUri;

    private Builder(String endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    /** The OAuth client whose tokens the calls carry. */
    public Builder clientCredentials(String clientId, String clientSecret) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
      return this;
    }

    /**
     * Talk plaintext HTTP/2, and plain HTTP to the token endpoint, for a server on loopback
     * without a certificate. TLS is the default.
     */
    public Builder usePlaintext() {
      this.plaintext = true;
      return this;
    }

    /** The token endpoint; {@code http(s)://{endpoint}/v1/oauth/token} by default. */
    public Builder tokenUri(URI tokenUri) {
      this.tokenUri = Objects.requireNonNull(tokenUri, "tokenUri");
      return this;
    }

    /**
     * Creates the client. The channel connects on the first call, and the first call fetches
     * the first token.
     */
    public GlobeMeetClient build() {
      if (clientId == null) {
        throw new IllegalStateException("call clientCredentials(clientId, clientSecret) first");
      }
      URI uri = tokenUri != null ? tokenUri
          : URI.create((plaintext ? "http" : "https") + "://" + endpoint + "/v1/oauth/token");
      ChannelCredentials transport = plaintext
          ? InsecureChannelCredentials.create() : TlsChannelCredentials.create();
      ManagedChannel managed = Grpc.newChannelBuilder(endpoint, transport).build();
      return new GlobeMeetClient(
          managed, new ClientCredentialsTokenSource(uri, clientId, clientSecret));
    }
  }
}
