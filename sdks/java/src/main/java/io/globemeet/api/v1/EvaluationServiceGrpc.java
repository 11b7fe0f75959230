package io.globemeet.api.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages QA evaluations of the caller's tenant: one session of one agent scored against a
 * published scorecard version.
 * An evaluation starts as a `draft`, which may be partly answered and changed at will.
 * SubmitEvaluation makes it `submitted`, which needs every question answered and is final: a
 * submitted evaluation can no longer be changed or deleted. Submitting records the event
 * `qa_score.recorded`, whose `data` is the submitted evaluation. Pulling QA scores is
 * ListEvaluations with a filter such as `state = submitted AND agent_id = "AGENT_42"`.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class EvaluationServiceGrpc {

  private EvaluationServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "globemeet.v1.EvaluationService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.CreateEvaluationRequest,
      io.globemeet.api.v1.Evaluation> getCreateEvaluationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateEvaluation",
      requestType = io.globemeet.api.v1.CreateEvaluationRequest.class,
      responseType = io.globemeet.api.v1.Evaluation.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.CreateEvaluationRequest,
      io.globemeet.api.v1.Evaluation> getCreateEvaluationMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.CreateEvaluationRequest, io.globemeet.api.v1.Evaluation> getCreateEvaluationMethod;
    if ((getCreateEvaluationMethod = EvaluationServiceGrpc.getCreateEvaluationMethod) == null) {
      synchronized (EvaluationServiceGrpc.class) {
        if ((getCreateEvaluationMethod = EvaluationServiceGrpc.getCreateEvaluationMethod) == null) {
          EvaluationServiceGrpc.getCreateEvaluationMethod = getCreateEvaluationMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.CreateEvaluationRequest, io.globemeet.api.v1.Evaluation>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateEvaluation"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.CreateEvaluationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Evaluation.getDefaultInstance()))
              .setSchemaDescriptor(new EvaluationServiceMethodDescriptorSupplier("CreateEvaluation"))
              .build();
        }
      }
    }
    return getCreateEvaluationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.GetEvaluationRequest,
      io.globemeet.api.v1.Evaluation> getGetEvaluationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetEvaluation",
      requestType = io.globemeet.api.v1.GetEvaluationRequest.class,
      responseType = io.globemeet.api.v1.Evaluation.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.GetEvaluationRequest,
      io.globemeet.api.v1.Evaluation> getGetEvaluationMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.GetEvaluationRequest, io.globemeet.api.v1.Evaluation> getGetEvaluationMethod;
    if ((getGetEvaluationMethod = EvaluationServiceGrpc.getGetEvaluationMethod) == null) {
      synchronized (EvaluationServiceGrpc.class) {
        if ((getGetEvaluationMethod = EvaluationServiceGrpc.getGetEvaluationMethod) == null) {
          EvaluationServiceGrpc.getGetEvaluationMethod = getGetEvaluationMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.GetEvaluationRequest, io.globemeet.api.v1.Evaluation>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetEvaluation"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.GetEvaluationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Evaluation.getDefaultInstance()))
              .setSchemaDescriptor(new EvaluationServiceMethodDescriptorSupplier("GetEvaluation"))
              .build();
        }
      }
    }
    return getGetEvaluationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.ListEvaluationsRequest,
      io.globemeet.api.v1.ListEvaluationsResponse> getListEvaluationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListEvaluations",
      requestType = io.globemeet.api.v1.ListEvaluationsRequest.class,
      responseType = io.globemeet.api.v1.ListEvaluationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.ListEvaluationsRequest,
      io.globemeet.api.v1.ListEvaluationsResponse> getListEvaluationsMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.ListEvaluationsRequest, io.globemeet.api.v1.ListEvaluationsResponse> getListEvaluationsMethod;
    if ((getListEvaluationsMethod = EvaluationServiceGrpc.getListEvaluationsMethod) == null) {
      synchronized (EvaluationServiceGrpc.class) {
        if ((getListEvaluationsMethod = EvaluationServiceGrpc.getListEvaluationsMethod) == null) {
          EvaluationServiceGrpc.getListEvaluationsMethod = getListEvaluationsMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.ListEvaluationsRequest, io.globemeet.api.v1.ListEvaluationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListEvaluations"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ListEvaluationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ListEvaluationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new EvaluationServiceMethodDescriptorSupplier("ListEvaluations"))
              .build();
        }
      }
    }
    return getListEvaluationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.UpdateEvaluationRequest,
      io.globemeet.api.v1.Evaluation> getUpdateEvaluationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateEvaluation",
      requestType = io.globemeet.api.v1.UpdateEvaluationRequest.class,
      responseType = io.globemeet.api.v1.Evaluation.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.UpdateEvaluationRequest,
      io.globemeet.api.v1.Evaluation> getUpdateEvaluationMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.UpdateEvaluationRequest, io.globemeet.api.v1.Evaluation> getUpdateEvaluationMethod;
    if ((getUpdateEvaluationMethod = EvaluationServiceGrpc.getUpdateEvaluationMethod) == null) {
      synchronized (EvaluationServiceGrpc.class) {
        if ((getUpdateEvaluationMethod = EvaluationServiceGrpc.getUpdateEvaluationMethod) == null) {
          EvaluationServiceGrpc.getUpdateEvaluationMethod = getUpdateEvaluationMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.UpdateEvaluationRequest, io.globemeet.api.v1.Evaluation>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateEvaluation"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.UpdateEvaluationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Evaluation.getDefaultInstance()))
              .setSchemaDescriptor(new EvaluationServiceMethodDescriptorSupplier("UpdateEvaluation"))
              .build();
        }
      }
    }
    return getUpdateEvaluationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.DeleteEvaluationRequest,
      com.google.protobuf.Empty> getDeleteEvaluationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteEvaluation",
      requestType = io.globemeet.api.v1.DeleteEvaluationRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.DeleteEvaluationRequest,
      com.google.protobuf.Empty> getDeleteEvaluationMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.DeleteEvaluationRequest, com.google.protobuf.Empty> getDeleteEvaluationMethod;
    if ((getDeleteEvaluationMethod = EvaluationServiceGrpc.getDeleteEvaluationMethod) == null) {
      synchronized (EvaluationServiceGrpc.class) {
        if ((getDeleteEvaluationMethod = EvaluationServiceGrpc.getDeleteEvaluationMethod) == null) {
          EvaluationServiceGrpc.getDeleteEvaluationMethod = getDeleteEvaluationMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.DeleteEvaluationRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteEvaluation"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.DeleteEvaluationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new EvaluationServiceMethodDescriptorSupplier("DeleteEvaluation"))
              .build();
        }
      }
    }
    return getDeleteEvaluationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.SubmitEvaluationRequest,
      io.globemeet.api.v1.Evaluation> getSubmitEvaluationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SubmitEvaluation",
      requestType = io.globemeet.api.v1.SubmitEvaluationRequest.class,
      responseType = io.globemeet.api.v1.Evaluation.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.SubmitEvaluationRequest,
      io.globemeet.api.v1.Evaluation> getSubmitEvaluationMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.SubmitEvaluationRequest, io.globemeet.api.v1.Evaluation> getSubmitEvaluationMethod;
    if ((getSubmitEvaluationMethod = EvaluationServiceGrpc.getSubmitEvaluationMethod) == null) {
      synchronized (EvaluationServiceGrpc.class) {
        if ((getSubmitEvaluationMethod = EvaluationServiceGrpc.getSubmitEvaluationMethod) == null) {
          EvaluationServiceGrpc.getSubmitEvaluationMethod = getSubmitEvaluationMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.SubmitEvaluationRequest, io.globemeet.api.v1.Evaluation>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SubmitEvaluation"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.SubmitEvaluationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Evaluation.getDefaultInstance()))
              .setSchemaDescriptor(new EvaluationServiceMethodDescriptorSupplier("SubmitEvaluation"))
              .build();
        }
      }
    }
    return getSubmitEvaluationMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static EvaluationServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<EvaluationServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<EvaluationServiceStub>() {
        @java.lang.Override
        public EvaluationServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new EvaluationServiceStub(channel, callOptions);
        }
      };
    return EvaluationServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static EvaluationServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<EvaluationServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<EvaluationServiceBlockingV2Stub>() {
        @java.lang.Override
        public EvaluationServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new EvaluationServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return EvaluationServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static EvaluationServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<EvaluationServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<EvaluationServiceBlockingStub>() {
        @java.lang.Override
        public EvaluationServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new EvaluationServiceBlockingStub(channel, callOptions);
        }
      };
    return EvaluationServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static EvaluationServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<EvaluationServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<EvaluationServiceFutureStub>() {
        @java.lang.Override
        public EvaluationServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new EvaluationServiceFutureStub(channel, callOptions);
        }
      };
    return EvaluationServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages QA evaluations of the caller's tenant: one session of one agent scored against a
   * published scorecard version.
   * An evaluation starts as a `draft`, which may be partly answered and changed at will.
   * SubmitEvaluation makes it `submitted`, which needs every question answered and is final: a
   * submitted evaluation can no longer be changed or deleted. Submitting records the event
   * `qa_score.recorded`, whose `data` is the submitted evaluation. Pulling QA scores is
   * ListEvaluations with a filter such as `state = submitted AND agent_id = "AGENT_42"`.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a draft evaluation. The body is the evaluation; `id` may be chosen by the client.
     * The scorecard version must be published, and the session and agent must exist.
     * </pre>
     */
    default void createEvaluation(io.globemeet.api.v1.CreateEvaluationRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Evaluation> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateEvaluationMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns one evaluation.
     * </pre>
     */
    default void getEvaluation(io.globemeet.api.v1.GetEvaluationRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Evaluation> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetEvaluationMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists evaluations, a page at a time.
     * </pre>
     */
    default void listEvaluations(io.globemeet.api.v1.ListEvaluationsRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListEvaluationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListEvaluationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates the `answers` or `comment` of a draft, named by `update_mask`, and scores it
     * again. A submitted evaluation is FAILED_PRECONDITION with reason `EVALUATION_SUBMITTED`.
     * Over REST the mask is the set of fields present in the body.
     * </pre>
     */
    default void updateEvaluation(io.globemeet.api.v1.UpdateEvaluationRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Evaluation> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateEvaluationMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a draft. A submitted evaluation is FAILED_PRECONDITION with reason
     * `EVALUATION_SUBMITTED`.
     * </pre>
     */
    default void deleteEvaluation(io.globemeet.api.v1.DeleteEvaluationRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteEvaluationMethod(), responseObserver);
    }

    /**
     * <pre>
     * Submits a draft whose every question is answered, which freezes it and records
     * `qa_score.recorded`. Unanswered questions are FAILED_PRECONDITION with reason
     * `EVALUATION_INCOMPLETE`; an evaluation submitted already is FAILED_PRECONDITION with reason
     * `EVALUATION_SUBMITTED`.
     * </pre>
     */
    default void submitEvaluation(io.globemeet.api.v1.SubmitEvaluationRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Evaluation> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSubmitEvaluationMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service EvaluationService.
   * <pre>
   * Manages QA evaluations of the caller's tenant: one session of one agent scored against a
   * published scorecard version.
   * An evaluation starts as a `draft`, which may be partly answered and changed at will.
   * SubmitEvaluation makes it `submitted`, which needs every question answered and is final: a
   * submitted evaluation can no longer be changed or deleted. Submitting records the event
   * `qa_score.recorded`, whose `data` is the submitted evaluation. Pulling QA scores is
   * ListEvaluations with a filter such as `state = submitted AND agent_id = "AGENT_42"`.
   * </pre>
   */
  public static abstract class EvaluationServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return EvaluationServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service EvaluationService.
   * <pre>
   * Manages QA evaluations of the caller's tenant: one session of one agent scored against a
   * published scorecard version.
   * An evaluation starts as a `draft`, which may be partly answered and changed at will.
   * SubmitEvaluation makes it `submitted`, which needs every question answered and is final: a
   * submitted evaluation can no longer be changed or deleted. Submitting records the event
   * `qa_score.recorded`, whose `data` is the submitted evaluation. Pulling QA scores is
   * ListEvaluations with a filter such as `state = submitted AND agent_id = "AGENT_42"`.
   * </pre>
   */
  public static final class EvaluationServiceStub
      extends io.grpc.stub.AbstractAsyncStub<EvaluationServiceStub> {
    private EvaluationServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected EvaluationServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new EvaluationServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a draft evaluation. The body is the evaluation; `id` may be chosen by the client.
     * The scorecard version must be published, and the session and agent must exist.
     * </pre>
     */
    public void createEvaluation(io.globemeet.api.v1.CreateEvaluationRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Evaluation> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateEvaluationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns one evaluation.
     * </pre>
     */
    public void getEvaluation(io.globemeet.api.v1.GetEvaluationRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Evaluation> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetEvaluationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists evaluations, a page at a time.
     * </pre>
     */
    public void listEvaluations(io.globemeet.api.v1.ListEvaluationsRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListEvaluationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListEvaluationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates the `answers` or `comment` of a draft, named by `update_mask`, and scores it
     * again. A submitted evaluation is FAILED_PRECONDITION with reason `EVALUATION_SUBMITTED`.
     * Over REST the mask is the set of fields present in the body.
     * </pre>
     */
    public void updateEvaluation(io.globemeet.api.v1.UpdateEvaluationRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Evaluation> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateEvaluationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a draft. A submitted evaluation is FAILED_PRECONDITION with reason
     * `EVALUATION_SUBMITTED`.
     * </pre>
     */
    public void deleteEvaluation(io.globemeet.api.v1.DeleteEvaluationRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteEvaluationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Submits a draft whose every question is answered, which freezes it and records
     * `qa_score.recorded`. Unanswered questions are FAILED_PRECONDITION with reason
     * `EVALUATION_INCOMPLETE`; an evaluation submitted already is FAILED_PRECONDITION with reason
     * `EVALUATION_SUBMITTED`.
     * </pre>
     */
    public void submitEvaluation(io.globemeet.api.v1.SubmitEvaluationRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Evaluation> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSubmitEvaluationMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service EvaluationService.
   * <pre>
   * Manages QA evaluations of the caller's tenant: one session of one agent scored against a
   * published scorecard version.
   * An evaluation starts as a `draft`, which may be partly answered and changed at will.
   * SubmitEvaluation makes it `submitted`, which needs every question answered and is final: a
   * submitted evaluation can no longer be changed or deleted. Submitting records the event
   * `qa_score.recorded`, whose `data` is the submitted evaluation. Pulling QA scores is
   * ListEvaluations with a filter such as `state = submitted AND agent_id = "AGENT_42"`.
   * </pre>
   */
  public static final class EvaluationServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<EvaluationServiceBlockingV2Stub> {
    private EvaluationServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected EvaluationServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new EvaluationServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a draft evaluation. The body is the evaluation; `id` may be chosen by the client.
     * The scorecard version must be published, and the session and agent must exist.
     * </pre>
     */
    public io.globemeet.api.v1.Evaluation createEvaluation(io.globemeet.api.v1.CreateEvaluationRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateEvaluationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns one evaluation.
     * </pre>
     */
    public io.globemeet.api.v1.Evaluation getEvaluation(io.globemeet.api.v1.GetEvaluationRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetEvaluationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists evaluations, a page at a time.
     * </pre>
     */
    public io.globemeet.api.v1.ListEvaluationsResponse listEvaluations(io.globemeet.api.v1.ListEvaluationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListEvaluationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the `answers` or `comment` of a draft, named by `update_mask`, and scores it
     * again. A submitted evaluation is FAILED_PRECONDITION with reason `EVALUATION_SUBMITTED`.
     * Over REST the mask is the set of fields present in the body.
     * </pre>
     */
    public io.globemeet.api.v1.Evaluation updateEvaluation(io.globemeet.api.v1.UpdateEvaluationRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateEvaluationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a draft. A submitted evaluation is FAILED_PRECONDITION with reason
     * `EVALUATION_SUBMITTED`.
     * </pre>
     */
    public com.google.protobuf.Empty deleteEvaluation(io.globemeet.api.v1.DeleteEvaluationRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteEvaluationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Submits a draft whose every question is answered, which freezes it and records
     * `qa_score.recorded`. Unanswered questions are FAILED_PRECONDITION with reason
     * `EVALUATION_INCOMPLETE`; an evaluation submitted already is FAILED_PRECONDITION with reason
     * `EVALUATION_SUBMITTED`.
     * </pre>
     */
    public io.globemeet.api.v1.Evaluation submitEvaluation(io.globemeet.api.v1.SubmitEvaluationRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSubmitEvaluationMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service EvaluationService.
   * <pre>
   * Manages QA evaluations of the caller's tenant: one session of one agent scored against a
   * published scorecard version.
   * An evaluation starts as a `draft`, which may be partly answered and changed at will.
   * SubmitEvaluation makes it `submitted`, which needs every question answered and is final: a
   * submitted evaluation can no longer be changed or deleted. Submitting records the event
   * `qa_score.recorded`, whose `data` is the submitted evaluation. Pulling QA scores is
   * ListEvaluations with a filter such as `state = submitted AND agent_id = "AGENT_42"`.
   * </pre>
   */
  public static final class EvaluationServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<EvaluationServiceBlockingStub> {
    private EvaluationServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected EvaluationServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new EvaluationServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a draft evaluation. The body is the evaluation; `id` may be chosen by the client.
     * The scorecard version must be published, and the session and agent must exist.
     * </pre>
     */
    public io.globemeet.api.v1.Evaluation createEvaluation(io.globemeet.api.v1.CreateEvaluationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateEvaluationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns one evaluation.
     * </pre>
     */
    public io.globemeet.api.v1.Evaluation getEvaluation(io.globemeet.api.v1.GetEvaluationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetEvaluationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists evaluations, a page at a time.
     * </pre>
     */
    public io.globemeet.api.v1.ListEvaluationsResponse listEvaluations(io.globemeet.api.v1.ListEvaluationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListEvaluationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the `answers` or `comment` of a draft, named by `update_mask`, and scores it
     * again. A submitted evaluation is FAILED_PRECONDITION with reason `EVALUATION_SUBMITTED`.
     * Over REST the mask is the set of fields present in the body.
     * </pre>
     */
    public io.globemeet.api.v1.Evaluation updateEvaluation(io.globemeet.api.v1.UpdateEvaluationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateEvaluationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a draft. A submitted evaluation is FAILED_PRECONDITION with reason
     * `EVALUATION_SUBMITTED`.
     * </pre>
     */
    public com.google.protobuf.Empty deleteEvaluation(io.globemeet.api.v1.DeleteEvaluationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteEvaluationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Submits a draft whose every question is answered, which freezes it and records
     * `qa_score.recorded`. Unanswered questions are FAILED_PRECONDITION with reason
     * `EVALUATION_INCOMPLETE`; an evaluation submitted already is FAILED_PRECONDITION with reason
     * `EVALUATION_SUBMITTED`.
     * </pre>
     */
    public io.globemeet.api.v1.Evaluation submitEvaluation(io.globemeet.api.v1.SubmitEvaluationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSubmitEvaluationMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service EvaluationService.
   * <pre>
   * Manages QA evaluations of the caller's tenant: one session of one agent scored against a
   * published scorecard version.
   * An evaluation starts as a `draft`, which may be partly answered and changed at will.
   * SubmitEvaluation makes it `submitted`, which needs every question answered and is final: a
   * submitted evaluation can no longer be changed or deleted. Submitting records the event
   * `qa_score.recorded`, whose `data` is the submitted evaluation. Pulling QA scores is
   * ListEvaluations with a filter such as `state = submitted AND agent_id = "AGENT_42"`.
   * </pre>
   */
  public static final class EvaluationServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<EvaluationServiceFutureStub> {
    private EvaluationServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected EvaluationServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new EvaluationServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a draft evaluation. The body is the evaluation; `id` may be chosen by the client.
     * The scorecard version must be published, and the session and agent must exist.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Evaluation> createEvaluation(
        io.globemeet.api.v1.CreateEvaluationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateEvaluationMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns one evaluation.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Evaluation> getEvaluation(
        io.globemeet.api.v1.GetEvaluationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetEvaluationMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists evaluations, a page at a time.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.ListEvaluationsResponse> listEvaluations(
        io.globemeet.api.v1.ListEvaluationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListEvaluationsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates the `answers` or `comment` of a draft, named by `update_mask`, and scores it
     * again. A submitted evaluation is FAILED_PRECONDITION with reason `EVALUATION_SUBMITTED`.
     * Over REST the mask is the set of fields present in the body.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Evaluation> updateEvaluation(
        io.globemeet.api.v1.UpdateEvaluationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateEvaluationMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a draft. A submitted evaluation is FAILED_PRECONDITION with reason
     * `EVALUATION_SUBMITTED`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> deleteEvaluation(
        io.globemeet.api.v1.DeleteEvaluationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteEvaluationMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Submits a draft whose every question is answered, which freezes it and records
     * `qa_score.recorded`. Unanswered questions are FAILED_PRECONDITION with reason
     * `EVALUATION_INCOMPLETE`; an evaluation submitted already is FAILED_PRECONDITION with reason
     * `EVALUATION_SUBMITTED`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Evaluation> submitEvaluation(
        io.globemeet.api.v1.SubmitEvaluationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSubmitEvaluationMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_EVALUATION = 0;
  private static final int METHODID_GET_EVALUATION = 1;
  private static final int METHODID_LIST_EVALUATIONS = 2;
  private static final int METHODID_UPDATE_EVALUATION = 3;
  private static final int METHODID_DELETE_EVALUATION = 4;
  private static final int METHODID_SUBMIT_EVALUATION = 5;

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
        case METHODID_CREATE_EVALUATION:
          serviceImpl.createEvaluation((io.globemeet.api.v1.CreateEvaluationRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Evaluation>) responseObserver);
          break;
        case METHODID_GET_EVALUATION:
          serviceImpl.getEvaluation((io.globemeet.api.v1.GetEvaluationRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Evaluation>) responseObserver);
          break;
        case METHODID_LIST_EVALUATIONS:
          serviceImpl.listEvaluations((io.globemeet.api.v1.ListEvaluationsRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListEvaluationsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_EVALUATION:
          serviceImpl.updateEvaluation((io.globemeet.api.v1.UpdateEvaluationRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Evaluation>) responseObserver);
          break;
        case METHODID_DELETE_EVALUATION:
          serviceImpl.deleteEvaluation((io.globemeet.api.v1.DeleteEvaluationRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_SUBMIT_EVALUATION:
          serviceImpl.submitEvaluation((io.globemeet.api.v1.SubmitEvaluationRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Evaluation>) responseObserver);
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
          getCreateEvaluationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.CreateEvaluationRequest,
              io.globemeet.api.v1.Evaluation>(
                service, METHODID_CREATE_EVALUATION)))
        .addMethod(
          getGetEvaluationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.GetEvaluationRequest,
              io.globemeet.api.v1.Evaluation>(
                service, METHODID_GET_EVALUATION)))
        .addMethod(
          getListEvaluationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.ListEvaluationsRequest,
              io.globemeet.api.v1.ListEvaluationsResponse>(
                service, METHODID_LIST_EVALUATIONS)))
        .addMethod(
          getUpdateEvaluationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.UpdateEvaluationRequest,
              io.globemeet.api.v1.Evaluation>(
                service, METHODID_UPDATE_EVALUATION)))
        .addMethod(
          getDeleteEvaluationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.DeleteEvaluationRequest,
              com.google.protobuf.Empty>(
                service, METHODID_DELETE_EVALUATION)))
        .addMethod(
          getSubmitEvaluationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.SubmitEvaluationRequest,
              io.globemeet.api.v1.Evaluation>(
                service, METHODID_SUBMIT_EVALUATION)))
        .build();
  }

  private static abstract class EvaluationServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    EvaluationServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.globemeet.api.v1.EvaluationsProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("EvaluationService");
    }
  }

  private static final class EvaluationServiceFileDescriptorSupplier
      extends EvaluationServiceBaseDescriptorSupplier {
    EvaluationServiceFileDescriptorSupplier() {}
  }

  private static final class EvaluationServiceMethodDescriptorSupplier
      extends EvaluationServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    EvaluationServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (EvaluationServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new EvaluationServiceFileDescriptorSupplier())
              .addMethod(getCreateEvaluationMethod())
              .addMethod(getGetEvaluationMethod())
              .addMethod(getListEvaluationsMethod())
              .addMethod(getUpdateEvaluationMethod())
              .addMethod(getDeleteEvaluationMethod())
              .addMethod(getSubmitEvaluationMethod())
              .build();
        }
      }
    }
    return result;
  }
}
