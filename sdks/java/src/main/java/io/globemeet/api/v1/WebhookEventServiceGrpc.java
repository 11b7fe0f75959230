package io.globemeet.api.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * The event log: every event of the tenant with its deliveries and their attempts, and replays.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class WebhookEventServiceGrpc {

  private WebhookEventServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "globemeet.v1.WebhookEventService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.ListWebhookEventsRequest,
      io.globemeet.api.v1.ListWebhookEventsResponse> getListWebhookEventsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListWebhookEvents",
      requestType = io.globemeet.api.v1.ListWebhookEventsRequest.class,
      responseType = io.globemeet.api.v1.ListWebhookEventsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.ListWebhookEventsRequest,
      io.globemeet.api.v1.ListWebhookEventsResponse> getListWebhookEventsMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.ListWebhookEventsRequest, io.globemeet.api.v1.ListWebhookEventsResponse> getListWebhookEventsMethod;
    if ((getListWebhookEventsMethod = WebhookEventServiceGrpc.getListWebhookEventsMethod) == null) {
      synchronized (WebhookEventServiceGrpc.class) {
        if ((getListWebhookEventsMethod = WebhookEventServiceGrpc.getListWebhookEventsMethod) == null) {
          WebhookEventServiceGrpc.getListWebhookEventsMethod = getListWebhookEventsMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.ListWebhookEventsRequest, io.globemeet.api.v1.ListWebhookEventsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListWebhookEvents"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ListWebhookEventsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ListWebhookEventsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WebhookEventServiceMethodDescriptorSupplier("ListWebhookEvents"))
              .build();
        }
      }
    }
    return getListWebhookEventsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.GetWebhookEventRequest,
      io.globemeet.api.v1.WebhookEvent> getGetWebhookEventMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetWebhookEvent",
      requestType = io.globemeet.api.v1.GetWebhookEventRequest.class,
      responseType = io.globemeet.api.v1.WebhookEvent.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.GetWebhookEventRequest,
      io.globemeet.api.v1.WebhookEvent> getGetWebhookEventMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.GetWebhookEventRequest, io.globemeet.api.v1.WebhookEvent> getGetWebhookEventMethod;
    if ((getGetWebhookEventMethod = WebhookEventServiceGrpc.getGetWebhookEventMethod) == null) {
      synchronized (WebhookEventServiceGrpc.class) {
        if ((getGetWebhookEventMethod = WebhookEventServiceGrpc.getGetWebhookEventMethod) == null) {
          WebhookEventServiceGrpc.getGetWebhookEventMethod = getGetWebhookEventMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.GetWebhookEventRequest, io.globemeet.api.v1.WebhookEvent>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetWebhookEvent"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.GetWebhookEventRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.WebhookEvent.getDefaultInstance()))
              .setSchemaDescriptor(new WebhookEventServiceMethodDescriptorSupplier("GetWebhookEvent"))
              .build();
        }
      }
    }
    return getGetWebhookEventMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.ReplayWebhookEventRequest,
      io.globemeet.api.v1.ReplayWebhookEventResponse> getReplayWebhookEventMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ReplayWebhookEvent",
      requestType = io.globemeet.api.v1.ReplayWebhookEventRequest.class,
      responseType = io.globemeet.api.v1.ReplayWebhookEventResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.ReplayWebhookEventRequest,
      io.globemeet.api.v1.ReplayWebhookEventResponse> getReplayWebhookEventMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.ReplayWebhookEventRequest, io.globemeet.api.v1.ReplayWebhookEventResponse> getReplayWebhookEventMethod;
    if ((getReplayWebhookEventMethod = WebhookEventServiceGrpc.getReplayWebhookEventMethod) == null) {
      synchronized (WebhookEventServiceGrpc.class) {
        if ((getReplayWebhookEventMethod = WebhookEventServiceGrpc.getReplayWebhookEventMethod) == null) {
          WebhookEventServiceGrpc.getReplayWebhookEventMethod = getReplayWebhookEventMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.ReplayWebhookEventRequest, io.globemeet.api.v1.ReplayWebhookEventResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ReplayWebhookEvent"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ReplayWebhookEventRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ReplayWebhookEventResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WebhookEventServiceMethodDescriptorSupplier("ReplayWebhookEvent"))
              .build();
        }
      }
    }
    return getReplayWebhookEventMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.ReplayWebhookEventsRequest,
      io.globemeet.api.v1.ReplayWebhookEventsResponse> getReplayWebhookEventsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ReplayWebhookEvents",
      requestType = io.globemeet.api.v1.ReplayWebhookEventsRequest.class,
      responseType = io.globemeet.api.v1.ReplayWebhookEventsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.ReplayWebhookEventsRequest,
      io.globemeet.api.v1.ReplayWebhookEventsResponse> getReplayWebhookEventsMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.ReplayWebhookEventsRequest, io.globemeet.api.v1.ReplayWebhookEventsResponse> getReplayWebhookEventsMethod;
    if ((getReplayWebhookEventsMethod = WebhookEventServiceGrpc.getReplayWebhookEventsMethod) == null) {
      synchronized (WebhookEventServiceGrpc.class) {
        if ((getReplayWebhookEventsMethod = WebhookEventServiceGrpc.getReplayWebhookEventsMethod) == null) {
          WebhookEventServiceGrpc.getReplayWebhookEventsMethod = getReplayWebhookEventsMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.ReplayWebhookEventsRequest, io.globemeet.api.v1.ReplayWebhookEventsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ReplayWebhookEvents"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ReplayWebhookEventsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ReplayWebhookEventsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WebhookEventServiceMethodDescriptorSupplier("ReplayWebhookEvents"))
              .build();
        }
      }
    }
    return getReplayWebhookEventsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.GetWebhookReplayRequest,
      io.globemeet.api.v1.WebhookReplay> getGetWebhookReplayMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetWebhookReplay",
      requestType = io.globemeet.api.v1.GetWebhookReplayRequest.class,
      responseType = io.globemeet.api.v1.WebhookReplay.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.GetWebhookReplayRequest,
      io.globemeet.api.v1.WebhookReplay> getGetWebhookReplayMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.GetWebhookReplayRequest, io.globemeet.api.v1.WebhookReplay> getGetWebhookReplayMethod;
    if ((getGetWebhookReplayMethod = WebhookEventServiceGrpc.getGetWebhookReplayMethod) == null) {
      synchronized (WebhookEventServiceGrpc.class) {
        if ((getGetWebhookReplayMethod = WebhookEventServiceGrpc.getGetWebhookReplayMethod) == null) {
          WebhookEventServiceGrpc.getGetWebhookReplayMethod = getGetWebhookReplayMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.GetWebhookReplayRequest, io.globemeet.api.v1.WebhookReplay>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetWebhookReplay"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.GetWebhookReplayRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.WebhookReplay.getDefaultInstance()))
              .setSchemaDescriptor(new WebhookEventServiceMethodDescriptorSupplier("GetWebhookReplay"))
              .build();
        }
      }
    }
    return getGetWebhookReplayMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static WebhookEventServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<WebhookEventServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<WebhookEventServiceStub>() {
        @java.lang.Override
        public WebhookEventServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new WebhookEventServiceStub(channel, callOptions);
        }
      };
    return WebhookEventServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static WebhookEventServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<WebhookEventServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<WebhookEventServiceBlockingV2Stub>() {
        @java.lang.Override
        public WebhookEventServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new WebhookEventServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return WebhookEventServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static WebhookEventServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<WebhookEventServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<WebhookEventServiceBlockingStub>() {
        @java.lang.Override
        public WebhookEventServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new WebhookEventServiceBlockingStub(channel, callOptions);
        }
      };
    return WebhookEventServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static WebhookEventServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<WebhookEventServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<WebhookEventServiceFutureStub>() {
        @java.lang.Override
        public WebhookEventServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new WebhookEventServiceFutureStub(channel, callOptions);
        }
      };
    return WebhookEventServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * The event log: every event of the tenant with its deliveries and their attempts, and replays.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Lists events with their deliveries (without attempts), a page at a time.
     * </pre>
     */
    default void listWebhookEvents(io.globemeet.api.v1.ListWebhookEventsRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListWebhookEventsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListWebhookEventsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns one event with its deliveries, one per endpoint, each with its attempts.
     * </pre>
     */
    default void getWebhookEvent(io.globemeet.api.v1.GetWebhookEventRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.WebhookEvent> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetWebhookEventMethod(), responseObserver);
    }

    /**
     * <pre>
     * Delivers an event again, with the same event id, to the endpoints it was delivered to that
     * are still enabled, or to the one endpoint named. Returns 202 Accepted, because the
     * deliveries run in the background.
     * </pre>
     */
    default void replayWebhookEvent(io.globemeet.api.v1.ReplayWebhookEventRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.ReplayWebhookEventResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getReplayWebhookEventMethod(), responseObserver);
    }

    /**
     * <pre>
     * Delivers again every event that matches a filter and a time range. With `dry_run` it only
     * counts them and returns 200. Otherwise it starts a replay job and returns it with 202
     * Accepted. GetWebhookReplay follows the job.
     * </pre>
     */
    default void replayWebhookEvents(io.globemeet.api.v1.ReplayWebhookEventsRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.ReplayWebhookEventsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getReplayWebhookEventsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns a replay job and its progress.
     * </pre>
     */
    default void getWebhookReplay(io.globemeet.api.v1.GetWebhookReplayRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.WebhookReplay> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetWebhookReplayMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service WebhookEventService.
   * <pre>
   * The event log: every event of the tenant with its deliveries and their attempts, and replays.
   * </pre>
   */
  public static abstract class WebhookEventServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return WebhookEventServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service WebhookEventService.
   * <pre>
   * The event log: every event of the tenant with its deliveries and their attempts, and replays.
   * </pre>
   */
  public static final class WebhookEventServiceStub
      extends io.grpc.stub.AbstractAsyncStub<WebhookEventServiceStub> {
    private WebhookEventServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected WebhookEventServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new WebhookEventServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists events with their deliveries (without attempts), a page at a time.
     * </pre>
     */
    public void listWebhookEvents(io.globemeet.api.v1.ListWebhookEventsRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListWebhookEventsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListWebhookEventsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns one event with its deliveries, one per endpoint, each with its attempts.
     * </pre>
     */
    public void getWebhookEvent(io.globemeet.api.v1.GetWebhookEventRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.WebhookEvent> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetWebhookEventMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Delivers an event again, with the same event id, to the endpoints it was delivered to that
     * are still enabled, or to the one endpoint named. Returns 202 Accepted, because the
     * deliveries run in the background.
     * </pre>
     */
    public void replayWebhookEvent(io.globemeet.api.v1.ReplayWebhookEventRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.ReplayWebhookEventResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getReplayWebhookEventMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Delivers again every event that matches a filter and a time range. With `dry_run` it only
     * counts them and returns 200. Otherwise it starts a replay job and returns it with 202
     * Accepted. GetWebhookReplay follows the job.
     * </pre>
     */
    public void replayWebhookEvents(io.globemeet.api.v1.ReplayWebhookEventsRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.ReplayWebhookEventsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getReplayWebhookEventsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns a replay job and its progress.
     * </pre>
     */
    public void getWebhookReplay(io.globemeet.api.v1.GetWebhookReplayRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.WebhookReplay> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetWebhookReplayMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service WebhookEventService.
   * <pre>
   * The event log: every event of the tenant with its deliveries and their attempts, and replays.
   * </pre>
   */
  public static final class WebhookEventServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<WebhookEventServiceBlockingV2Stub> {
    private WebhookEventServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected WebhookEventServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new WebhookEventServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists events with their deliveries (without attempts), a page at a time.
     * </pre>
     */
    public io.globemeet.api.v1.ListWebhookEventsResponse listWebhookEvents(io.globemeet.api.v1.ListWebhookEventsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListWebhookEventsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns one event with its deliveries, one per endpoint, each with its attempts.
     * </pre>
     */
    public io.globemeet.api.v1.WebhookEvent getWebhookEvent(io.globemeet.api.v1.GetWebhookEventRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetWebhookEventMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Delivers an event again, with the same event id, to the endpoints it was delivered to that
     * are still enabled, or to the one endpoint named. Returns 202 Accepted, because the
     * deliveries run in the background.
     * </pre>
     */
    public io.globemeet.api.v1.ReplayWebhookEventResponse replayWebhookEvent(io.globemeet.api.v1.ReplayWebhookEventRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getReplayWebhookEventMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Delivers again every event that matches a filter and a time range. With `dry_run` it only
     * counts them and returns 200. Otherwise it starts a replay job and returns it with 202
     * Accepted. GetWebhookReplay follows the job.
     * </pre>
     */
    public io.globemeet.api.v1.ReplayWebhookEventsResponse replayWebhookEvents(io.globemeet.api.v1.ReplayWebhookEventsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getReplayWebhookEventsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns a replay job and its progress.
     * </pre>
     */
    public io.globemeet.api.v1.WebhookReplay getWebhookReplay(io.globemeet.api.v1.GetWebhookReplayRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetWebhookReplayMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service WebhookEventService.
   * <pre>
   * The event log: every event of the tenant with its deliveries and their attempts, and replays.
   * </pre>
   */
  public static final class WebhookEventServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<WebhookEventServiceBlockingStub> {
    private WebhookEventServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected WebhookEventServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new WebhookEventServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists events with their deliveries (without attempts), a page at a time.
     * </pre>
     */
    public io.globemeet.api.v1.ListWebhookEventsResponse listWebhookEvents(io.globemeet.api.v1.ListWebhookEventsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListWebhookEventsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns one event with its deliveries, one per endpoint, each with its attempts.
     * </pre>
     */
    public io.globemeet.api.v1.WebhookEvent getWebhookEvent(io.globemeet.api.v1.GetWebhookEventRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetWebhookEventMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Delivers an event again, with the same event id, to the endpoints it was delivered to that
     * are still enabled, or to the one endpoint named. Returns 202 Accepted, because the
     * deliveries run in the background.
     * </pre>
     */
    public io.globemeet.api.v1.ReplayWebhookEventResponse replayWebhookEvent(io.globemeet.api.v1.ReplayWebhookEventRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getReplayWebhookEventMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Delivers again every event that matches a filter and a time range. With `dry_run` it only
     * counts them and returns 200. Otherwise it starts a replay job and returns it with 202
     * Accepted. GetWebhookReplay follows the job.
     * </pre>
     */
    public io.globemeet.api.v1.ReplayWebhookEventsResponse replayWebhookEvents(io.globemeet.api.v1.ReplayWebhookEventsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getReplayWebhookEventsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns a replay job and its progress.
     * </pre>
     */
    public io.globemeet.api.v1.WebhookReplay getWebhookReplay(io.globemeet.api.v1.GetWebhookReplayRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetWebhookReplayMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service WebhookEventService.
   * <pre>
   * The event log: every event of the tenant with its deliveries and their attempts, and replays.
   * </pre>
   */
  public static final class WebhookEventServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<WebhookEventServiceFutureStub> {
    private WebhookEventServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected WebhookEventServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new WebhookEventServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists events with their deliveries (without attempts), a page at a time.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.ListWebhookEventsResponse> listWebhookEvents(
        io.globemeet.api.v1.ListWebhookEventsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListWebhookEventsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns one event with its deliveries, one per endpoint, each with its attempts.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.WebhookEvent> getWebhookEvent(
        io.globemeet.api.v1.GetWebhookEventRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetWebhookEventMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Delivers an event again, with the same event id, to the endpoints it was delivered to that
     * are still enabled, or to the one endpoint named. Returns 202 Accepted, because the
     * deliveries run in the background.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.ReplayWebhookEventResponse> replayWebhookEvent(
        io.globemeet.api.v1.ReplayWebhookEventRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getReplayWebhookEventMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Delivers again every event that matches a filter and a time range. With `dry_run` it only
     * counts them and returns 200. Otherwise it starts a replay job and returns it with 202
     * Accepted. GetWebhookReplay follows the job.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.ReplayWebhookEventsResponse> replayWebhookEvents(
        io.globemeet.api.v1.ReplayWebhookEventsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getReplayWebhookEventsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns a replay job and its progress.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.WebhookReplay> getWebhookReplay(
        io.globemeet.api.v1.GetWebhookReplayRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetWebhookReplayMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_LIST_WEBHOOK_EVENTS = 0;
  private static final int METHODID_GET_WEBHOOK_EVENT = 1;
  private static final int METHODID_REPLAY_WEBHOOK_EVENT = 2;
  private static final int METHODID_REPLAY_WEBHOOK_EVENTS = 3;
  private static final int METHODID_GET_WEBHOOK_REPLAY = 4;

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
        case METHODID_LIST_WEBHOOK_EVENTS:
          serviceImpl.listWebhookEvents((io.globemeet.api.v1.ListWebhookEventsRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListWebhookEventsResponse>) responseObserver);
          break;
        case METHODID_GET_WEBHOOK_EVENT:
          serviceImpl.getWebhookEvent((io.globemeet.api.v1.GetWebhookEventRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.WebhookEvent>) responseObserver);
          break;
        case METHODID_REPLAY_WEBHOOK_EVENT:
          serviceImpl.replayWebhookEvent((io.globemeet.api.v1.ReplayWebhookEventRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.ReplayWebhookEventResponse>) responseObserver);
          break;
        case METHODID_REPLAY_WEBHOOK_EVENTS:
          serviceImpl.replayWebhookEvents((io.globemeet.api.v1.ReplayWebhookEventsRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.ReplayWebhookEventsResponse>) responseObserver);
          break;
        case METHODID_GET_WEBHOOK_REPLAY:
          serviceImpl.getWebhookReplay((io.globemeet.api.v1.GetWebhookReplayRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.WebhookReplay>) responseObserver);
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
          getListWebhookEventsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.ListWebhookEventsRequest,
              io.globemeet.api.v1.ListWebhookEventsResponse>(
                service, METHODID_LIST_WEBHOOK_EVENTS)))
        .addMethod(
          getGetWebhookEventMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.GetWebhookEventRequest,
              io.globemeet.api.v1.WebhookEvent>(
                service, METHODID_GET_WEBHOOK_EVENT)))
        .addMethod(
          getReplayWebhookEventMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.ReplayWebhookEventRequest,
              io.globemeet.api.v1.ReplayWebhookEventResponse>(
                service, METHODID_REPLAY_WEBHOOK_EVENT)))
        .addMethod(
          getReplayWebhookEventsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.ReplayWebhookEventsRequest,
              io.globemeet.api.v1.ReplayWebhookEventsResponse>(
                service, METHODID_REPLAY_WEBHOOK_EVENTS)))
        .addMethod(
          getGetWebhookReplayMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.GetWebhookReplayRequest,
              io.globemeet.api.v1.WebhookReplay>(
                service, METHODID_GET_WEBHOOK_REPLAY)))
        .build();
  }

  private static abstract class WebhookEventServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    WebhookEventServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.globemeet.api.v1.WebhooksProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("WebhookEventService");
    }
  }

  private static final class WebhookEventServiceFileDescriptorSupplier
      extends WebhookEventServiceBaseDescriptorSupplier {
    WebhookEventServiceFileDescriptorSupplier() {}
  }

  private static final class WebhookEventServiceMethodDescriptorSupplier
      extends WebhookEventServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    WebhookEventServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (WebhookEventServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new WebhookEventServiceFileDescriptorSupplier())
              .addMethod(getListWebhookEventsMethod())
              .addMethod(getGetWebhookEventMethod())
              .addMethod(getReplayWebhookEventMethod())
              .addMethod(getReplayWebhookEventsMethod())
              .addMethod(getGetWebhookReplayMethod())
              .build();
        }
      }
    }
    return result;
  }
}
