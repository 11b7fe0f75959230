package io.globemeet.api.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages sessions: customer interactions that wait in a queue, are offered to an agent,
 * connect, wrap up and end. Each lifecycle method is a state transition: it succeeds only from
 * the states it names, and otherwise fails with FAILED_PRECONDITION naming the current state
 * and changing nothing. Every transition records its time, increments `sequence` and emits
 * the matching `session.*` event.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class SessionServiceGrpc {

  private SessionServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "globemeet.v1.SessionService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.CreateSessionRequest,
      io.globemeet.api.v1.Session> getCreateSessionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateSession",
      requestType = io.globemeet.api.v1.CreateSessionRequest.class,
      responseType = io.globemeet.api.v1.Session.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.CreateSessionRequest,
      io.globemeet.api.v1.Session> getCreateSessionMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.CreateSessionRequest, io.globemeet.api.v1.Session> getCreateSessionMethod;
    if ((getCreateSessionMethod = SessionServiceGrpc.getCreateSessionMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getCreateSessionMethod = SessionServiceGrpc.getCreateSessionMethod) == null) {
          SessionServiceGrpc.getCreateSessionMethod = getCreateSessionMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.CreateSessionRequest, io.globemeet.api.v1.Session>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateSession"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.CreateSessionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Session.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("CreateSession"))
              .build();
        }
      }
    }
    return getCreateSessionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.GetSessionRequest,
      io.globemeet.api.v1.Session> getGetSessionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetSession",
      requestType = io.globemeet.api.v1.GetSessionRequest.class,
      responseType = io.globemeet.api.v1.Session.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.GetSessionRequest,
      io.globemeet.api.v1.Session> getGetSessionMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.GetSessionRequest, io.globemeet.api.v1.Session> getGetSessionMethod;
    if ((getGetSessionMethod = SessionServiceGrpc.getGetSessionMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getGetSessionMethod = SessionServiceGrpc.getGetSessionMethod) == null) {
          SessionServiceGrpc.getGetSessionMethod = getGetSessionMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.GetSessionRequest, io.globemeet.api.v1.Session>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetSession"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.GetSessionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Session.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("GetSession"))
              .build();
        }
      }
    }
    return getGetSessionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.ListSessionsRequest,
      io.globemeet.api.v1.ListSessionsResponse> getListSessionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListSessions",
      requestType = io.globemeet.api.v1.ListSessionsRequest.class,
      responseType = io.globemeet.api.v1.ListSessionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.ListSessionsRequest,
      io.globemeet.api.v1.ListSessionsResponse> getListSessionsMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.ListSessionsRequest, io.globemeet.api.v1.ListSessionsResponse> getListSessionsMethod;
    if ((getListSessionsMethod = SessionServiceGrpc.getListSessionsMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getListSessionsMethod = SessionServiceGrpc.getListSessionsMethod) == null) {
          SessionServiceGrpc.getListSessionsMethod = getListSessionsMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.ListSessionsRequest, io.globemeet.api.v1.ListSessionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListSessions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ListSessionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ListSessionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("ListSessions"))
              .build();
        }
      }
    }
    return getListSessionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.OfferSessionRequest,
      io.globemeet.api.v1.Session> getOfferSessionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "OfferSession",
      requestType = io.globemeet.api.v1.OfferSessionRequest.class,
      responseType = io.globemeet.api.v1.Session.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.OfferSessionRequest,
      io.globemeet.api.v1.Session> getOfferSessionMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.OfferSessionRequest, io.globemeet.api.v1.Session> getOfferSessionMethod;
    if ((getOfferSessionMethod = SessionServiceGrpc.getOfferSessionMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getOfferSessionMethod = SessionServiceGrpc.getOfferSessionMethod) == null) {
          SessionServiceGrpc.getOfferSessionMethod = getOfferSessionMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.OfferSessionRequest, io.globemeet.api.v1.Session>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "OfferSession"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.OfferSessionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Session.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("OfferSession"))
              .build();
        }
      }
    }
    return getOfferSessionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.AcceptSessionRequest,
      io.globemeet.api.v1.Session> getAcceptSessionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "AcceptSession",
      requestType = io.globemeet.api.v1.AcceptSessionRequest.class,
      responseType = io.globemeet.api.v1.Session.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.AcceptSessionRequest,
      io.globemeet.api.v1.Session> getAcceptSessionMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.AcceptSessionRequest, io.globemeet.api.v1.Session> getAcceptSessionMethod;
    if ((getAcceptSessionMethod = SessionServiceGrpc.getAcceptSessionMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getAcceptSessionMethod = SessionServiceGrpc.getAcceptSessionMethod) == null) {
          SessionServiceGrpc.getAcceptSessionMethod = getAcceptSessionMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.AcceptSessionRequest, io.globemeet.api.v1.Session>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "AcceptSession"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.AcceptSessionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Session.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("AcceptSession"))
              .build();
        }
      }
    }
    return getAcceptSessionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.HoldSessionRequest,
      io.globemeet.api.v1.Session> getHoldSessionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HoldSession",
      requestType = io.globemeet.api.v1.HoldSessionRequest.class,
      responseType = io.globemeet.api.v1.Session.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.HoldSessionRequest,
      io.globemeet.api.v1.Session> getHoldSessionMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.HoldSessionRequest, io.globemeet.api.v1.Session> getHoldSessionMethod;
    if ((getHoldSessionMethod = SessionServiceGrpc.getHoldSessionMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getHoldSessionMethod = SessionServiceGrpc.getHoldSessionMethod) == null) {
          SessionServiceGrpc.getHoldSessionMethod = getHoldSessionMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.HoldSessionRequest, io.globemeet.api.v1.Session>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HoldSession"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.HoldSessionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Session.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("HoldSession"))
              .build();
        }
      }
    }
    return getHoldSessionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.ResumeSessionRequest,
      io.globemeet.api.v1.Session> getResumeSessionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ResumeSession",
      requestType = io.globemeet.api.v1.ResumeSessionRequest.class,
      responseType = io.globemeet.api.v1.Session.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.ResumeSessionRequest,
      io.globemeet.api.v1.Session> getResumeSessionMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.ResumeSessionRequest, io.globemeet.api.v1.Session> getResumeSessionMethod;
    if ((getResumeSessionMethod = SessionServiceGrpc.getResumeSessionMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getResumeSessionMethod = SessionServiceGrpc.getResumeSessionMethod) == null) {
          SessionServiceGrpc.getResumeSessionMethod = getResumeSessionMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.ResumeSessionRequest, io.globemeet.api.v1.Session>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ResumeSession"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ResumeSessionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Session.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("ResumeSession"))
              .build();
        }
      }
    }
    return getResumeSessionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.WrapUpSessionRequest,
      io.globemeet.api.v1.Session> getWrapUpSessionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "WrapUpSession",
      requestType = io.globemeet.api.v1.WrapUpSessionRequest.class,
      responseType = io.globemeet.api.v1.Session.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.WrapUpSessionRequest,
      io.globemeet.api.v1.Session> getWrapUpSessionMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.WrapUpSessionRequest, io.globemeet.api.v1.Session> getWrapUpSessionMethod;
    if ((getWrapUpSessionMethod = SessionServiceGrpc.getWrapUpSessionMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getWrapUpSessionMethod = SessionServiceGrpc.getWrapUpSessionMethod) == null) {
          SessionServiceGrpc.getWrapUpSessionMethod = getWrapUpSessionMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.WrapUpSessionRequest, io.globemeet.api.v1.Session>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "WrapUpSession"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.WrapUpSessionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Session.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("WrapUpSession"))
              .build();
        }
      }
    }
    return getWrapUpSessionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.EndSessionRequest,
      io.globemeet.api.v1.Session> getEndSessionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "EndSession",
      requestType = io.globemeet.api.v1.EndSessionRequest.class,
      responseType = io.globemeet.api.v1.Session.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.EndSessionRequest,
      io.globemeet.api.v1.Session> getEndSessionMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.EndSessionRequest, io.globemeet.api.v1.Session> getEndSessionMethod;
    if ((getEndSessionMethod = SessionServiceGrpc.getEndSessionMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getEndSessionMethod = SessionServiceGrpc.getEndSessionMethod) == null) {
          SessionServiceGrpc.getEndSessionMethod = getEndSessionMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.EndSessionRequest, io.globemeet.api.v1.Session>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "EndSession"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.EndSessionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Session.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("EndSession"))
              .build();
        }
      }
    }
    return getEndSessionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.TransferSessionRequest,
      io.globemeet.api.v1.Session> getTransferSessionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "TransferSession",
      requestType = io.globemeet.api.v1.TransferSessionRequest.class,
      responseType = io.globemeet.api.v1.Session.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.TransferSessionRequest,
      io.globemeet.api.v1.Session> getTransferSessionMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.TransferSessionRequest, io.globemeet.api.v1.Session> getTransferSessionMethod;
    if ((getTransferSessionMethod = SessionServiceGrpc.getTransferSessionMethod) == null) {
      synchronized (SessionServiceGrpc.class) {
        if ((getTransferSessionMethod = SessionServiceGrpc.getTransferSessionMethod) == null) {
          SessionServiceGrpc.getTransferSessionMethod = getTransferSessionMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.TransferSessionRequest, io.globemeet.api.v1.Session>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "TransferSession"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.TransferSessionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Session.getDefaultInstance()))
              .setSchemaDescriptor(new SessionServiceMethodDescriptorSupplier("TransferSession"))
              .build();
        }
      }
    }
    return getTransferSessionMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static SessionServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SessionServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SessionServiceStub>() {
        @java.lang.Override
        public SessionServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SessionServiceStub(channel, callOptions);
        }
      };
    return SessionServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static SessionServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SessionServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SessionServiceBlockingV2Stub>() {
        @java.lang.Override
        public SessionServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SessionServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return SessionServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static SessionServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SessionServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SessionServiceBlockingStub>() {
        @java.lang.Override
        public SessionServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SessionServiceBlockingStub(channel, callOptions);
        }
      };
    return SessionServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static SessionServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SessionServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SessionServiceFutureStub>() {
        @java.lang.Override
        public SessionServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SessionServiceFutureStub(channel, callOptions);
        }
      };
    return SessionServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages sessions: customer interactions that wait in a queue, are offered to an agent,
   * connect, wrap up and end. Each lifecycle method is a state transition: it succeeds only from
   * the states it names, and otherwise fails with FAILED_PRECONDITION naming the current state
   * and changing nothing. Every transition records its time, increments `sequence` and emits
   * the matching `session.*` event.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a session waiting in a queue (`queued`). A session arriving at a queue that holds
     * `max_queue_size` waiting sessions gets the queue's overflow action at once.
     * </pre>
     */
    default void createSession(io.globemeet.api.v1.CreateSessionRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Session> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateSessionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns one session with its transition history.
     * </pre>
     */
    default void getSession(io.globemeet.api.v1.GetSessionRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Session> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetSessionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists sessions, a page at a time.
     * </pre>
     */
    default void listSessions(io.globemeet.api.v1.ListSessionsRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListSessionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListSessionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Offers a `queued` session to an agent who is a member of the session's queue and whose
     * presence is `available`. The session becomes `offered`.
     * </pre>
     */
    default void offerSession(io.globemeet.api.v1.OfferSessionRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Session> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getOfferSessionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Connects the agent to an `offered` session. The session becomes `connected`.
     * </pre>
     */
    default void acceptSession(io.globemeet.api.v1.AcceptSessionRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Session> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getAcceptSessionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Puts a `connected` session on hold; `held` becomes true.
     * </pre>
     */
    default void holdSession(io.globemeet.api.v1.HoldSessionRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Session> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHoldSessionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Takes a held `connected` session off hold.
     * </pre>
     */
    default void resumeSession(io.globemeet.api.v1.ResumeSessionRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Session> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getResumeSessionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Moves a `connected` session to `wrap_up`, where the agent finishes its work.
     * </pre>
     */
    default void wrapUpSession(io.globemeet.api.v1.WrapUpSessionRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Session> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getWrapUpSessionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Ends a session from any state but `ended`. Ending a `queued` or `offered` session is how
     * a caller hangs up: its reason defaults to `abandoned`, otherwise to `completed`.
     * </pre>
     */
    default void endSession(io.globemeet.api.v1.EndSessionRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Session> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getEndSessionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Moves a session that has not ended to another queue: it becomes `queued` there, its agent
     * is released, and its history is kept. When the target queue already has
     * `max_queue_size` waiting sessions, its overflow action applies at once.
     * </pre>
     */
    default void transferSession(io.globemeet.api.v1.TransferSessionRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Session> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getTransferSessionMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service SessionService.
   * <pre>
   * Manages sessions: customer interactions that wait in a queue, are offered to an agent,
   * connect, wrap up and end. Each lifecycle method is a state transition: it succeeds only from
   * the states it names, and otherwise fails with FAILED_PRECONDITION naming the current state
   * and changing nothing. Every transition records its time, increments `sequence` and emits
   * the matching `session.*` event.
   * </pre>
   */
  public static abstract class SessionServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return SessionServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service SessionService.
   * <pre>
   * Manages sessions: customer interactions that wait in a queue, are offered to an agent,
   * connect, wrap up and end. Each lifecycle method is a state transition: it succeeds only from
   * the states it names, and otherwise fails with FAILED_PRECONDITION naming the current state
   * and changing nothing. Every transition records its time, increments `sequence` and emits
   * the matching `session.*` event.
   * </pre>
   */
  public static final class SessionServiceStub
      extends io.grpc.stub.AbstractAsyncStub<SessionServiceStub> {
    private SessionServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SessionServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SessionServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a session waiting in a queue (`queued`). A session arriving at a queue that holds
     * `max_queue_size` waiting sessions gets the queue's overflow action at once.
     * </pre>
     */
    public void createSession(io.globemeet.api.v1.CreateSessionRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Session> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateSessionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns one session with its transition history.
     * </pre>
     */
    public void getSession(io.globemeet.api.v1.GetSessionRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Session> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetSessionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists sessions, a page at a time.
     * </pre>
     */
    public void listSessions(io.globemeet.api.v1.ListSessionsRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListSessionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListSessionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Offers a `queued` session to an agent who is a member of the session's queue and whose
     * presence is `available`. The session becomes `offered`.
     * </pre>
     */
    public void offerSession(io.globemeet.api.v1.OfferSessionRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Session> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getOfferSessionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Connects the agent to an `offered` session. The session becomes `connected`.
     * </pre>
     */
    public void acceptSession(io.globemeet.api.v1.AcceptSessionRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Session> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getAcceptSessionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Puts a `connected` session on hold; `held` becomes true.
     * </pre>
     */
    public void holdSession(io.globemeet.api.v1.HoldSessionRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Session> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHoldSessionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Takes a held `connected` session off hold.
     * </pre>
     */
    public void resumeSession(io.globemeet.api.v1.ResumeSessionRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Session> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getResumeSessionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Moves a `connected` session to `wrap_up`, where the agent finishes its work.
     * </pre>
     */
    public void wrapUpSession(io.globemeet.api.v1.WrapUpSessionRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Session> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getWrapUpSessionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Ends a session from any state but `ended`. Ending a `queued` or `offered` session is how
     * a caller hangs up: its reason defaults to `abandoned`, otherwise to `completed`.
     * </pre>
     */
    public void endSession(io.globemeet.api.v1.EndSessionRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Session> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getEndSessionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Moves a session that has not ended to another queue: it becomes `queued` there, its agent
     * is released, and its history is kept. When the target queue already has
     * `max_queue_size` waiting sessions, its overflow action applies at once.
     * </pre>
     */
    public void transferSession(io.globemeet.api.v1.TransferSessionRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Session> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getTransferSessionMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service SessionService.
   * <pre>
   * Manages sessions: customer interactions that wait in a queue, are offered to an agent,
   * connect, wrap up and end. Each lifecycle method is a state transition: it succeeds only from
   * the states it names, and otherwise fails with FAILED_PRECONDITION naming the current state
   * and changing nothing. Every transition records its time, increments `sequence` and emits
   * the matching `session.*` event.
   * </pre>
   */
  public static final class SessionServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<SessionServiceBlockingV2Stub> {
    private SessionServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SessionServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SessionServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a session waiting in a queue (`queued`). A session arriving at a queue that holds
     * `max_queue_size` waiting sessions gets the queue's overflow action at once.
     * </pre>
     */
    public io.globemeet.api.v1.Session createSession(io.globemeet.api.v1.CreateSessionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns one session with its transition history.
     * </pre>
     */
    public io.globemeet.api.v1.Session getSession(io.globemeet.api.v1.GetSessionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists sessions, a page at a time.
     * </pre>
     */
    public io.globemeet.api.v1.ListSessionsResponse listSessions(io.globemeet.api.v1.ListSessionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListSessionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Offers a `queued` session to an agent who is a member of the session's queue and whose
     * presence is `available`. The session becomes `offered`.
     * </pre>
     */
    public io.globemeet.api.v1.Session offerSession(io.globemeet.api.v1.OfferSessionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getOfferSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Connects the agent to an `offered` session. The session becomes `connected`.
     * </pre>
     */
    public io.globemeet.api.v1.Session acceptSession(io.globemeet.api.v1.AcceptSessionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getAcceptSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Puts a `connected` session on hold; `held` becomes true.
     * </pre>
     */
    public io.globemeet.api.v1.Session holdSession(io.globemeet.api.v1.HoldSessionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHoldSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Takes a held `connected` session off hold.
     * </pre>
     */
    public io.globemeet.api.v1.Session resumeSession(io.globemeet.api.v1.ResumeSessionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getResumeSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Moves a `connected` session to `wrap_up`, where the agent finishes its work.
     * </pre>
     */
    public io.globemeet.api.v1.Session wrapUpSession(io.globemeet.api.v1.WrapUpSessionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getWrapUpSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Ends a session from any state but `ended`. Ending a `queued` or `offered` session is how
     * a caller hangs up: its reason defaults to `abandoned`, otherwise to `completed`.
     * </pre>
     */
    public io.globemeet.api.v1.Session endSession(io.globemeet.api.v1.EndSessionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getEndSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Moves a session that has not ended to another queue: it becomes `queued` there, its agent
     * is released, and its history is kept. When the target queue already has
     * `max_queue_size` waiting sessions, its overflow action applies at once.
     * </pre>
     */
    public io.globemeet.api.v1.Session transferSession(io.globemeet.api.v1.TransferSessionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getTransferSessionMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service SessionService.
   * <pre>
   * Manages sessions: customer interactions that wait in a queue, are offered to an agent,
   * connect, wrap up and end. Each lifecycle method is a state transition: it succeeds only from
   * the states it names, and otherwise fails with FAILED_PRECONDITION naming the current state
   * and changing nothing. Every transition records its time, increments `sequence` and emits
   * the matching `session.*` event.
   * </pre>
   */
  public static final class SessionServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<SessionServiceBlockingStub> {
    private SessionServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SessionServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SessionServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a session waiting in a queue (`queued`). A session arriving at a queue that holds
     * `max_queue_size` waiting sessions gets the queue's overflow action at once.
     * </pre>
     */
    public io.globemeet.api.v1.Session createSession(io.globemeet.api.v1.CreateSessionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns one session with its transition history.
     * </pre>
     */
    public io.globemeet.api.v1.Session getSession(io.globemeet.api.v1.GetSessionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists sessions, a page at a time.
     * </pre>
     */
    public io.globemeet.api.v1.ListSessionsResponse listSessions(io.globemeet.api.v1.ListSessionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListSessionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Offers a `queued` session to an agent who is a member of the session's queue and whose
     * presence is `available`. The session becomes `offered`.
     * </pre>
     */
    public io.globemeet.api.v1.Session offerSession(io.globemeet.api.v1.OfferSessionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getOfferSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Connects the agent to an `offered` session. The session becomes `connected`.
     * </pre>
     */
    public io.globemeet.api.v1.Session acceptSession(io.globemeet.api.v1.AcceptSessionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getAcceptSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Puts a `connected` session on hold; `held` becomes true.
     * </pre>
     */
    public io.globemeet.api.v1.Session holdSession(io.globemeet.api.v1.HoldSessionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHoldSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Takes a held `connected` session off hold.
     * </pre>
     */
    public io.globemeet.api.v1.Session resumeSession(io.globemeet.api.v1.ResumeSessionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getResumeSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Moves a `connected` session to `wrap_up`, where the agent finishes its work.
     * </pre>
     */
    public io.globemeet.api.v1.Session wrapUpSession(io.globemeet.api.v1.WrapUpSessionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getWrapUpSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Ends a session from any state but `ended`. Ending a `queued` or `offered` session is how
     * a caller hangs up: its reason defaults to `abandoned`, otherwise to `completed`.
     * </pre>
     */
    public io.globemeet.api.v1.Session endSession(io.globemeet.api.v1.EndSessionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getEndSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Moves a session that has not ended to another queue: it becomes `queued` there, its agent
     * is released, and its history is kept. When the target queue already has
     * `max_queue_size` waiting sessions, its overflow action applies at once.
     * </pre>
     */
    public io.globemeet.api.v1.Session transferSession(io.globemeet.api.v1.TransferSessionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getTransferSessionMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service SessionService.
   * <pre>
   * Manages sessions: customer interactions that wait in a queue, are offered to an agent,
   * connect, wrap up and end. Each lifecycle method is a state transition: it succeeds only from
   * the states it names, and otherwise fails with FAILED_PRECONDITION naming the current state
   * and changing nothing. Every transition records its time, increments `sequence` and emits
   * the matching `session.*` event.
   * </pre>
   */
  public static final class SessionServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<SessionServiceFutureStub> {
    private SessionServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SessionServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SessionServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a session waiting in a queue (`queued`). A session arriving at a queue that holds
     * `max_queue_size` waiting sessions gets the queue's overflow action at once.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Session> createSession(
        io.globemeet.api.v1.CreateSessionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateSessionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns one session with its transition history.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Session> getSession(
        io.globemeet.api.v1.GetSessionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetSessionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists sessions, a page at a time.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.ListSessionsResponse> listSessions(
        io.globemeet.api.v1.ListSessionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListSessionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Offers a `queued` session to an agent who is a member of the session's queue and whose
     * presence is `available`. The session becomes `offered`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Session> offerSession(
        io.globemeet.api.v1.OfferSessionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getOfferSessionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Connects the agent to an `offered` session. The session becomes `connected`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Session> acceptSession(
        io.globemeet.api.v1.AcceptSessionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getAcceptSessionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Puts a `connected` session on hold; `held` becomes true.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Session> holdSession(
        io.globemeet.api.v1.HoldSessionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHoldSessionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Takes a held `connected` session off hold.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Session> resumeSession(
        io.globemeet.api.v1.ResumeSessionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getResumeSessionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Moves a `connected` session to `wrap_up`, where the agent finishes its work.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Session> wrapUpSession(
        io.globemeet.api.v1.WrapUpSessionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getWrapUpSessionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Ends a session from any state but `ended`. Ending a `queued` or `offered` session is how
     * a caller hangs up: its reason defaults to `abandoned`, otherwise to `completed`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Session> endSession(
        io.globemeet.api.v1.EndSessionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getEndSessionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Moves a session that has not ended to another queue: it becomes `queued` there, its agent
     * is released, and its history is kept. When the target queue already has
     * `max_queue_size` waiting sessions, its overflow action applies at once.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Session> transferSession(
        io.globemeet.api.v1.TransferSessionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getTransferSessionMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_SESSION = 0;
  private static final int METHODID_GET_SESSION = 1;
  private static final int METHODID_LIST_SESSIONS = 2;
  private static final int METHODID_OFFER_SESSION = 3;
  private static final int METHODID_ACCEPT_SESSION = 4;
  private static final int METHODID_HOLD_SESSION = 5;
  private static final int METHODID_RESUME_SESSION = 6;
  private static final int METHODID_WRAP_UP_SESSION = 7;
  private static final int METHODID_END_SESSION = 8;
  private static final int METHODID_TRANSFER_SESSION = 9;

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
        case METHODID_CREATE_SESSION:
          serviceImpl.createSession((io.globemeet.api.v1.CreateSessionRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Session>) responseObserver);
          break;
        case METHODID_GET_SESSION:
          serviceImpl.getSession((io.globemeet.api.v1.GetSessionRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Session>) responseObserver);
          break;
        case METHODID_LIST_SESSIONS:
          serviceImpl.listSessions((io.globemeet.api.v1.ListSessionsRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListSessionsResponse>) responseObserver);
          break;
        case METHODID_OFFER_SESSION:
          serviceImpl.offerSession((io.globemeet.api.v1.OfferSessionRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Session>) responseObserver);
          break;
        case METHODID_ACCEPT_SESSION:
          serviceImpl.acceptSession((io.globemeet.api.v1.AcceptSessionRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Session>) responseObserver);
          break;
        case METHODID_HOLD_SESSION:
          serviceImpl.holdSession((io.globemeet.api.v1.HoldSessionRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Session>) responseObserver);
          break;
        case METHODID_RESUME_SESSION:
          serviceImpl.resumeSession((io.globemeet.api.v1.ResumeSessionRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Session>) responseObserver);
          break;
        case METHODID_WRAP_UP_SESSION:
          serviceImpl.wrapUpSession((io.globemeet.api.v1.WrapUpSessionRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Session>) responseObserver);
          break;
        case METHODID_END_SESSION:
          serviceImpl.endSession((io.globemeet.api.v1.EndSessionRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Session>) responseObserver);
          break;
        case METHODID_TRANSFER_SESSION:
          serviceImpl.transferSession((io.globemeet.api.v1.TransferSessionRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Session>) responseObserver);
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
          getCreateSessionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.CreateSessionRequest,
              io.globemeet.api.v1.Session>(
                service, METHODID_CREATE_SESSION)))
        .addMethod(
          getGetSessionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.GetSessionRequest,
              io.globemeet.api.v1.Session>(
                service, METHODID_GET_SESSION)))
        .addMethod(
          getListSessionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.ListSessionsRequest,
              io.globemeet.api.v1.ListSessionsResponse>(
                service, METHODID_LIST_SESSIONS)))
        .addMethod(
          getOfferSessionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.OfferSessionRequest,
              io.globemeet.api.v1.Session>(
                service, METHODID_OFFER_SESSION)))
        .addMethod(
          getAcceptSessionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.AcceptSessionRequest,
              io.globemeet.api.v1.Session>(
                service, METHODID_ACCEPT_SESSION)))
        .addMethod(
          getHoldSessionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.HoldSessionRequest,
              io.globemeet.api.v1.Session>(
                service, METHODID_HOLD_SESSION)))
        .addMethod(
          getResumeSessionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.ResumeSessionRequest,
              io.globemeet.api.v1.Session>(
                service, METHODID_RESUME_SESSION)))
        .addMethod(
          getWrapUpSessionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.WrapUpSessionRequest,
              io.globemeet.api.v1.Session>(
                service, METHODID_WRAP_UP_SESSION)))
        .addMethod(
          getEndSessionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.EndSessionRequest,
              io.globemeet.api.v1.Session>(
                service, METHODID_END_SESSION)))
        .addMethod(
          getTransferSessionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.TransferSessionRequest,
              io.globemeet.api.v1.Session>(
                service, METHODID_TRANSFER_SESSION)))
        .build();
  }

  private static abstract class SessionServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    SessionServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.globemeet.api.v1.SessionsProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("SessionService");
    }
  }

  private static final class SessionServiceFileDescriptorSupplier
      extends SessionServiceBaseDescriptorSupplier {
    SessionServiceFileDescriptorSupplier() {}
  }

  private static final class SessionServiceMethodDescriptorSupplier
      extends SessionServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    SessionServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (SessionServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new SessionServiceFileDescriptorSupplier())
              .addMethod(getCreateSessionMethod())
              .addMethod(getGetSessionMethod())
              .addMethod(getListSessionsMethod())
              .addMethod(getOfferSessionMethod())
              .addMethod(getAcceptSessionMethod())
              .addMethod(getHoldSessionMethod())
              .addMethod(getResumeSessionMethod())
              .addMethod(getWrapUpSessionMethod())
              .addMethod(getEndSessionMethod())
              .addMethod(getTransferSessionMethod())
              .build();
        }
      }
    }
    return result;
  }
}
