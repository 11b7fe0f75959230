package io.globemeet.api.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages the OAuth 2.0 clients of the caller's tenant: the credentials integrations exchange
 * for access tokens at `POST /v1/oauth/token`.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class ClientServiceGrpc {

  private ClientServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "globemeet.v1.ClientService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.CreateClientRequest,
      io.globemeet.api.v1.Client> getCreateClientMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateClient",
      requestType = io.globemeet.api.v1.CreateClientRequest.class,
      responseType = io.globemeet.api.v1.Client.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.CreateClientRequest,
      io.globemeet.api.v1.Client> getCreateClientMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.CreateClientRequest, io.globemeet.api.v1.Client> getCreateClientMethod;
    if ((getCreateClientMethod = ClientServiceGrpc.getCreateClientMethod) == null) {
      synchronized (ClientServiceGrpc.class) {
        if ((getCreateClientMethod = ClientServiceGrpc.getCreateClientMethod) == null) {
          ClientServiceGrpc.getCreateClientMethod = getCreateClientMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.CreateClientRequest, io.globemeet.api.v1.Client>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateClient"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.CreateClientRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Client.getDefaultInstance()))
              .setSchemaDescriptor(new ClientServiceMethodDescriptorSupplier("CreateClient"))
              .build();
        }
      }
    }
    return getCreateClientMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.GetClientRequest,
      io.globemeet.api.v1.Client> getGetClientMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetClient",
      requestType = io.globemeet.api.v1.GetClientRequest.class,
      responseType = io.globemeet.api.v1.Client.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.GetClientRequest,
      io.globemeet.api.v1.Client> getGetClientMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.GetClientRequest, io.globemeet.api.v1.Client> getGetClientMethod;
    if ((getGetClientMethod = ClientServiceGrpc.getGetClientMethod) == null) {
      synchronized (ClientServiceGrpc.class) {
        if ((getGetClientMethod = ClientServiceGrpc.getGetClientMethod) == null) {
          ClientServiceGrpc.getGetClientMethod = getGetClientMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.GetClientRequest, io.globemeet.api.v1.Client>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetClient"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.GetClientRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Client.getDefaultInstance()))
              .setSchemaDescriptor(new ClientServiceMethodDescriptorSupplier("GetClient"))
              .build();
        }
      }
    }
    return getGetClientMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.ListClientsRequest,
      io.globemeet.api.v1.ListClientsResponse> getListClientsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListClients",
      requestType = io.globemeet.api.v1.ListClientsRequest.class,
      responseType = io.globemeet.api.v1.ListClientsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.ListClientsRequest,
      io.globemeet.api.v1.ListClientsResponse> getListClientsMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.ListClientsRequest, io.globemeet.api.v1.ListClientsResponse> getListClientsMethod;
    if ((getListClientsMethod = ClientServiceGrpc.getListClientsMethod) == null) {
      synchronized (ClientServiceGrpc.class) {
        if ((getListClientsMethod = ClientServiceGrpc.getListClientsMethod) == null) {
          ClientServiceGrpc.getListClientsMethod = getListClientsMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.ListClientsRequest, io.globemeet.api.v1.ListClientsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListClients"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ListClientsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ListClientsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ClientServiceMethodDescriptorSupplier("ListClients"))
              .build();
        }
      }
    }
    return getListClientsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.UpdateClientRequest,
      io.globemeet.api.v1.Client> getUpdateClientMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateClient",
      requestType = io.globemeet.api.v1.UpdateClientRequest.class,
      responseType = io.globemeet.api.v1.Client.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.UpdateClientRequest,
      io.globemeet.api.v1.Client> getUpdateClientMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.UpdateClientRequest, io.globemeet.api.v1.Client> getUpdateClientMethod;
    if ((getUpdateClientMethod = ClientServiceGrpc.getUpdateClientMethod) == null) {
      synchronized (ClientServiceGrpc.class) {
        if ((getUpdateClientMethod = ClientServiceGrpc.getUpdateClientMethod) == null) {
          ClientServiceGrpc.getUpdateClientMethod = getUpdateClientMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.UpdateClientRequest, io.globemeet.api.v1.Client>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateClient"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.UpdateClientRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Client.getDefaultInstance()))
              .setSchemaDescriptor(new ClientServiceMethodDescriptorSupplier("UpdateClient"))
              .build();
        }
      }
    }
    return getUpdateClientMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.DeleteClientRequest,
      com.google.protobuf.Empty> getDeleteClientMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteClient",
      requestType = io.globemeet.api.v1.DeleteClientRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.DeleteClientRequest,
      com.google.protobuf.Empty> getDeleteClientMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.DeleteClientRequest, com.google.protobuf.Empty> getDeleteClientMethod;
    if ((getDeleteClientMethod = ClientServiceGrpc.getDeleteClientMethod) == null) {
      synchronized (ClientServiceGrpc.class) {
        if ((getDeleteClientMethod = ClientServiceGrpc.getDeleteClientMethod) == null) {
          ClientServiceGrpc.getDeleteClientMethod = getDeleteClientMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.DeleteClientRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteClient"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.DeleteClientRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new ClientServiceMethodDescriptorSupplier("DeleteClient"))
              .build();
        }
      }
    }
    return getDeleteClientMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.RotateClientSecretRequest,
      io.globemeet.api.v1.Client> getRotateClientSecretMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RotateClientSecret",
      requestType = io.globemeet.api.v1.RotateClientSecretRequest.class,
      responseType = io.globemeet.api.v1.Client.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.RotateClientSecretRequest,
      io.globemeet.api.v1.Client> getRotateClientSecretMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.RotateClientSecretRequest, io.globemeet.api.v1.Client> getRotateClientSecretMethod;
    if ((getRotateClientSecretMethod = ClientServiceGrpc.getRotateClientSecretMethod) == null) {
      synchronized (ClientServiceGrpc.class) {
        if ((getRotateClientSecretMethod = ClientServiceGrpc.getRotateClientSecretMethod) == null) {
          ClientServiceGrpc.getRotateClientSecretMethod = getRotateClientSecretMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.RotateClientSecretRequest, io.globemeet.api.v1.Client>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RotateClientSecret"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.RotateClientSecretRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Client.getDefaultInstance()))
              .setSchemaDescriptor(new ClientServiceMethodDescriptorSupplier("RotateClientSecret"))
              .build();
        }
      }
    }
    return getRotateClientSecretMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.RevokeClientSecretRequest,
      io.globemeet.api.v1.Client> getRevokeClientSecretMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RevokeClientSecret",
      requestType = io.globemeet.api.v1.RevokeClientSecretRequest.class,
      responseType = io.globemeet.api.v1.Client.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.RevokeClientSecretRequest,
      io.globemeet.api.v1.Client> getRevokeClientSecretMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.RevokeClientSecretRequest, io.globemeet.api.v1.Client> getRevokeClientSecretMethod;
    if ((getRevokeClientSecretMethod = ClientServiceGrpc.getRevokeClientSecretMethod) == null) {
      synchronized (ClientServiceGrpc.class) {
        if ((getRevokeClientSecretMethod = ClientServiceGrpc.getRevokeClientSecretMethod) == null) {
          ClientServiceGrpc.getRevokeClientSecretMethod = getRevokeClientSecretMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.RevokeClientSecretRequest, io.globemeet.api.v1.Client>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RevokeClientSecret"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.RevokeClientSecretRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Client.getDefaultInstance()))
              .setSchemaDescriptor(new ClientServiceMethodDescriptorSupplier("RevokeClientSecret"))
              .build();
        }
      }
    }
    return getRevokeClientSecretMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ClientServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ClientServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ClientServiceStub>() {
        @java.lang.Override
        public ClientServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ClientServiceStub(channel, callOptions);
        }
      };
    return ClientServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static ClientServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ClientServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ClientServiceBlockingV2Stub>() {
        @java.lang.Override
        public ClientServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ClientServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return ClientServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ClientServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ClientServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ClientServiceBlockingStub>() {
        @java.lang.Override
        public ClientServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ClientServiceBlockingStub(channel, callOptions);
        }
      };
    return ClientServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ClientServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ClientServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ClientServiceFutureStub>() {
        @java.lang.Override
        public ClientServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ClientServiceFutureStub(channel, callOptions);
        }
      };
    return ClientServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages the OAuth 2.0 clients of the caller's tenant: the credentials integrations exchange
   * for access tokens at `POST /v1/oauth/token`.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a client and its first secret. The secret is returned in `client_secret` of this
     * response only; store it, it cannot be read again.
     * </pre>
     */
    default void createClient(io.globemeet.api.v1.CreateClientRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Client> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateClientMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns one client, without secrets.
     * </pre>
     */
    default void getClient(io.globemeet.api.v1.GetClientRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Client> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetClientMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the tenant's clients, a page at a time.
     * </pre>
     */
    default void listClients(io.globemeet.api.v1.ListClientsRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListClientsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListClientsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates the fields of a client named by `update_mask`. Disabling a client stops new tokens
     * at once and makes its existing tokens fail within 60 seconds.
     * </pre>
     */
    default void updateClient(io.globemeet.api.v1.UpdateClientRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Client> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateClientMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a client and its secrets; its tokens fail within 60 seconds.
     * </pre>
     */
    default void deleteClient(io.globemeet.api.v1.DeleteClientRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteClientMethod(), responseObserver);
    }

    /**
     * <pre>
     * Adds a new secret while the current one keeps working, so integrations can switch without
     * downtime. A client holds at most two active secrets: revoke the old one after the switch.
     * The new secret is returned in `client_secret` of this response only.
     * </pre>
     */
    default void rotateClientSecret(io.globemeet.api.v1.RotateClientSecretRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Client> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRotateClientSecretMethod(), responseObserver);
    }

    /**
     * <pre>
     * Revokes one secret of the client. Tokens already issued keep working until they expire.
     * </pre>
     */
    default void revokeClientSecret(io.globemeet.api.v1.RevokeClientSecretRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Client> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRevokeClientSecretMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service ClientService.
   * <pre>
   * Manages the OAuth 2.0 clients of the caller's tenant: the credentials integrations exchange
   * for access tokens at `POST /v1/oauth/token`.
   * </pre>
   */
  public static abstract class ClientServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return ClientServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service ClientService.
   * <pre>
   * Manages the OAuth 2.0 clients of the caller's tenant: the credentials integrations exchange
   * for access tokens at `POST /v1/oauth/token`.
   * </pre>
   */
  public static final class ClientServiceStub
      extends io.grpc.stub.AbstractAsyncStub<ClientServiceStub> {
    private ClientServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ClientServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ClientServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a client and its first secret. The secret is returned in `client_secret` of this
     * response only; store it, it cannot be read again.
     * </pre>
     */
    public void createClient(io.globemeet.api.v1.CreateClientRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Client> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateClientMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns one client, without secrets.
     * </pre>
     */
    public void getClient(io.globemeet.api.v1.GetClientRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Client> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetClientMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the tenant's clients, a page at a time.
     * </pre>
     */
    public void listClients(io.globemeet.api.v1.ListClientsRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListClientsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListClientsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates the fields of a client named by `update_mask`. Disabling a client stops new tokens
     * at once and makes its existing tokens fail within 60 seconds.
     * </pre>
     */
    public void updateClient(io.globemeet.api.v1.UpdateClientRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Client> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateClientMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a client and its secrets; its tokens fail within 60 seconds.
     * </pre>
     */
    public void deleteClient(io.globemeet.api.v1.DeleteClientRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteClientMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Adds a new secret while the current one keeps working, so integrations can switch without
     * downtime. A client holds at most two active secrets: revoke the old one after the switch.
     * The new secret is returned in `client_secret` of this response only.
     * </pre>
     */
    public void rotateClientSecret(io.globemeet.api.v1.RotateClientSecretRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Client> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRotateClientSecretMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Revokes one secret of the client. Tokens already issued keep working until they expire.
     * </pre>
     */
    public void revokeClientSecret(io.globemeet.api.v1.RevokeClientSecretRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Client> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRevokeClientSecretMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service ClientService.
   * <pre>
   * Manages the OAuth 2.0 clients of the caller's tenant: the credentials integrations exchange
   * for access tokens at `POST /v1/oauth/token`.
   * </pre>
   */
  public static final class ClientServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<ClientServiceBlockingV2Stub> {
    private ClientServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ClientServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ClientServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a client and its first secret. The secret is returned in `client_secret` of this
     * response only; store it, it cannot be read again.
     * </pre>
     */
    public io.globemeet.api.v1.Client createClient(io.globemeet.api.v1.CreateClientRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateClientMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns one client, without secrets.
     * </pre>
     */
    public io.globemeet.api.v1.Client getClient(io.globemeet.api.v1.GetClientRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetClientMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the tenant's clients, a page at a time.
     * </pre>
     */
    public io.globemeet.api.v1.ListClientsResponse listClients(io.globemeet.api.v1.ListClientsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListClientsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields of a client named by `update_mask`. Disabling a client stops new tokens
     * at once and makes its existing tokens fail within 60 seconds.
     * </pre>
     */
    public io.globemeet.api.v1.Client updateClient(io.globemeet.api.v1.UpdateClientRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateClientMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a client and its secrets; its tokens fail within 60 seconds.
     * </pre>
     */
    public com.google.protobuf.Empty deleteClient(io.globemeet.api.v1.DeleteClientRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteClientMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds a new secret while the current one keeps working, so integrations can switch without
     * downtime. A client holds at most two active secrets: revoke the old one after the switch.
     * The new secret is returned in `client_secret` of this response only.
     * </pre>
     */
    public io.globemeet.api.v1.Client rotateClientSecret(io.globemeet.api.v1.RotateClientSecretRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRotateClientSecretMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Revokes one secret of the client. Tokens already issued keep working until they expire.
     * </pre>
     */
    public io.globemeet.api.v1.Client revokeClientSecret(io.globemeet.api.v1.RevokeClientSecretRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRevokeClientSecretMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service ClientService.
   * <pre>
   * Manages the OAuth 2.0 clients of the caller's tenant: the credentials integrations exchange
   * for access tokens at `POST /v1/oauth/token`.
   * </pre>
   */
  public static final class ClientServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<ClientServiceBlockingStub> {
    private ClientServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ClientServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ClientServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a client and its first secret. The secret is returned in `client_secret` of this
     * response only; store it, it cannot be read again.
     * </pre>
     */
    public io.globemeet.api.v1.Client createClient(io.globemeet.api.v1.CreateClientRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateClientMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns one client, without secrets.
     * </pre>
     */
    public io.globemeet.api.v1.Client getClient(io.globemeet.api.v1.GetClientRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetClientMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the tenant's clients, a page at a time.
     * </pre>
     */
    public io.globemeet.api.v1.ListClientsResponse listClients(io.globemeet.api.v1.ListClientsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListClientsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields of a client named by `update_mask`. Disabling a client stops new tokens
     * at once and makes its existing tokens fail within 60 seconds.
     * </pre>
     */
    public io.globemeet.api.v1.Client updateClient(io.globemeet.api.v1.UpdateClientRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateClientMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a client and its secrets; its tokens fail within 60 seconds.
     * </pre>
     */
    public com.google.protobuf.Empty deleteClient(io.globemeet.api.v1.DeleteClientRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteClientMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds a new secret while the current one keeps working, so integrations can switch without
     * downtime. A client holds at most two active secrets: revoke the old one after the switch.
     * The new secret is returned in `client_secret` of this response only.
     * </pre>
     */
    public io.globemeet.api.v1.Client rotateClientSecret(io.globemeet.api.v1.RotateClientSecretRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRotateClientSecretMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Revokes one secret of the client. Tokens already issued keep working until they expire.
     * </pre>
     */
    public io.globemeet.api.v1.Client revokeClientSecret(io.globemeet.api.v1.RevokeClientSecretRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRevokeClientSecretMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service ClientService.
   * <pre>
   * Manages the OAuth 2.0 clients of the caller's tenant: the credentials integrations exchange
   * for access tokens at `POST /v1/oauth/token`.
   * </pre>
   */
  public static final class ClientServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<ClientServiceFutureStub> {
    private ClientServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ClientServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ClientServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a client and its first secret. The secret is returned in `client_secret` of this
     * response only; store it, it cannot be read again.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Client> createClient(
        io.globemeet.api.v1.CreateClientRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateClientMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns one client, without secrets.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Client> getClient(
        io.globemeet.api.v1.GetClientRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetClientMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the tenant's clients, a page at a time.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.ListClientsResponse> listClients(
        io.globemeet.api.v1.ListClientsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListClientsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates the fields of a client named by `update_mask`. Disabling a client stops new tokens
     * at once and makes its existing tokens fail within 60 seconds.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Client> updateClient(
        io.globemeet.api.v1.UpdateClientRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateClientMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a client and its secrets; its tokens fail within 60 seconds.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> deleteClient(
        io.globemeet.api.v1.DeleteClientRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteClientMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Adds a new secret while the current one keeps working, so integrations can switch without
     * downtime. A client holds at most two active secrets: revoke the old one after the switch.
     * The new secret is returned in `client_secret` of this response only.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Client> rotateClientSecret(
        io.globemeet.api.v1.RotateClientSecretRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRotateClientSecretMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Revokes one secret of the client. Tokens already issued keep working until they expire.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Client> revokeClientSecret(
        io.globemeet.api.v1.RevokeClientSecretRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRevokeClientSecretMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_CLIENT = 0;
  private static final int METHODID_GET_CLIENT = 1;
  private static final int METHODID_LIST_CLIENTS = 2;
  private static final int METHODID_UPDATE_CLIENT = 3;
  private static final int METHODID_DELETE_CLIENT = 4;
  private static final int METHODID_ROTATE_CLIENT_SECRET = 5;
  private static final int METHODID_REVOKE_CLIENT_SECRET = 6;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final AsyncService serviceImpl;
    private final int methodId;

    MethodHandlers(AsyncService serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_CREATE_CLIENT:
          serviceImpl.createClient((io.globemeet.api.v1.CreateClientRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Client>) responseObserver);
          break;
        case METHODID_GET_CLIENT:
          serviceImpl.getClient((io.globemeet.api.v1.GetClientRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Client>) responseObserver);
          break;
        case METHODID_LIST_CLIENTS:
          serviceImpl.listClients((io.globemeet.api.v1.ListClientsRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListClientsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_CLIENT:
          serviceImpl.updateClient((io.globemeet.api.v1.UpdateClientRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Client>) responseObserver);
          break;
        case METHODID_DELETE_CLIENT:
          serviceImpl.deleteClient((io.globemeet.api.v1.DeleteClientRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_ROTATE_CLIENT_SECRET:
          serviceImpl.rotateClientSecret((io.globemeet.api.v1.RotateClientSecretRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Client>) responseObserver);
          break;
        case METHODID_REVOKE_CLIENT_SECRET:
          serviceImpl.revokeClientSecret((io.globemeet.api.v1.RevokeClientSecretRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Client>) responseObserver);
          break;
        default:
          throw new AssertionError();
      }
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public io.grpc.stub.StreamObserver<Req> invoke(
        io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        default:
          throw new AssertionError();
      }
    }
  }

  public static final io.grpc.ServerServiceDefinition bindService(AsyncService service) {
    return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(
          getCreateClientMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.CreateClientRequest,
              io.globemeet.api.v1.Client>(
                service, METHODID_CREATE_CLIENT)))
        .addMethod(
          getGetClientMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.GetClientRequest,
              io.globemeet.api.v1.Client>(
                service, METHODID_GET_CLIENT)))
        .addMethod(
          getListClientsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.ListClientsRequest,
              io.globemeet.api.v1.ListClientsResponse>(
                service, METHODID_LIST_CLIENTS)))
        .addMethod(
          getUpdateClientMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.UpdateClientRequest,
              io.globemeet.api.v1.Client>(
                service, METHODID_UPDATE_CLIENT)))
        .addMethod(
          getDeleteClientMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.DeleteClientRequest,
              com.google.protobuf.Empty>(
                service, METHODID_DELETE_CLIENT)))
        .addMethod(
          getRotateClientSecretMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.RotateClientSecretRequest,
              io.globemeet.api.v1.Client>(
                service, METHODID_ROTATE_CLIENT_SECRET)))
        .addMethod(
          getRevokeClientSecretMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.RevokeClientSecretRequest,
              io.globemeet.api.v1.Client>(
                service, METHODID_REVOKE_CLIENT_SECRET)))
        .build();
  }

  private static abstract class ClientServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ClientServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.globemeet.api.v1.ClientsProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ClientService");
    }
  }

  private static final class ClientServiceFileDescriptorSupplier
      extends ClientServiceBaseDescriptorSupplier {
    ClientServiceFileDescriptorSupplier() {}
  }

  private static final class ClientServiceMethodDescriptorSupplier
      extends ClientServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    ClientServiceMethodDescriptorSupplier(java.lang.String methodName) {
      this.methodName = methodName;
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.MethodDescriptor getMethodDescriptor() {
      return getServiceDescriptor().findMethodByName(methodName);
    }
  }

  private static volatile io.grpc.ServiceDescriptor serviceDescriptor;

  public static io.grpc.ServiceDescriptor getServiceDescriptor() {
    io.grpc.ServiceDescriptor result = serviceDescriptor;
    if (result == null) {
      synchronized (ClientServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ClientServiceFileDescriptorSupplier())
              .addMethod(getCreateClientMethod())
              .addMethod(getGetClientMethod())
              .addMethod(getListClientsMethod())
              .addMethod(getUpdateClientMethod())
              .addMethod(getDeleteClientMethod())
              .addMethod(getRotateClientSecretMethod())
              .addMethod(getRevokeClientSecretMethod())
              .build();
        }
      }
    }
    return result;
  }
}
