package io.globemeet.api;

import com.google.protobuf.Descriptors;
import com.google.protobuf.Internal;
import com.google.protobuf.Message;
import io.grpc.CallCredentials;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ChannelCredentials;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ClientInterceptors;
import io.grpc.ForwardingClientCall;
import io.grpc.ForwardingClientCallListener;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsChannelCredentials;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.stub.ClientCalls;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * A connection to the GlobeMeet API. Its calls carry an access token fetched with the OAuth 2.0
 * client credentials grant, get an idempotency key when the method is a {@code Create...}, and
 * fail with {@link GlobeMeetException}.
 *
 * <pre>{@code
 * try (GlobeMeetClient gm = GlobeMeetClient.newBuilder("127.0.0.1:8080")
 *     .clientCredentials("acme", secret).usePlaintext().build()) {
 *   Queue queue = gm.call(GetQueueRequest.newBuilder().setQueueId("q_1").build(), Queue.class);
 * }
 * }</pre>
 *
 * <p>{@link #call} finds the method from the request message: every request type of the API
 * belongs to exactly one method. {@link #channel()} is the authenticated channel for generated
 * gRPC stubs.
 */
public final class GlobeMeetClient implements AutoCloseable {
  /** The idempotency key of a call, for {@link #call(Message, Class, CallOptions)} and stubs. */
  public static final CallOptions.Key<String> IDEMPOTENCY_KEY =
      CallOptions.Key.create("globemeet-idempotency-key");

  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
  private static final Metadata.Key<String> IDEMPOTENCY_HEADER =
      Metadata.Key.of("idempotency-key", Metadata.ASCII_STRING_MARSHALLER);

  private final ManagedChannel managedChannel;
  private final Channel channel;
  private final ClientCredentialsTokenSource tokens;
  private final Map<Descriptors.Descriptor, Rpc> methods = new ConcurrentHashMap<>();

  private GlobeMeetClient(ManagedChannel managedChannel, ClientCredentialsTokenSource tokens) {
    this.managedChannel = managedChannel;
    this.tokens = tokens;
    this.channel = ClientInterceptors.intercept(managedChannel, new Interceptor(tokens));
  }

  /** Starts a client for {@code endpoint}, {@code host:port}. */
  public static Builder newBuilder(String endpoint) {
    return new Builder(endpoint);
  }

  /** Call options that carry {@code key} as the idempotency key. */
  public static CallOptions withIdempotencyKey(String key) {
    return CallOptions.DEFAULT.withOption(IDEMPOTENCY_KEY, key);
  }

  /** The channel whose calls carry the token and idempotency keys, for generated stubs. */
  public Channel channel() {
    return channel;
  }

  /** The token source of this client. */
  public ClientCredentialsTokenSource tokens() {
    return tokens;
  }

  /** Calls the method that takes {@code request}, which must return {@code responseType}. */
  public <R extends Message> R call(Message request, Class<R> responseType) {
    return call(request, responseType, CallOptions.DEFAULT);
  }

  /** Like {@link #call(Message, Class)}, with call options such as a deadline or a key. */
  public <R extends Message> R call(Message request, Class<R> responseType, CallOptions options) {
    Rpc rpc = methods.computeIfAbsent(request.getDescriptorForType(), GlobeMeetClient::findMethod);
    Descriptors.Descriptor wanted = Internal.getDefaultInstance(responseType).getDescriptorForType();
    if (!rpc.output().equals(wanted)) {
      throw new IllegalArgumentException(rpc.method().getFullMethodName() + " returns "
          + rpc.output().getFullName() + ", not " + wanted.getFullName());
    }
    try {
      return responseType.cast(ClientCalls.blockingUnaryCall(channel, rpc.method(), options, request));
    } catch (StatusRuntimeException e) {
      throw GlobeMeetException.from(e);
    }
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

  /** A unary method and the message type it returns. */
  private record Rpc(MethodDescriptor<Message, Message> method, Descriptors.Descriptor output) {}

  /** The unary method whose input is {@code input}, built from the generated descriptors. */
  private static Rpc findMethod(Descriptors.Descriptor input) {
    Descriptors.MethodDescriptor found = null;
    for (Descriptors.ServiceDescriptor service : input.getFile().getServices()) {
      for (Descriptors.MethodDescriptor method : service.getMethods()) {
        if (method.getInputType().equals(input)
            && !method.isClientStreaming() && !method.isServerStreaming()) {
          if (found != null) {
            throw new IllegalArgumentException(input.getFullName() + " is the request of both "
                + found.getFullName() + " and " + method.getFullName());
          }
          found = method;
        }
      }
    }
    if (found == null) {
      throw new IllegalArgumentException(input.getFullName()
          + " is not the request of a unary method in " + input.getFile().getName());
    }
    MethodDescriptor<Message, Message> method = MethodDescriptor.<Message, Message>newBuilder()
        .setType(MethodDescriptor.MethodType.UNARY)
        .setFullMethodName(MethodDescriptor.generateFullMethodName(
            found.getService().getFullName(), found.getName()))
        .setRequestMarshaller(ProtoUtils.marshaller(prototypeOf(input)))
        .setResponseMarshaller(ProtoUtils.marshaller(prototypeOf(found.getOutputType())))
        .build();
    return new Rpc(method, found.getOutputType());
  }

  /** The default instance of the generated class of {@code type}. */
  private static Message prototypeOf(Descriptors.Descriptor type) {
    String className = javaClassName(type);
    try {
      Class<? extends Message> messageClass = Class.forName(className).asSubclass(Message.class);
      return Internal.getDefaultInstance(messageClass);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("no generated class " + className + " for "
          + type.getFullName() + " on the class path", e);
    }
  }

  private static String javaClassName(Descriptors.Descriptor type) {
    Descriptors.FileDescriptor file = type.getFile();
    String javaPackage = file.getOptions().hasJavaPackage()
        ? file.getOptions().getJavaPackage() : file.getPackage();
    String nested = type.getFullName().substring(file.getPackage().isEmpty()
        ? 0 : file.getPackage().length() + 1).replace('.', '$');
    String outer = file.getOptions().getJavaMultipleFiles() ? ""
        : file.getOptions().getJavaOuterClassname() + "$";
    return (javaPackage.isEmpty() ? "" : javaPackage + ".") + outer + nested;
  }

  /** Adds the token and, on creates, an idempotency key. */
  private static final class Interceptor implements ClientInterceptor {
    private final ClientCredentialsTokenSource tokens;
    private final CallCredentials credentials;

    Interceptor(ClientCredentialsTokenSource tokens) {
      this.tokens = tokens;
      this.credentials = new BearerCredentials(tokens);
    }

    @Override
    public <Q, A> ClientCall<Q, A> interceptCall(
        MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
      String key = options.getOption(IDEMPOTENCY_KEY);
      if (key == null && Objects.requireNonNullElse(method.getBareMethodName(), "").startsWith("Create")) {
        key = UUID.randomUUID().toString();
      }
      String idempotencyKey = key;
      ClientCall<Q, A> call = next.newCall(method, options.withCallCredentials(credentials));
      return new ForwardingClientCall.SimpleForwardingClientCall<>(call) {
        @Override
        public void start(Listener<A> listener, Metadata headers) {
          if (idempotencyKey != null) {
            headers.put(IDEMPOTENCY_HEADER, idempotencyKey);
          }
          super.start(new ForwardingClientCallListener.SimpleForwardingClientCallListener<>(listener) {
            @Override
            public void onClose(Status status, Metadata trailers) {
              if (status.getCode() == Status.Code.UNAUTHENTICATED) {
                // The signing key was rotated or the client disabled, so the next call fetches a new token.
                tokens.invalidate();
              }
              super.onClose(status, trailers);
            }
          }, headers);
        }
      };
    }
  }

  /** Puts {@code authorization: Bearer ...} on every call, fetching tokens off the caller. */
  private static final class BearerCredentials extends CallCredentials {
    private final ClientCredentialsTokenSource tokens;

    BearerCredentials(ClientCredentialsTokenSource tokens) {
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
          Status status = e.httpStatus() == 0 ? Status.UNAVAILABLE : Status.UNAUTHENTICATED;
          applier.fail(status.withDescription(e.getMessage()).withCause(e));
        }
      });
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

    public GlobeMeetClient build() {
      if (clientId == null) {
        throw new IllegalStateException("call clientCredentials(clientId, clientSecret) first");
      }
      URI uri = tokenUri != null ? tokenUri
          : URI.create((plaintext ? "http" : "https") + "://" + endpoint + "/v1/oauth/token");
      ChannelCredentials transport = plaintext
          ? InsecureChannelCredentials.create() : TlsChannelCredentials.create();
      ManagedChannel managed = Grpc.newChannelBuilder(endpoint, transport).build();
      return new GlobeMeetClient(managed, new ClientCredentialsTokenSource(uri, clientId, clientSecret));
    }
  }
}
