package io.globemeet.api.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages the agents of the caller's tenant: the people who take sessions.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class AgentServiceGrpc {

  private AgentServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "globemeet.v1.AgentService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.CreateAgentRequest,
      io.globemeet.api.v1.Agent> getCreateAgentMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateAgent",
      requestType = io.globemeet.api.v1.CreateAgentRequest.class,
      responseType = io.globemeet.api.v1.Agent.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.CreateAgentRequest,
      io.globemeet.api.v1.Agent> getCreateAgentMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.CreateAgentRequest, io.globemeet.api.v1.Agent> getCreateAgentMethod;
    if ((getCreateAgentMethod = AgentServiceGrpc.getCreateAgentMethod) == null) {
      synchronized (AgentServiceGrpc.class) {
        if ((getCreateAgentMethod = AgentServiceGrpc.getCreateAgentMethod) == null) {
          AgentServiceGrpc.getCreateAgentMethod = getCreateAgentMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.CreateAgentRequest, io.globemeet.api.v1.Agent>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateAgent"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.CreateAgentRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Agent.getDefaultInstance()))
              .setSchemaDescriptor(new AgentServiceMethodDescriptorSupplier("CreateAgent"))
              .build();
        }
      }
    }
    return getCreateAgentMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.GetAgentRequest,
      io.globemeet.api.v1.Agent> getGetAgentMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetAgent",
      requestType = io.globemeet.api.v1.GetAgentRequest.class,
      responseType = io.globemeet.api.v1.Agent.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.GetAgentRequest,
      io.globemeet.api.v1.Agent> getGetAgentMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.GetAgentRequest, io.globemeet.api.v1.Agent> getGetAgentMethod;
    if ((getGetAgentMethod = AgentServiceGrpc.getGetAgentMethod) == null) {
      synchronized (AgentServiceGrpc.class) {
        if ((getGetAgentMethod = AgentServiceGrpc.getGetAgentMethod) == null) {
          AgentServiceGrpc.getGetAgentMethod = getGetAgentMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.GetAgentRequest, io.globemeet.api.v1.Agent>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetAgent"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.GetAgentRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Agent.getDefaultInstance()))
              .setSchemaDescriptor(new AgentServiceMethodDescriptorSupplier("GetAgent"))
              .build();
        }
      }
    }
    return getGetAgentMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.ListAgentsRequest,
      io.globemeet.api.v1.ListAgentsResponse> getListAgentsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListAgents",
      requestType = io.globemeet.api.v1.ListAgentsRequest.class,
      responseType = io.globemeet.api.v1.ListAgentsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.ListAgentsRequest,
      io.globemeet.api.v1.ListAgentsResponse> getListAgentsMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.ListAgentsRequest, io.globemeet.api.v1.ListAgentsResponse> getListAgentsMethod;
    if ((getListAgentsMethod = AgentServiceGrpc.getListAgentsMethod) == null) {
      synchronized (AgentServiceGrpc.class) {
        if ((getListAgentsMethod = AgentServiceGrpc.getListAgentsMethod) == null) {
          AgentServiceGrpc.getListAgentsMethod = getListAgentsMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.ListAgentsRequest, io.globemeet.api.v1.ListAgentsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListAgents"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ListAgentsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ListAgentsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AgentServiceMethodDescriptorSupplier("ListAgents"))
              .build();
        }
      }
    }
    return getListAgentsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.UpdateAgentRequest,
      io.globemeet.api.v1.Agent> getUpdateAgentMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateAgent",
      requestType = io.globemeet.api.v1.UpdateAgentRequest.class,
      responseType = io.globemeet.api.v1.Agent.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.UpdateAgentRequest,
      io.globemeet.api.v1.Agent> getUpdateAgentMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.UpdateAgentRequest, io.globemeet.api.v1.Agent> getUpdateAgentMethod;
    if ((getUpdateAgentMethod = AgentServiceGrpc.getUpdateAgentMethod) == null) {
      synchronized (AgentServiceGrpc.class) {
        if ((getUpdateAgentMethod = AgentServiceGrpc.getUpdateAgentMethod) == null) {
          AgentServiceGrpc.getUpdateAgentMethod = getUpdateAgentMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.UpdateAgentRequest, io.globemeet.api.v1.Agent>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateAgent"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.UpdateAgentRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Agent.getDefaultInstance()))
              .setSchemaDescriptor(new AgentServiceMethodDescriptorSupplier("UpdateAgent"))
              .build();
        }
      }
    }
    return getUpdateAgentMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.DeleteAgentRequest,
      com.google.protobuf.Empty> getDeleteAgentMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteAgent",
      requestType = io.globemeet.api.v1.DeleteAgentRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.DeleteAgentRequest,
      com.google.protobuf.Empty> getDeleteAgentMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.DeleteAgentRequest, com.google.protobuf.Empty> getDeleteAgentMethod;
    if ((getDeleteAgentMethod = AgentServiceGrpc.getDeleteAgentMethod) == null) {
      synchronized (AgentServiceGrpc.class) {
        if ((getDeleteAgentMethod = AgentServiceGrpc.getDeleteAgentMethod) == null) {
          AgentServiceGrpc.getDeleteAgentMethod = getDeleteAgentMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.DeleteAgentRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteAgent"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.DeleteAgentRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new AgentServiceMethodDescriptorSupplier("DeleteAgent"))
              .build();
        }
      }
    }
    return getDeleteAgentMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.SetAgentPresenceRequest,
      io.globemeet.api.v1.Agent> getSetAgentPresenceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetAgentPresence",
      requestType = io.globemeet.api.v1.SetAgentPresenceRequest.class,
      responseType = io.globemeet.api.v1.Agent.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.SetAgentPresenceRequest,
      io.globemeet.api.v1.Agent> getSetAgentPresenceMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.SetAgentPresenceRequest, io.globemeet.api.v1.Agent> getSetAgentPresenceMethod;
    if ((getSetAgentPresenceMethod = AgentServiceGrpc.getSetAgentPresenceMethod) == null) {
      synchronized (AgentServiceGrpc.class) {
        if ((getSetAgentPresenceMethod = AgentServiceGrpc.getSetAgentPresenceMethod) == null) {
          AgentServiceGrpc.getSetAgentPresenceMethod = getSetAgentPresenceMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.SetAgentPresenceRequest, io.globemeet.api.v1.Agent>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetAgentPresence"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.SetAgentPresenceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Agent.getDefaultInstance()))
              .setSchemaDescriptor(new AgentServiceMethodDescriptorSupplier("SetAgentPresence"))
              .build();
        }
      }
    }
    return getSetAgentPresenceMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static AgentServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AgentServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AgentServiceStub>() {
        @java.lang.Override
        public AgentServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AgentServiceStub(channel, callOptions);
        }
      };
    return AgentServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static AgentServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AgentServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AgentServiceBlockingV2Stub>() {
        @java.lang.Override
        public AgentServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AgentServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return AgentServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static AgentServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AgentServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AgentServiceBlockingStub>() {
        @java.lang.Override
        public AgentServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AgentServiceBlockingStub(channel, callOptions);
        }
      };
    return AgentServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static AgentServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AgentServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AgentServiceFutureStub>() {
        @java.lang.Override
        public AgentServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AgentServiceFutureStub(channel, callOptions);
        }
      };
    return AgentServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages the agents of the caller's tenant: the people who take sessions.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates an agent. The body is the agent; `id` may be chosen by the client, such as
     * `AGENT_42`.
     * </pre>
     */
    default void createAgent(io.globemeet.api.v1.CreateAgentRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Agent> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateAgentMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns one agent.
     * </pre>
     */
    default void getAgent(io.globemeet.api.v1.GetAgentRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Agent> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetAgentMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists agents, a page at a time.
     * </pre>
     */
    default void listAgents(io.globemeet.api.v1.ListAgentsRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListAgentsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListAgentsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates the fields of an agent named by `update_mask`. Presence changes go through
     * SetAgentPresence.
     * </pre>
     */
    default void updateAgent(io.globemeet.api.v1.UpdateAgentRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Agent> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateAgentMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes an agent and removes it from every queue.
     * </pre>
     */
    default void deleteAgent(io.globemeet.api.v1.DeleteAgentRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteAgentMethod(), responseObserver);
    }

    /**
     * <pre>
     * Sets the presence of an agent. Only `available` agents are offered sessions.
     * </pre>
     */
    default void setAgentPresence(io.globemeet.api.v1.SetAgentPresenceRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Agent> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetAgentPresenceMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service AgentService.
   * <pre>
   * Manages the agents of the caller's tenant: the people who take sessions.
   * </pre>
   */
  public static abstract class AgentServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return AgentServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service AgentService.
   * <pre>
   * Manages the agents of the caller's tenant: the people who take sessions.
   * </pre>
   */
  public static final class AgentServiceStub
      extends io.grpc.stub.AbstractAsyncStub<AgentServiceStub> {
    private AgentServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AgentServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AgentServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an agent. The body is the agent; `id` may be chosen by the client, such as
     * `AGENT_42`.
     * </pre>
     */
    public void createAgent(io.globemeet.api.v1.CreateAgentRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Agent> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateAgentMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns one agent.
     * </pre>
     */
    public void getAgent(io.globemeet.api.v1.GetAgentRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Agent> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetAgentMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists agents, a page at a time.
     * </pre>
     */
    public void listAgents(io.globemeet.api.v1.ListAgentsRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListAgentsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListAgentsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates the fields of an agent named by `update_mask`. Presence changes go through
     * SetAgentPresence.
     * </pre>
     */
    public void updateAgent(io.globemeet.api.v1.UpdateAgentRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Agent> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateAgentMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes an agent and removes it from every queue.
     * </pre>
     */
    public void deleteAgent(io.globemeet.api.v1.DeleteAgentRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteAgentMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Sets the presence of an agent. Only `available` agents are offered sessions.
     * </pre>
     */
    public void setAgentPresence(io.globemeet.api.v1.SetAgentPresenceRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Agent> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetAgentPresenceMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service AgentService.
   * <pre>
   * Manages the agents of the caller's tenant: the people who take sessions.
   * </pre>
   */
  public static final class AgentServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<AgentServiceBlockingV2Stub> {
    private AgentServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AgentServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AgentServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an agent. The body is the agent; `id` may be chosen by the client, such as
     * `AGENT_42`.
     * </pre>
     */
    public io.globemeet.api.v1.Agent createAgent(io.globemeet.api.v1.CreateAgentRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateAgentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns one agent.
     * </pre>
     */
    public io.globemeet.api.v1.Agent getAgent(io.globemeet.api.v1.GetAgentRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetAgentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists agents, a page at a time.
     * </pre>
     */
    public io.globemeet.api.v1.ListAgentsResponse listAgents(io.globemeet.api.v1.ListAgentsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListAgentsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields of an agent named by `update_mask`. Presence changes go through
     * SetAgentPresence.
     * </pre>
     */
    public io.globemeet.api.v1.Agent updateAgent(io.globemeet.api.v1.UpdateAgentRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateAgentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes an agent and removes it from every queue.
     * </pre>
     */
    public com.google.protobuf.Empty deleteAgent(io.globemeet.api.v1.DeleteAgentRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteAgentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sets the presence of an agent. Only `available` agents are offered sessions.
     * </pre>
     */
    public io.globemeet.api.v1.Agent setAgentPresence(io.globemeet.api.v1.SetAgentPresenceRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetAgentPresenceMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service AgentService.
   * <pre>
   * Manages the agents of the caller's tenant: the people who take sessions.
   * </pre>
   */
  public static final class AgentServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<AgentServiceBlockingStub> {
    private AgentServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AgentServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AgentServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an agent. The body is the agent; `id` may be chosen by the client, such as
     * `AGENT_42`.
     * </pre>
     */
    public io.globemeet.api.v1.Agent createAgent(io.globemeet.api.v1.CreateAgentRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateAgentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns one agent.
     * </pre>
     */
    public io.globemeet.api.v1.Agent getAgent(io.globemeet.api.v1.GetAgentRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetAgentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists agents, a page at a time.
     * </pre>
     */
    public io.globemeet.api.v1.ListAgentsResponse listAgents(io.globemeet.api.v1.ListAgentsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListAgentsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields of an agent named by `update_mask`. Presence changes go through
     * SetAgentPresence.
     * </pre>
     */
    public io.globemeet.api.v1.Agent updateAgent(io.globemeet.api.v1.UpdateAgentRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateAgentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes an agent and removes it from every queue.
     * </pre>
     */
    public com.google.protobuf.Empty deleteAgent(io.globemeet.api.v1.DeleteAgentRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteAgentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sets the presence of an agent. Only `available` agents are offered sessions.
     * </pre>
     */
    public io.globemeet.api.v1.Agent setAgentPresence(io.globemeet.api.v1.SetAgentPresenceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetAgentPresenceMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service AgentService.
   * <pre>
   * Manages the agents of the caller's tenant: the people who take sessions.
   * </pre>
   */
  public static final class AgentServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<AgentServiceFutureStub> {
    private AgentServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AgentServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AgentServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an agent. The body is the agent; `id` may be chosen by the client, such as
     * `AGENT_42`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Agent> createAgent(
        io.globemeet.api.v1.CreateAgentRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateAgentMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns one agent.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Agent> getAgent(
        io.globemeet.api.v1.GetAgentRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetAgentMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists agents, a page at a time.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.ListAgentsResponse> listAgents(
        io.globemeet.api.v1.ListAgentsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListAgentsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates the fields of an agent named by `update_mask`. Presence changes go through
     * SetAgentPresence.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Agent> updateAgent(
        io.globemeet.api.v1.UpdateAgentRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateAgentMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes an agent and removes it from every queue.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> deleteAgent(
        io.globemeet.api.v1.DeleteAgentRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteAgentMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Sets the presence of an agent. Only `available` agents are offered sessions.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Agent> setAgentPresence(
        io.globemeet.api.v1.SetAgentPresenceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetAgentPresenceMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_AGENT = 0;
  private static final int METHODID_GET_AGENT = 1;
  private static final int METHODID_LIST_AGENTS = 2;
  private static final int METHODID_UPDATE_AGENT = 3;
  private static final int METHODID_DELETE_AGENT = 4;
  private static final int METHODID_SET_AGENT_PRESENCE = 5;

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
        case METHODID_CREATE_AGENT:
          serviceImpl.createAgent((io.globemeet.api.v1.CreateAgentRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Agent>) responseObserver);
          break;
        case METHODID_GET_AGENT:
          serviceImpl.getAgent((io.globemeet.api.v1.GetAgentRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Agent>) responseObserver);
          break;
        case METHODID_LIST_AGENTS:
          serviceImpl.listAgents((io.globemeet.api.v1.ListAgentsRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListAgentsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_AGENT:
          serviceImpl.updateAgent((io.globemeet.api.v1.UpdateAgentRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Agent>) responseObserver);
          break;
        case METHODID_DELETE_AGENT:
          serviceImpl.deleteAgent((io.globemeet.api.v1.DeleteAgentRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_SET_AGENT_PRESENCE:
          serviceImpl.setAgentPresence((io.globemeet.api.v1.SetAgentPresenceRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Agent>) responseObserver);
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
          getCreateAgentMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.CreateAgentRequest,
              io.globemeet.api.v1.Agent>(
                service, METHODID_CREATE_AGENT)))
        .addMethod(
          getGetAgentMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.GetAgentRequest,
              io.globemeet.api.v1.Agent>(
                service, METHODID_GET_AGENT)))
        .addMethod(
          getListAgentsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.ListAgentsRequest,
              io.globemeet.api.v1.ListAgentsResponse>(
                service, METHODID_LIST_AGENTS)))
        .addMethod(
          getUpdateAgentMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.UpdateAgentRequest,
              io.globemeet.api.v1.Agent>(
                service, METHODID_UPDATE_AGENT)))
        .addMethod(
          getDeleteAgentMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.DeleteAgentRequest,
              com.google.protobuf.Empty>(
                service, METHODID_DELETE_AGENT)))
        .addMethod(
          getSetAgentPresenceMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.SetAgentPresenceRequest,
              io.globemeet.api.v1.Agent>(
                service, METHODID_SET_AGENT_PRESENCE)))
        .build();
  }

  private static abstract class AgentServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    AgentServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.globemeet.api.v1.AgentsProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("AgentService");
    }
  }

  private static final class AgentServiceFileDescriptorSupplier
      extends AgentServiceBaseDescriptorSupplier {
    AgentServiceFileDescriptorSupplier() {}
  }

  private static final class AgentServiceMethodDescriptorSupplier
      extends AgentServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    AgentServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (AgentServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new AgentServiceFileDescriptorSupplier())
              .addMethod(getCreateAgentMethod())
              .addMethod(getGetAgentMethod())
              .addMethod(getListAgentsMethod())
              .addMethod(getUpdateAgentMethod())
              .addMethod(getDeleteAgentMethod())
              .addMethod(getSetAgentPresenceMethod())
              .build();
        }
      }
    }
    return result;
  }
}
