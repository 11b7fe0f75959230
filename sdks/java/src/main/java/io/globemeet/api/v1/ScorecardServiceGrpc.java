package io.globemeet.api.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages the QA scorecards of the caller's tenant: the templates evaluations are scored with.
 * A scorecard has numbered versions. Version 1 starts as a draft; a draft can be edited freely.
 * Publishing freezes the draft: from then on that version never changes, and evaluations may
 * use it. Updating a scorecard whose newest version is published starts the next version as a
 * draft, a copy of the published one with the update applied, so the published versions keep
 * their questions. Each publish therefore freezes the next number: 1, 2, 3 and so on.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class ScorecardServiceGrpc {

  private ScorecardServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "globemeet.v1.ScorecardService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.CreateScorecardRequest,
      io.globemeet.api.v1.Scorecard> getCreateScorecardMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateScorecard",
      requestType = io.globemeet.api.v1.CreateScorecardRequest.class,
      responseType = io.globemeet.api.v1.Scorecard.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.CreateScorecardRequest,
      io.globemeet.api.v1.Scorecard> getCreateScorecardMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.CreateScorecardRequest, io.globemeet.api.v1.Scorecard> getCreateScorecardMethod;
    if ((getCreateScorecardMethod = ScorecardServiceGrpc.getCreateScorecardMethod) == null) {
      synchronized (ScorecardServiceGrpc.class) {
        if ((getCreateScorecardMethod = ScorecardServiceGrpc.getCreateScorecardMethod) == null) {
          ScorecardServiceGrpc.getCreateScorecardMethod = getCreateScorecardMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.CreateScorecardRequest, io.globemeet.api.v1.Scorecard>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateScorecard"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.CreateScorecardRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Scorecard.getDefaultInstance()))
              .setSchemaDescriptor(new ScorecardServiceMethodDescriptorSupplier("CreateScorecard"))
              .build();
        }
      }
    }
    return getCreateScorecardMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.GetScorecardRequest,
      io.globemeet.api.v1.Scorecard> getGetScorecardMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetScorecard",
      requestType = io.globemeet.api.v1.GetScorecardRequest.class,
      responseType = io.globemeet.api.v1.Scorecard.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.GetScorecardRequest,
      io.globemeet.api.v1.Scorecard> getGetScorecardMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.GetScorecardRequest, io.globemeet.api.v1.Scorecard> getGetScorecardMethod;
    if ((getGetScorecardMethod = ScorecardServiceGrpc.getGetScorecardMethod) == null) {
      synchronized (ScorecardServiceGrpc.class) {
        if ((getGetScorecardMethod = ScorecardServiceGrpc.getGetScorecardMethod) == null) {
          ScorecardServiceGrpc.getGetScorecardMethod = getGetScorecardMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.GetScorecardRequest, io.globemeet.api.v1.Scorecard>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetScorecard"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.GetScorecardRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Scorecard.getDefaultInstance()))
              .setSchemaDescriptor(new ScorecardServiceMethodDescriptorSupplier("GetScorecard"))
              .build();
        }
      }
    }
    return getGetScorecardMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.ListScorecardsRequest,
      io.globemeet.api.v1.ListScorecardsResponse> getListScorecardsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListScorecards",
      requestType = io.globemeet.api.v1.ListScorecardsRequest.class,
      responseType = io.globemeet.api.v1.ListScorecardsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.ListScorecardsRequest,
      io.globemeet.api.v1.ListScorecardsResponse> getListScorecardsMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.ListScorecardsRequest, io.globemeet.api.v1.ListScorecardsResponse> getListScorecardsMethod;
    if ((getListScorecardsMethod = ScorecardServiceGrpc.getListScorecardsMethod) == null) {
      synchronized (ScorecardServiceGrpc.class) {
        if ((getListScorecardsMethod = ScorecardServiceGrpc.getListScorecardsMethod) == null) {
          ScorecardServiceGrpc.getListScorecardsMethod = getListScorecardsMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.ListScorecardsRequest, io.globemeet.api.v1.ListScorecardsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListScorecards"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ListScorecardsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ListScorecardsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ScorecardServiceMethodDescriptorSupplier("ListScorecards"))
              .build();
        }
      }
    }
    return getListScorecardsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.UpdateScorecardRequest,
      io.globemeet.api.v1.Scorecard> getUpdateScorecardMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateScorecard",
      requestType = io.globemeet.api.v1.UpdateScorecardRequest.class,
      responseType = io.globemeet.api.v1.Scorecard.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.UpdateScorecardRequest,
      io.globemeet.api.v1.Scorecard> getUpdateScorecardMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.UpdateScorecardRequest, io.globemeet.api.v1.Scorecard> getUpdateScorecardMethod;
    if ((getUpdateScorecardMethod = ScorecardServiceGrpc.getUpdateScorecardMethod) == null) {
      synchronized (ScorecardServiceGrpc.class) {
        if ((getUpdateScorecardMethod = ScorecardServiceGrpc.getUpdateScorecardMethod) == null) {
          ScorecardServiceGrpc.getUpdateScorecardMethod = getUpdateScorecardMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.UpdateScorecardRequest, io.globemeet.api.v1.Scorecard>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateScorecard"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.UpdateScorecardRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Scorecard.getDefaultInstance()))
              .setSchemaDescriptor(new ScorecardServiceMethodDescriptorSupplier("UpdateScorecard"))
              .build();
        }
      }
    }
    return getUpdateScorecardMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.DeleteScorecardRequest,
      com.google.protobuf.Empty> getDeleteScorecardMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteScorecard",
      requestType = io.globemeet.api.v1.DeleteScorecardRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.DeleteScorecardRequest,
      com.google.protobuf.Empty> getDeleteScorecardMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.DeleteScorecardRequest, com.google.protobuf.Empty> getDeleteScorecardMethod;
    if ((getDeleteScorecardMethod = ScorecardServiceGrpc.getDeleteScorecardMethod) == null) {
      synchronized (ScorecardServiceGrpc.class) {
        if ((getDeleteScorecardMethod = ScorecardServiceGrpc.getDeleteScorecardMethod) == null) {
          ScorecardServiceGrpc.getDeleteScorecardMethod = getDeleteScorecardMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.DeleteScorecardRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteScorecard"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.DeleteScorecardRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new ScorecardServiceMethodDescriptorSupplier("DeleteScorecard"))
              .build();
        }
      }
    }
    return getDeleteScorecardMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.PublishScorecardRequest,
      io.globemeet.api.v1.Scorecard> getPublishScorecardMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PublishScorecard",
      requestType = io.globemeet.api.v1.PublishScorecardRequest.class,
      responseType = io.globemeet.api.v1.Scorecard.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.PublishScorecardRequest,
      io.globemeet.api.v1.Scorecard> getPublishScorecardMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.PublishScorecardRequest, io.globemeet.api.v1.Scorecard> getPublishScorecardMethod;
    if ((getPublishScorecardMethod = ScorecardServiceGrpc.getPublishScorecardMethod) == null) {
      synchronized (ScorecardServiceGrpc.class) {
        if ((getPublishScorecardMethod = ScorecardServiceGrpc.getPublishScorecardMethod) == null) {
          ScorecardServiceGrpc.getPublishScorecardMethod = getPublishScorecardMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.PublishScorecardRequest, io.globemeet.api.v1.Scorecard>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PublishScorecard"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.PublishScorecardRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Scorecard.getDefaultInstance()))
              .setSchemaDescriptor(new ScorecardServiceMethodDescriptorSupplier("PublishScorecard"))
              .build();
        }
      }
    }
    return getPublishScorecardMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ScorecardServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ScorecardServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ScorecardServiceStub>() {
        @java.lang.Override
        public ScorecardServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ScorecardServiceStub(channel, callOptions);
        }
      };
    return ScorecardServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static ScorecardServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ScorecardServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ScorecardServiceBlockingV2Stub>() {
        @java.lang.Override
        public ScorecardServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ScorecardServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return ScorecardServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ScorecardServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ScorecardServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ScorecardServiceBlockingStub>() {
        @java.lang.Override
        public ScorecardServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ScorecardServiceBlockingStub(channel, callOptions);
        }
      };
    return ScorecardServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ScorecardServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ScorecardServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ScorecardServiceFutureStub>() {
        @java.lang.Override
        public ScorecardServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ScorecardServiceFutureStub(channel, callOptions);
        }
      };
    return ScorecardServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages the QA scorecards of the caller's tenant: the templates evaluations are scored with.
   * A scorecard has numbered versions. Version 1 starts as a draft; a draft can be edited freely.
   * Publishing freezes the draft: from then on that version never changes, and evaluations may
   * use it. Updating a scorecard whose newest version is published starts the next version as a
   * draft, a copy of the published one with the update applied, so the published versions keep
   * their questions. Each publish therefore freezes the next number: 1, 2, 3 and so on.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a scorecard as version 1 in state `draft`. The body is the scorecard; `id` may be
     * chosen by the client. Every problem of the template is reported at once, each naming its
     * field, such as `scorecard.sections[1].questions[0].weight`.
     * </pre>
     */
    default void createScorecard(io.globemeet.api.v1.CreateScorecardRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Scorecard> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateScorecardMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns the newest version of a scorecard, draft or published, or the published version
     * named by `version`.
     * </pre>
     */
    default void getScorecard(io.globemeet.api.v1.GetScorecardRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Scorecard> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetScorecardMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists scorecards, each at its newest version, a page at a time.
     * </pre>
     */
    default void listScorecards(io.globemeet.api.v1.ListScorecardsRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListScorecardsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListScorecardsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates the fields named by `update_mask`. A draft is changed in place. When the newest
     * version is published, the change becomes a new draft version (`version` + 1) and the
     * published version stays as it was. Over REST the mask is the set of fields present in the
     * body.
     * </pre>
     */
    default void updateScorecard(io.globemeet.api.v1.UpdateScorecardRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Scorecard> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateScorecardMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a scorecard with all its versions. A scorecard that evaluations use cannot be
     * deleted: FAILED_PRECONDITION with reason `SCORECARD_IN_USE`.
     * </pre>
     */
    default void deleteScorecard(io.globemeet.api.v1.DeleteScorecardRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteScorecardMethod(), responseObserver);
    }

    /**
     * <pre>
     * Publishes the draft version, which freezes it. A scorecard without a draft (its newest
     * version is published already) is FAILED_PRECONDITION with reason `SCORECARD_NOT_DRAFT`.
     * </pre>
     */
    default void publishScorecard(io.globemeet.api.v1.PublishScorecardRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Scorecard> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPublishScorecardMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service ScorecardService.
   * <pre>
   * Manages the QA scorecards of the caller's tenant: the templates evaluations are scored with.
   * A scorecard has numbered versions. Version 1 starts as a draft; a draft can be edited freely.
   * Publishing freezes the draft: from then on that version never changes, and evaluations may
   * use it. Updating a scorecard whose newest version is published starts the next version as a
   * draft, a copy of the published one with the update applied, so the published versions keep
   * their questions. Each publish therefore freezes the next number: 1, 2, 3 and so on.
   * </pre>
   */
  public static abstract class ScorecardServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return ScorecardServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service ScorecardService.
   * <pre>
   * Manages the QA scorecards of the caller's tenant: the templates evaluations are scored with.
   * A scorecard has numbered versions. Version 1 starts as a draft; a draft can be edited freely.
   * Publishing freezes the draft: from then on that version never changes, and evaluations may
   * use it. Updating a scorecard whose newest version is published starts the next version as a
   * draft, a copy of the published one with the update applied, so the published versions keep
   * their questions. Each publish therefore freezes the next number: 1, 2, 3 and so on.
   * </pre>
   */
  public static final class ScorecardServiceStub
      extends io.grpc.stub.AbstractAsyncStub<ScorecardServiceStub> {
    private ScorecardServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ScorecardServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ScorecardServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a scorecard as version 1 in state `draft`. The body is the scorecard; `id` may be
     * chosen by the client. Every problem of the template is reported at once, each naming its
     * field, such as `scorecard.sections[1].questions[0].weight`.
     * </pre>
     */
    public void createScorecard(io.globemeet.api.v1.CreateScorecardRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Scorecard> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateScorecardMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns the newest version of a scorecard, draft or published, or the published version
     * named by `version`.
     * </pre>
     */
    public void getScorecard(io.globemeet.api.v1.GetScorecardRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Scorecard> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetScorecardMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists scorecards, each at its newest version, a page at a time.
     * </pre>
     */
    public void listScorecards(io.globemeet.api.v1.ListScorecardsRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListScorecardsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListScorecardsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates the fields named by `update_mask`. A draft is changed in place. When the newest
     * version is published, the change becomes a new draft version (`version` + 1) and the
     * published version stays as it was. Over REST the mask is the set of fields present in the
     * body.
     * </pre>
     */
    public void updateScorecard(io.globemeet.api.v1.UpdateScorecardRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Scorecard> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateScorecardMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a scorecard with all its versions. A scorecard that evaluations use cannot be
     * deleted: FAILED_PRECONDITION with reason `SCORECARD_IN_USE`.
     * </pre>
     */
    public void deleteScorecard(io.globemeet.api.v1.DeleteScorecardRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteScorecardMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Publishes the draft version, which freezes it. A scorecard without a draft (its newest
     * version is published already) is FAILED_PRECONDITION with reason `SCORECARD_NOT_DRAFT`.
     * </pre>
     */
    public void publishScorecard(io.globemeet.api.v1.PublishScorecardRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Scorecard> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPublishScorecardMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service ScorecardService.
   * <pre>
   * Manages the QA scorecards of the caller's tenant: the templates evaluations are scored with.
   * A scorecard has numbered versions. Version 1 starts as a draft; a draft can be edited freely.
   * Publishing freezes the draft: from then on that version never changes, and evaluations may
   * use it. Updating a scorecard whose newest version is published starts the next version as a
   * draft, a copy of the published one with the update applied, so the published versions keep
   * their questions. Each publish therefore freezes the next number: 1, 2, 3 and so on.
   * </pre>
   */
  public static final class ScorecardServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<ScorecardServiceBlockingV2Stub> {
    private ScorecardServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ScorecardServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ScorecardServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a scorecard as version 1 in state `draft`. The body is the scorecard; `id` may be
     * chosen by the client. Every problem of the template is reported at once, each naming its
     * field, such as `scorecard.sections[1].questions[0].weight`.
     * </pre>
     */
    public io.globemeet.api.v1.Scorecard createScorecard(io.globemeet.api.v1.CreateScorecardRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateScorecardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns the newest version of a scorecard, draft or published, or the published version
     * named by `version`.
     * </pre>
     */
    public io.globemeet.api.v1.Scorecard getScorecard(io.globemeet.api.v1.GetScorecardRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetScorecardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists scorecards, each at its newest version, a page at a time.
     * </pre>
     */
    public io.globemeet.api.v1.ListScorecardsResponse listScorecards(io.globemeet.api.v1.ListScorecardsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListScorecardsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields named by `update_mask`. A draft is changed in place. When the newest
     * version is published, the change becomes a new draft version (`version` + 1) and the
     * published version stays as it was. Over REST the mask is the set of fields present in the
     * body.
     * </pre>
     */
    public io.globemeet.api.v1.Scorecard updateScorecard(io.globemeet.api.v1.UpdateScorecardRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateScorecardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a scorecard with all its versions. A scorecard that evaluations use cannot be
     * deleted: FAILED_PRECONDITION with reason `SCORECARD_IN_USE`.
     * </pre>
     */
    public com.google.protobuf.Empty deleteScorecard(io.globemeet.api.v1.DeleteScorecardRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteScorecardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Publishes the draft version, which freezes it. A scorecard without a draft (its newest
     * version is published already) is FAILED_PRECONDITION with reason `SCORECARD_NOT_DRAFT`.
     * </pre>
     */
    public io.globemeet.api.v1.Scorecard publishScorecard(io.globemeet.api.v1.PublishScorecardRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPublishScorecardMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service ScorecardService.
   * <pre>
   * Manages the QA scorecards of the caller's tenant: the templates evaluations are scored with.
   * A scorecard has numbered versions. Version 1 starts as a draft; a draft can be edited freely.
   * Publishing freezes the draft: from then on that version never changes, and evaluations may
   * use it. Updating a scorecard whose newest version is published starts the next version as a
   * draft, a copy of the published one with the update applied, so the published versions keep
   * their questions. Each publish therefore freezes the next number: 1, 2, 3 and so on.
   * </pre>
   */
  public static final class ScorecardServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<ScorecardServiceBlockingStub> {
    private ScorecardServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ScorecardServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ScorecardServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a scorecard as version 1 in state `draft`. The body is the scorecard; `id` may be
     * chosen by the client. Every problem of the template is reported at once, each naming its
     * field, such as `scorecard.sections[1].questions[0].weight`.
     * </pre>
     */
    public io.globemeet.api.v1.Scorecard createScorecard(io.globemeet.api.v1.CreateScorecardRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateScorecardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns the newest version of a scorecard, draft or published, or the published version
     * named by `version`.
     * </pre>
     */
    public io.globemeet.api.v1.Scorecard getScorecard(io.globemeet.api.v1.GetScorecardRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetScorecardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists scorecards, each at its newest version, a page at a time.
     * </pre>
     */
    public io.globemeet.api.v1.ListScorecardsResponse listScorecards(io.globemeet.api.v1.ListScorecardsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListScorecardsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields named by `update_mask`. A draft is changed in place. When the newest
     * version is published, the change becomes a new draft version (`version` + 1) and the
     * published version stays as it was. Over REST the mask is the set of fields present in the
     * body.
     * </pre>
     */
    public io.globemeet.api.v1.Scorecard updateScorecard(io.globemeet.api.v1.UpdateScorecardRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateScorecardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a scorecard with all its versions. A scorecard that evaluations use cannot be
     * deleted: FAILED_PRECONDITION with reason `SCORECARD_IN_USE`.
     * </pre>
     */
    public com.google.protobuf.Empty deleteScorecard(io.globemeet.api.v1.DeleteScorecardRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteScorecardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Publishes the draft version, which freezes it. A scorecard without a draft (its newest
     * version is published already) is FAILED_PRECONDITION with reason `SCORECARD_NOT_DRAFT`.
     * </pre>
     */
    public io.globemeet.api.v1.Scorecard publishScorecard(io.globemeet.api.v1.PublishScorecardRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPublishScorecardMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service ScorecardService.
   * <pre>
   * Manages the QA scorecards of the caller's tenant: the templates evaluations are scored with.
   * A scorecard has numbered versions. Version 1 starts as a draft; a draft can be edited freely.
   * Publishing freezes the draft: from then on that version never changes, and evaluations may
   * use it. Updating a scorecard whose newest version is published starts the next version as a
   * draft, a copy of the published one with the update applied, so the published versions keep
   * their questions. Each publish therefore freezes the next number: 1, 2, 3 and so on.
   * </pre>
   */
  public static final class ScorecardServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<ScorecardServiceFutureStub> {
    private ScorecardServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ScorecardServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ScorecardServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a scorecard as version 1 in state `draft`. The body is the scorecard; `id` may be
     * chosen by the client. Every problem of the template is reported at once, each naming its
     * field, such as `scorecard.sections[1].questions[0].weight`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Scorecard> createScorecard(
        io.globemeet.api.v1.CreateScorecardRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateScorecardMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns the newest version of a scorecard, draft or published, or the published version
     * named by `version`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Scorecard> getScorecard(
        io.globemeet.api.v1.GetScorecardRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetScorecardMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists scorecards, each at its newest version, a page at a time.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.ListScorecardsResponse> listScorecards(
        io.globemeet.api.v1.ListScorecardsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListScorecardsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates the fields named by `update_mask`. A draft is changed in place. When the newest
     * version is published, the change becomes a new draft version (`version` + 1) and the
     * published version stays as it was. Over REST the mask is the set of fields present in the
     * body.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Scorecard> updateScorecard(
        io.globemeet.api.v1.UpdateScorecardRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateScorecardMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a scorecard with all its versions. A scorecard that evaluations use cannot be
     * deleted: FAILED_PRECONDITION with reason `SCORECARD_IN_USE`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> deleteScorecard(
        io.globemeet.api.v1.DeleteScorecardRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteScorecardMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Publishes the draft version, which freezes it. A scorecard without a draft (its newest
     * version is published already) is FAILED_PRECONDITION with reason `SCORECARD_NOT_DRAFT`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Scorecard> publishScorecard(
        io.globemeet.api.v1.PublishScorecardRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPublishScorecardMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_SCORECARD = 0;
  private static final int METHODID_GET_SCORECARD = 1;
  private static final int METHODID_LIST_SCORECARDS = 2;
  private static final int METHODID_UPDATE_SCORECARD = 3;
  private static final int METHODID_DELETE_SCORECARD = 4;
  private static final int METHODID_PUBLISH_SCORECARD = 5;

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
        case METHODID_CREATE_SCORECARD:
          serviceImpl.createScorecard((io.globemeet.api.v1.CreateScorecardRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Scorecard>) responseObserver);
          break;
        case METHODID_GET_SCORECARD:
          serviceImpl.getScorecard((io.globemeet.api.v1.GetScorecardRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Scorecard>) responseObserver);
          break;
        case METHODID_LIST_SCORECARDS:
          serviceImpl.listScorecards((io.globemeet.api.v1.ListScorecardsRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListScorecardsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_SCORECARD:
          serviceImpl.updateScorecard((io.globemeet.api.v1.UpdateScorecardRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Scorecard>) responseObserver);
          break;
        case METHODID_DELETE_SCORECARD:
          serviceImpl.deleteScorecard((io.globemeet.api.v1.DeleteScorecardRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_PUBLISH_SCORECARD:
          serviceImpl.publishScorecard((io.globemeet.api.v1.PublishScorecardRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Scorecard>) responseObserver);
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
          getCreateScorecardMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.CreateScorecardRequest,
              io.globemeet.api.v1.Scorecard>(
                service, METHODID_CREATE_SCORECARD)))
        .addMethod(
          getGetScorecardMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.GetScorecardRequest,
              io.globemeet.api.v1.Scorecard>(
                service, METHODID_GET_SCORECARD)))
        .addMethod(
          getListScorecardsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.ListScorecardsRequest,
              io.globemeet.api.v1.ListScorecardsResponse>(
                service, METHODID_LIST_SCORECARDS)))
        .addMethod(
          getUpdateScorecardMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.UpdateScorecardRequest,
              io.globemeet.api.v1.Scorecard>(
                service, METHODID_UPDATE_SCORECARD)))
        .addMethod(
          getDeleteScorecardMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.DeleteScorecardRequest,
              com.google.protobuf.Empty>(
                service, METHODID_DELETE_SCORECARD)))
        .addMethod(
          getPublishScorecardMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.PublishScorecardRequest,
              io.globemeet.api.v1.Scorecard>(
                service, METHODID_PUBLISH_SCORECARD)))
        .build();
  }

  private static abstract class ScorecardServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ScorecardServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.globemeet.api.v1.ScorecardsProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ScorecardService");
    }
  }

  private static final class ScorecardServiceFileDescriptorSupplier
      extends ScorecardServiceBaseDescriptorSupplier {
    ScorecardServiceFileDescriptorSupplier() {}
  }

  private static final class ScorecardServiceMethodDescriptorSupplier
      extends ScorecardServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    ScorecardServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (ScorecardServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ScorecardServiceFileDescriptorSupplier())
              .addMethod(getCreateScorecardMethod())
              .addMethod(getGetScorecardMethod())
              .addMethod(getListScorecardsMethod())
              .addMethod(getUpdateScorecardMethod())
              .addMethod(getDeleteScorecardMethod())
              .addMethod(getPublishScorecardMethod())
              .build();
        }
      }
    }
    return result;
  }
}
