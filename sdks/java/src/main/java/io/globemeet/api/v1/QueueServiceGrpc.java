package io.globemeet.api.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages the queues of the caller's tenant: where sessions wait until an agent who is a member
 * of the queue takes them.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class QueueServiceGrpc {

  private QueueServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "globemeet.v1.QueueService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.CreateQueueRequest,
      io.globemeet.api.v1.Queue> getCreateQueueMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateQueue",
      requestType = io.globemeet.api.v1.CreateQueueRequest.class,
      responseType = io.globemeet.api.v1.Queue.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.CreateQueueRequest,
      io.globemeet.api.v1.Queue> getCreateQueueMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.CreateQueueRequest, io.globemeet.api.v1.Queue> getCreateQueueMethod;
    if ((getCreateQueueMethod = QueueServiceGrpc.getCreateQueueMethod) == null) {
      synchronized (QueueServiceGrpc.class) {
        if ((getCreateQueueMethod = QueueServiceGrpc.getCreateQueueMethod) == null) {
          QueueServiceGrpc.getCreateQueueMethod = getCreateQueueMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.CreateQueueRequest, io.globemeet.api.v1.Queue>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateQueue"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.CreateQueueRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Queue.getDefaultInstance()))
              .setSchemaDescriptor(new QueueServiceMethodDescriptorSupplier("CreateQueue"))
              .build();
        }
      }
    }
    return getCreateQueueMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.GetQueueRequest,
      io.globemeet.api.v1.Queue> getGetQueueMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetQueue",
      requestType = io.globemeet.api.v1.GetQueueRequest.class,
      responseType = io.globemeet.api.v1.Queue.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.GetQueueRequest,
      io.globemeet.api.v1.Queue> getGetQueueMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.GetQueueRequest, io.globemeet.api.v1.Queue> getGetQueueMethod;
    if ((getGetQueueMethod = QueueServiceGrpc.getGetQueueMethod) == null) {
      synchronized (QueueServiceGrpc.class) {
        if ((getGetQueueMethod = QueueServiceGrpc.getGetQueueMethod) == null) {
          QueueServiceGrpc.getGetQueueMethod = getGetQueueMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.GetQueueRequest, io.globemeet.api.v1.Queue>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetQueue"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.GetQueueRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Queue.getDefaultInstance()))
              .setSchemaDescriptor(new QueueServiceMethodDescriptorSupplier("GetQueue"))
              .build();
        }
      }
    }
    return getGetQueueMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.ListQueuesRequest,
      io.globemeet.api.v1.ListQueuesResponse> getListQueuesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListQueues",
      requestType = io.globemeet.api.v1.ListQueuesRequest.class,
      responseType = io.globemeet.api.v1.ListQueuesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.ListQueuesRequest,
      io.globemeet.api.v1.ListQueuesResponse> getListQueuesMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.ListQueuesRequest, io.globemeet.api.v1.ListQueuesResponse> getListQueuesMethod;
    if ((getListQueuesMethod = QueueServiceGrpc.getListQueuesMethod) == null) {
      synchronized (QueueServiceGrpc.class) {
        if ((getListQueuesMethod = QueueServiceGrpc.getListQueuesMethod) == null) {
          QueueServiceGrpc.getListQueuesMethod = getListQueuesMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.ListQueuesRequest, io.globemeet.api.v1.ListQueuesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListQueues"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ListQueuesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ListQueuesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new QueueServiceMethodDescriptorSupplier("ListQueues"))
              .build();
        }
      }
    }
    return getListQueuesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.UpdateQueueRequest,
      io.globemeet.api.v1.Queue> getUpdateQueueMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateQueue",
      requestType = io.globemeet.api.v1.UpdateQueueRequest.class,
      responseType = io.globemeet.api.v1.Queue.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.UpdateQueueRequest,
      io.globemeet.api.v1.Queue> getUpdateQueueMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.UpdateQueueRequest, io.globemeet.api.v1.Queue> getUpdateQueueMethod;
    if ((getUpdateQueueMethod = QueueServiceGrpc.getUpdateQueueMethod) == null) {
      synchronized (QueueServiceGrpc.class) {
        if ((getUpdateQueueMethod = QueueServiceGrpc.getUpdateQueueMethod) == null) {
          QueueServiceGrpc.getUpdateQueueMethod = getUpdateQueueMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.UpdateQueueRequest, io.globemeet.api.v1.Queue>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateQueue"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.UpdateQueueRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Queue.getDefaultInstance()))
              .setSchemaDescriptor(new QueueServiceMethodDescriptorSupplier("UpdateQueue"))
              .build();
        }
      }
    }
    return getUpdateQueueMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.DeleteQueueRequest,
      com.google.protobuf.Empty> getDeleteQueueMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteQueue",
      requestType = io.globemeet.api.v1.DeleteQueueRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.DeleteQueueRequest,
      com.google.protobuf.Empty> getDeleteQueueMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.DeleteQueueRequest, com.google.protobuf.Empty> getDeleteQueueMethod;
    if ((getDeleteQueueMethod = QueueServiceGrpc.getDeleteQueueMethod) == null) {
      synchronized (QueueServiceGrpc.class) {
        if ((getDeleteQueueMethod = QueueServiceGrpc.getDeleteQueueMethod) == null) {
          QueueServiceGrpc.getDeleteQueueMethod = getDeleteQueueMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.DeleteQueueRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteQueue"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.DeleteQueueRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new QueueServiceMethodDescriptorSupplier("DeleteQueue"))
              .build();
        }
      }
    }
    return getDeleteQueueMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.AddQueueMemberRequest,
      io.globemeet.api.v1.QueueMember> getAddQueueMemberMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "AddQueueMember",
      requestType = io.globemeet.api.v1.AddQueueMemberRequest.class,
      responseType = io.globemeet.api.v1.QueueMember.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.AddQueueMemberRequest,
      io.globemeet.api.v1.QueueMember> getAddQueueMemberMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.AddQueueMemberRequest, io.globemeet.api.v1.QueueMember> getAddQueueMemberMethod;
    if ((getAddQueueMemberMethod = QueueServiceGrpc.getAddQueueMemberMethod) == null) {
      synchronized (QueueServiceGrpc.class) {
        if ((getAddQueueMemberMethod = QueueServiceGrpc.getAddQueueMemberMethod) == null) {
          QueueServiceGrpc.getAddQueueMemberMethod = getAddQueueMemberMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.AddQueueMemberRequest, io.globemeet.api.v1.QueueMember>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "AddQueueMember"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.AddQueueMemberRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.QueueMember.getDefaultInstance()))
              .setSchemaDescriptor(new QueueServiceMethodDescriptorSupplier("AddQueueMember"))
              .build();
        }
      }
    }
    return getAddQueueMemberMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.ListQueueMembersRequest,
      io.globemeet.api.v1.ListQueueMembersResponse> getListQueueMembersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListQueueMembers",
      requestType = io.globemeet.api.v1.ListQueueMembersRequest.class,
      responseType = io.globemeet.api.v1.ListQueueMembersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.ListQueueMembersRequest,
      io.globemeet.api.v1.ListQueueMembersResponse> getListQueueMembersMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.ListQueueMembersRequest, io.globemeet.api.v1.ListQueueMembersResponse> getListQueueMembersMethod;
    if ((getListQueueMembersMethod = QueueServiceGrpc.getListQueueMembersMethod) == null) {
      synchronized (QueueServiceGrpc.class) {
        if ((getListQueueMembersMethod = QueueServiceGrpc.getListQueueMembersMethod) == null) {
          QueueServiceGrpc.getListQueueMembersMethod = getListQueueMembersMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.ListQueueMembersRequest, io.globemeet.api.v1.ListQueueMembersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListQueueMembers"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ListQueueMembersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ListQueueMembersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new QueueServiceMethodDescriptorSupplier("ListQueueMembers"))
              .build();
        }
      }
    }
    return getListQueueMembersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.RemoveQueueMemberRequest,
      com.google.protobuf.Empty> getRemoveQueueMemberMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RemoveQueueMember",
      requestType = io.globemeet.api.v1.RemoveQueueMemberRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.RemoveQueueMemberRequest,
      com.google.protobuf.Empty> getRemoveQueueMemberMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.RemoveQueueMemberRequest, com.google.protobuf.Empty> getRemoveQueueMemberMethod;
    if ((getRemoveQueueMemberMethod = QueueServiceGrpc.getRemoveQueueMemberMethod) == null) {
      synchronized (QueueServiceGrpc.class) {
        if ((getRemoveQueueMemberMethod = QueueServiceGrpc.getRemoveQueueMemberMethod) == null) {
          QueueServiceGrpc.getRemoveQueueMemberMethod = getRemoveQueueMemberMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.RemoveQueueMemberRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RemoveQueueMember"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.RemoveQueueMemberRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new QueueServiceMethodDescriptorSupplier("RemoveQueueMember"))
              .build();
        }
      }
    }
    return getRemoveQueueMemberMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.BatchAddQueueMembersRequest,
      io.globemeet.api.v1.BatchAddQueueMembersResponse> getBatchAddQueueMembersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchAddQueueMembers",
      requestType = io.globemeet.api.v1.BatchAddQueueMembersRequest.class,
      responseType = io.globemeet.api.v1.BatchAddQueueMembersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.BatchAddQueueMembersRequest,
      io.globemeet.api.v1.BatchAddQueueMembersResponse> getBatchAddQueueMembersMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.BatchAddQueueMembersRequest, io.globemeet.api.v1.BatchAddQueueMembersResponse> getBatchAddQueueMembersMethod;
    if ((getBatchAddQueueMembersMethod = QueueServiceGrpc.getBatchAddQueueMembersMethod) == null) {
      synchronized (QueueServiceGrpc.class) {
        if ((getBatchAddQueueMembersMethod = QueueServiceGrpc.getBatchAddQueueMembersMethod) == null) {
          QueueServiceGrpc.getBatchAddQueueMembersMethod = getBatchAddQueueMembersMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.BatchAddQueueMembersRequest, io.globemeet.api.v1.BatchAddQueueMembersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchAddQueueMembers"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.BatchAddQueueMembersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.BatchAddQueueMembersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new QueueServiceMethodDescriptorSupplier("BatchAddQueueMembers"))
              .build();
        }
      }
    }
    return getBatchAddQueueMembersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.GetQueueStatsRequest,
      io.globemeet.api.v1.QueueStats> getGetQueueStatsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetQueueStats",
      requestType = io.globemeet.api.v1.GetQueueStatsRequest.class,
      responseType = io.globemeet.api.v1.QueueStats.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.GetQueueStatsRequest,
      io.globemeet.api.v1.QueueStats> getGetQueueStatsMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.GetQueueStatsRequest, io.globemeet.api.v1.QueueStats> getGetQueueStatsMethod;
    if ((getGetQueueStatsMethod = QueueServiceGrpc.getGetQueueStatsMethod) == null) {
      synchronized (QueueServiceGrpc.class) {
        if ((getGetQueueStatsMethod = QueueServiceGrpc.getGetQueueStatsMethod) == null) {
          QueueServiceGrpc.getGetQueueStatsMethod = getGetQueueStatsMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.GetQueueStatsRequest, io.globemeet.api.v1.QueueStats>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetQueueStats"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.GetQueueStatsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.QueueStats.getDefaultInstance()))
              .setSchemaDescriptor(new QueueServiceMethodDescriptorSupplier("GetQueueStats"))
              .build();
        }
      }
    }
    return getGetQueueStatsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static QueueServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<QueueServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<QueueServiceStub>() {
        @java.lang.Override
        public QueueServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new QueueServiceStub(channel, callOptions);
        }
      };
    return QueueServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static QueueServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<QueueServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<QueueServiceBlockingV2Stub>() {
        @java.lang.Override
        public QueueServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new QueueServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return QueueServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static QueueServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<QueueServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<QueueServiceBlockingStub>() {
        @java.lang.Override
        public QueueServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new QueueServiceBlockingStub(channel, callOptions);
        }
      };
    return QueueServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static QueueServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<QueueServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<QueueServiceFutureStub>() {
        @java.lang.Override
        public QueueServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new QueueServiceFutureStub(channel, callOptions);
        }
      };
    return QueueServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages the queues of the caller's tenant: where sessions wait until an agent who is a member
   * of the queue takes them.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a queue. The body is the queue; `id` may be chosen by the client.
     * </pre>
     */
    default void createQueue(io.globemeet.api.v1.CreateQueueRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Queue> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateQueueMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns one queue.
     * </pre>
     */
    default void getQueue(io.globemeet.api.v1.GetQueueRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Queue> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetQueueMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists queues, a page at a time.
     * </pre>
     */
    default void listQueues(io.globemeet.api.v1.ListQueuesRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListQueuesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListQueuesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates the fields of a queue named by `update_mask`. Over REST the mask is the set of
     * fields present in the body.
     * </pre>
     */
    default void updateQueue(io.globemeet.api.v1.UpdateQueueRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Queue> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateQueueMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a queue and its memberships.
     * </pre>
     */
    default void deleteQueue(io.globemeet.api.v1.DeleteQueueRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteQueueMethod(), responseObserver);
    }

    /**
     * <pre>
     * Makes an agent a member of the queue. Adding an existing member succeeds and changes
     * nothing.
     * </pre>
     */
    default void addQueueMember(io.globemeet.api.v1.AddQueueMemberRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.QueueMember> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getAddQueueMemberMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the members of a queue, a page at a time.
     * </pre>
     */
    default void listQueueMembers(io.globemeet.api.v1.ListQueueMembersRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListQueueMembersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListQueueMembersMethod(), responseObserver);
    }

    /**
     * <pre>
     * Removes an agent from the queue.
     * </pre>
     */
    default void removeQueueMember(io.globemeet.api.v1.RemoveQueueMemberRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRemoveQueueMemberMethod(), responseObserver);
    }

    /**
     * <pre>
     * Adds up to 100 agents to the queue at once. Either every agent is added or, when one of
     * them does not exist, none is.
     * </pre>
     */
    default void batchAddQueueMembers(io.globemeet.api.v1.BatchAddQueueMembersRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.BatchAddQueueMembersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchAddQueueMembersMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns live statistics of the queue.
     * </pre>
     */
    default void getQueueStats(io.globemeet.api.v1.GetQueueStatsRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.QueueStats> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetQueueStatsMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service QueueService.
   * <pre>
   * Manages the queues of the caller's tenant: where sessions wait until an agent who is a member
   * of the queue takes them.
   * </pre>
   */
  public static abstract class QueueServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return QueueServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service QueueService.
   * <pre>
   * Manages the queues of the caller's tenant: where sessions wait until an agent who is a member
   * of the queue takes them.
   * </pre>
   */
  public static final class QueueServiceStub
      extends io.grpc.stub.AbstractAsyncStub<QueueServiceStub> {
    private QueueServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected QueueServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new QueueServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a queue. The body is the queue; `id` may be chosen by the client.
     * </pre>
     */
    public void createQueue(io.globemeet.api.v1.CreateQueueRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Queue> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateQueueMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns one queue.
     * </pre>
     */
    public void getQueue(io.globemeet.api.v1.GetQueueRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Queue> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetQueueMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists queues, a page at a time.
     * </pre>
     */
    public void listQueues(io.globemeet.api.v1.ListQueuesRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListQueuesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListQueuesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates the fields of a queue named by `update_mask`. Over REST the mask is the set of
     * fields present in the body.
     * </pre>
     */
    public void updateQueue(io.globemeet.api.v1.UpdateQueueRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Queue> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateQueueMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a queue and its memberships.
     * </pre>
     */
    public void deleteQueue(io.globemeet.api.v1.DeleteQueueRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteQueueMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Makes an agent a member of the queue. Adding an existing member succeeds and changes
     * nothing.
     * </pre>
     */
    public void addQueueMember(io.globemeet.api.v1.AddQueueMemberRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.QueueMember> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getAddQueueMemberMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the members of a queue, a page at a time.
     * </pre>
     */
    public void listQueueMembers(io.globemeet.api.v1.ListQueueMembersRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListQueueMembersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListQueueMembersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Removes an agent from the queue.
     * </pre>
     */
    public void removeQueueMember(io.globemeet.api.v1.RemoveQueueMemberRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRemoveQueueMemberMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Adds up to 100 agents to the queue at once. Either every agent is added or, when one of
     * them does not exist, none is.
     * </pre>
     */
    public void batchAddQueueMembers(io.globemeet.api.v1.BatchAddQueueMembersRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.BatchAddQueueMembersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchAddQueueMembersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns live statistics of the queue.
     * </pre>
     */
    public void getQueueStats(io.globemeet.api.v1.GetQueueStatsRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.QueueStats> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetQueueStatsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service QueueService.
   * <pre>
   * Manages the queues of the caller's tenant: where sessions wait until an agent who is a member
   * of the queue takes them.
   * </pre>
   */
  public static final class QueueServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<QueueServiceBlockingV2Stub> {
    private QueueServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected QueueServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new QueueServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a queue. The body is the queue; `id` may be chosen by the client.
     * </pre>
     */
    public io.globemeet.api.v1.Queue createQueue(io.globemeet.api.v1.CreateQueueRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateQueueMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns one queue.
     * </pre>
     */
    public io.globemeet.api.v1.Queue getQueue(io.globemeet.api.v1.GetQueueRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetQueueMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists queues, a page at a time.
     * </pre>
     */
    public io.globemeet.api.v1.ListQueuesResponse listQueues(io.globemeet.api.v1.ListQueuesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListQueuesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields of a queue named by `update_mask`. Over REST the mask is the set of
     * fields present in the body.
     * </pre>
     */
    public io.globemeet.api.v1.Queue updateQueue(io.globemeet.api.v1.UpdateQueueRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateQueueMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a queue and its memberships.
     * </pre>
     */
    public com.google.protobuf.Empty deleteQueue(io.globemeet.api.v1.DeleteQueueRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteQueueMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Makes an agent a member of the queue. Adding an existing member succeeds and changes
     * nothing.
     * </pre>
     */
    public io.globemeet.api.v1.QueueMember addQueueMember(io.globemeet.api.v1.AddQueueMemberRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getAddQueueMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the members of a queue, a page at a time.
     * </pre>
     */
    public io.globemeet.api.v1.ListQueueMembersResponse listQueueMembers(io.globemeet.api.v1.ListQueueMembersRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListQueueMembersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes an agent from the queue.
     * </pre>
     */
    public com.google.protobuf.Empty removeQueueMember(io.globemeet.api.v1.RemoveQueueMemberRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRemoveQueueMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds up to 100 agents to the queue at once. Either every agent is added or, when one of
     * them does not exist, none is.
     * </pre>
     */
    public io.globemeet.api.v1.BatchAddQueueMembersResponse batchAddQueueMembers(io.globemeet.api.v1.BatchAddQueueMembersRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchAddQueueMembersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns live statistics of the queue.
     * </pre>
     */
    public io.globemeet.api.v1.QueueStats getQueueStats(io.globemeet.api.v1.GetQueueStatsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetQueueStatsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service QueueService.
   * <pre>
   * Manages the queues of the caller's tenant: where sessions wait until an agent who is a member
   * of the queue takes them.
   * </pre>
   */
  public static final class QueueServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<QueueServiceBlockingStub> {
    private QueueServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected QueueServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new QueueServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a queue. The body is the queue; `id` may be chosen by the client.
     * </pre>
     */
    public io.globemeet.api.v1.Queue createQueue(io.globemeet.api.v1.CreateQueueRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateQueueMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns one queue.
     * </pre>
     */
    public io.globemeet.api.v1.Queue getQueue(io.globemeet.api.v1.GetQueueRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetQueueMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists queues, a page at a time.
     * </pre>
     */
    public io.globemeet.api.v1.ListQueuesResponse listQueues(io.globemeet.api.v1.ListQueuesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListQueuesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields of a queue named by `update_mask`. Over REST the mask is the set of
     * fields present in the body.
     * </pre>
     */
    public io.globemeet.api.v1.Queue updateQueue(io.globemeet.api.v1.UpdateQueueRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateQueueMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a queue and its memberships.
     * </pre>
     */
    public com.google.protobuf.Empty deleteQueue(io.globemeet.api.v1.DeleteQueueRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteQueueMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Makes an agent a member of the queue. Adding an existing member succeeds and changes
     * nothing.
     * </pre>
     */
    public io.globemeet.api.v1.QueueMember addQueueMember(io.globemeet.api.v1.AddQueueMemberRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getAddQueueMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the members of a queue, a page at a time.
     * </pre>
     */
    public io.globemeet.api.v1.ListQueueMembersResponse listQueueMembers(io.globemeet.api.v1.ListQueueMembersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListQueueMembersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes an agent from the queue.
     * </pre>
     */
    public com.google.protobuf.Empty removeQueueMember(io.globemeet.api.v1.RemoveQueueMemberRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRemoveQueueMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds up to 100 agents to the queue at once. Either every agent is added or, when one of
     * them does not exist, none is.
     * </pre>
     */
    public io.globemeet.api.v1.BatchAddQueueMembersResponse batchAddQueueMembers(io.globemeet.api.v1.BatchAddQueueMembersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchAddQueueMembersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns live statistics of the queue.
     * </pre>
     */
    public io.globemeet.api.v1.QueueStats getQueueStats(io.globemeet.api.v1.GetQueueStatsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetQueueStatsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service QueueService.
   * <pre>
   * Manages the queues of the caller's tenant: where sessions wait until an agent who is a member
   * of the queue takes them.
   * </pre>
   */
  public static final class QueueServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<QueueServiceFutureStub> {
    private QueueServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected QueueServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new QueueServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a queue. The body is the queue; `id` may be chosen by the client.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Queue> createQueue(
        io.globemeet.api.v1.CreateQueueRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateQueueMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns one queue.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Queue> getQueue(
        io.globemeet.api.v1.GetQueueRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetQueueMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists queues, a page at a time.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.ListQueuesResponse> listQueues(
        io.globemeet.api.v1.ListQueuesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListQueuesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates the fields of a queue named by `update_mask`. Over REST the mask is the set of
     * fields present in the body.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Queue> updateQueue(
        io.globemeet.api.v1.UpdateQueueRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateQueueMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a queue and its memberships.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> deleteQueue(
        io.globemeet.api.v1.DeleteQueueRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteQueueMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Makes an agent a member of the queue. Adding an existing member succeeds and changes
     * nothing.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.QueueMember> addQueueMember(
        io.globemeet.api.v1.AddQueueMemberRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getAddQueueMemberMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the members of a queue, a page at a time.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.ListQueueMembersResponse> listQueueMembers(
        io.globemeet.api.v1.ListQueueMembersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListQueueMembersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Removes an agent from the queue.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> removeQueueMember(
        io.globemeet.api.v1.RemoveQueueMemberRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRemoveQueueMemberMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Adds up to 100 agents to the queue at once. Either every agent is added or, when one of
     * them does not exist, none is.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.BatchAddQueueMembersResponse> batchAddQueueMembers(
        io.globemeet.api.v1.BatchAddQueueMembersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchAddQueueMembersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns live statistics of the queue.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.QueueStats> getQueueStats(
        io.globemeet.api.v1.GetQueueStatsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetQueueStatsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_QUEUE = 0;
  private static final int METHODID_GET_QUEUE = 1;
  private static final int METHODID_LIST_QUEUES = 2;
  private static final int METHODID_UPDATE_QUEUE = 3;
  private static final int METHODID_DELETE_QUEUE = 4;
  private static final int METHODID_ADD_QUEUE_MEMBER = 5;
  private static final int METHODID_LIST_QUEUE_MEMBERS = 6;
  private static final int METHODID_REMOVE_QUEUE_MEMBER = 7;
  private static final int METHODID_BATCH_ADD_QUEUE_MEMBERS = 8;
  private static final int METHODID_GET_QUEUE_STATS = 9;

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
        case METHODID_CREATE_QUEUE:
          serviceImpl.createQueue((io.globemeet.api.v1.CreateQueueRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Queue>) responseObserver);
          break;
        case METHODID_GET_QUEUE:
          serviceImpl.getQueue((io.globemeet.api.v1.GetQueueRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Queue>) responseObserver);
          break;
        case METHODID_LIST_QUEUES:
          serviceImpl.listQueues((io.globemeet.api.v1.ListQueuesRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListQueuesResponse>) responseObserver);
          break;
        case METHODID_UPDATE_QUEUE:
          serviceImpl.updateQueue((io.globemeet.api.v1.UpdateQueueRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Queue>) responseObserver);
          break;
        case METHODID_DELETE_QUEUE:
          serviceImpl.deleteQueue((io.globemeet.api.v1.DeleteQueueRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_ADD_QUEUE_MEMBER:
          serviceImpl.addQueueMember((io.globemeet.api.v1.AddQueueMemberRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.QueueMember>) responseObserver);
          break;
        case METHODID_LIST_QUEUE_MEMBERS:
          serviceImpl.listQueueMembers((io.globemeet.api.v1.ListQueueMembersRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListQueueMembersResponse>) responseObserver);
          break;
        case METHODID_REMOVE_QUEUE_MEMBER:
          serviceImpl.removeQueueMember((io.globemeet.api.v1.RemoveQueueMemberRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_BATCH_ADD_QUEUE_MEMBERS:
          serviceImpl.batchAddQueueMembers((io.globemeet.api.v1.BatchAddQueueMembersRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.BatchAddQueueMembersResponse>) responseObserver);
          break;
        case METHODID_GET_QUEUE_STATS:
          serviceImpl.getQueueStats((io.globemeet.api.v1.GetQueueStatsRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.QueueStats>) responseObserver);
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
          getCreateQueueMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.CreateQueueRequest,
              io.globemeet.api.v1.Queue>(
                service, METHODID_CREATE_QUEUE)))
        .addMethod(
          getGetQueueMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.GetQueueRequest,
              io.globemeet.api.v1.Queue>(
                service, METHODID_GET_QUEUE)))
        .addMethod(
          getListQueuesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.ListQueuesRequest,
              io.globemeet.api.v1.ListQueuesResponse>(
                service, METHODID_LIST_QUEUES)))
        .addMethod(
          getUpdateQueueMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.UpdateQueueRequest,
              io.globemeet.api.v1.Queue>(
                service, METHODID_UPDATE_QUEUE)))
        .addMethod(
          getDeleteQueueMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.DeleteQueueRequest,
              com.google.protobuf.Empty>(
                service, METHODID_DELETE_QUEUE)))
        .addMethod(
          getAddQueueMemberMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.AddQueueMemberRequest,
              io.globemeet.api.v1.QueueMember>(
                service, METHODID_ADD_QUEUE_MEMBER)))
        .addMethod(
          getListQueueMembersMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.ListQueueMembersRequest,
              io.globemeet.api.v1.ListQueueMembersResponse>(
                service, METHODID_LIST_QUEUE_MEMBERS)))
        .addMethod(
          getRemoveQueueMemberMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.RemoveQueueMemberRequest,
              com.google.protobuf.Empty>(
                service, METHODID_REMOVE_QUEUE_MEMBER)))
        .addMethod(
          getBatchAddQueueMembersMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.BatchAddQueueMembersRequest,
              io.globemeet.api.v1.BatchAddQueueMembersResponse>(
                service, METHODID_BATCH_ADD_QUEUE_MEMBERS)))
        .addMethod(
          getGetQueueStatsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.GetQueueStatsRequest,
              io.globemeet.api.v1.QueueStats>(
                service, METHODID_GET_QUEUE_STATS)))
        .build();
  }

  private static abstract class QueueServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    QueueServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.globemeet.api.v1.QueuesProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("QueueService");
    }
  }

  private static final class QueueServiceFileDescriptorSupplier
      extends QueueServiceBaseDescriptorSupplier {
    QueueServiceFileDescriptorSupplier() {}
  }

  private static final class QueueServiceMethodDescriptorSupplier
      extends QueueServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    QueueServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (QueueServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new QueueServiceFileDescriptorSupplier())
              .addMethod(getCreateQueueMethod())
              .addMethod(getGetQueueMethod())
              .addMethod(getListQueuesMethod())
              .addMethod(getUpdateQueueMethod())
              .addMethod(getDeleteQueueMethod())
              .addMethod(getAddQueueMemberMethod())
              .addMethod(getListQueueMembersMethod())
              .addMethod(getRemoveQueueMemberMethod())
              .addMethod(getBatchAddQueueMembersMethod())
              .addMethod(getGetQueueStatsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
