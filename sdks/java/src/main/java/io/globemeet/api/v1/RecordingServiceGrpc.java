package io.globemeet.api.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages the recordings of the caller's tenant: the audio or video of a session, its pauses,
 * and its media.
 * A recording starts `in_progress` when it is created. `:pause` and `:resume` mark stretches that
 * are not recorded, such as a card payment. `:complete` ends it: it moves to `processing` until
 * its media is stored, then to `available`. Media is uploaded with `PUT
 * /v1/recordings/{recording_id}/media` (or UploadRecordingMedia over gRPC), and read with `GET
 * /v1/recordings/{recording_id}/media`, which honours HTTP `Range` (or DownloadRecordingMedia),
 * or through the signed URL of `:mediaUrl`, which needs no token.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class RecordingServiceGrpc {

  private RecordingServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "globemeet.v1.RecordingService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.CreateRecordingRequest,
      io.globemeet.api.v1.Recording> getCreateRecordingMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateRecording",
      requestType = io.globemeet.api.v1.CreateRecordingRequest.class,
      responseType = io.globemeet.api.v1.Recording.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.CreateRecordingRequest,
      io.globemeet.api.v1.Recording> getCreateRecordingMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.CreateRecordingRequest, io.globemeet.api.v1.Recording> getCreateRecordingMethod;
    if ((getCreateRecordingMethod = RecordingServiceGrpc.getCreateRecordingMethod) == null) {
      synchronized (RecordingServiceGrpc.class) {
        if ((getCreateRecordingMethod = RecordingServiceGrpc.getCreateRecordingMethod) == null) {
          RecordingServiceGrpc.getCreateRecordingMethod = getCreateRecordingMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.CreateRecordingRequest, io.globemeet.api.v1.Recording>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateRecording"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.CreateRecordingRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Recording.getDefaultInstance()))
              .setSchemaDescriptor(new RecordingServiceMethodDescriptorSupplier("CreateRecording"))
              .build();
        }
      }
    }
    return getCreateRecordingMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.GetRecordingRequest,
      io.globemeet.api.v1.Recording> getGetRecordingMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetRecording",
      requestType = io.globemeet.api.v1.GetRecordingRequest.class,
      responseType = io.globemeet.api.v1.Recording.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.GetRecordingRequest,
      io.globemeet.api.v1.Recording> getGetRecordingMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.GetRecordingRequest, io.globemeet.api.v1.Recording> getGetRecordingMethod;
    if ((getGetRecordingMethod = RecordingServiceGrpc.getGetRecordingMethod) == null) {
      synchronized (RecordingServiceGrpc.class) {
        if ((getGetRecordingMethod = RecordingServiceGrpc.getGetRecordingMethod) == null) {
          RecordingServiceGrpc.getGetRecordingMethod = getGetRecordingMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.GetRecordingRequest, io.globemeet.api.v1.Recording>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetRecording"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.GetRecordingRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Recording.getDefaultInstance()))
              .setSchemaDescriptor(new RecordingServiceMethodDescriptorSupplier("GetRecording"))
              .build();
        }
      }
    }
    return getGetRecordingMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.ListRecordingsRequest,
      io.globemeet.api.v1.ListRecordingsResponse> getListRecordingsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListRecordings",
      requestType = io.globemeet.api.v1.ListRecordingsRequest.class,
      responseType = io.globemeet.api.v1.ListRecordingsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.ListRecordingsRequest,
      io.globemeet.api.v1.ListRecordingsResponse> getListRecordingsMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.ListRecordingsRequest, io.globemeet.api.v1.ListRecordingsResponse> getListRecordingsMethod;
    if ((getListRecordingsMethod = RecordingServiceGrpc.getListRecordingsMethod) == null) {
      synchronized (RecordingServiceGrpc.class) {
        if ((getListRecordingsMethod = RecordingServiceGrpc.getListRecordingsMethod) == null) {
          RecordingServiceGrpc.getListRecordingsMethod = getListRecordingsMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.ListRecordingsRequest, io.globemeet.api.v1.ListRecordingsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListRecordings"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ListRecordingsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ListRecordingsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RecordingServiceMethodDescriptorSupplier("ListRecordings"))
              .build();
        }
      }
    }
    return getListRecordingsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.UpdateRecordingRequest,
      io.globemeet.api.v1.Recording> getUpdateRecordingMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateRecording",
      requestType = io.globemeet.api.v1.UpdateRecordingRequest.class,
      responseType = io.globemeet.api.v1.Recording.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.UpdateRecordingRequest,
      io.globemeet.api.v1.Recording> getUpdateRecordingMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.UpdateRecordingRequest, io.globemeet.api.v1.Recording> getUpdateRecordingMethod;
    if ((getUpdateRecordingMethod = RecordingServiceGrpc.getUpdateRecordingMethod) == null) {
      synchronized (RecordingServiceGrpc.class) {
        if ((getUpdateRecordingMethod = RecordingServiceGrpc.getUpdateRecordingMethod) == null) {
          RecordingServiceGrpc.getUpdateRecordingMethod = getUpdateRecordingMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.UpdateRecordingRequest, io.globemeet.api.v1.Recording>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateRecording"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.UpdateRecordingRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Recording.getDefaultInstance()))
              .setSchemaDescriptor(new RecordingServiceMethodDescriptorSupplier("UpdateRecording"))
              .build();
        }
      }
    }
    return getUpdateRecordingMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.DeleteRecordingRequest,
      com.google.protobuf.Empty> getDeleteRecordingMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteRecording",
      requestType = io.globemeet.api.v1.DeleteRecordingRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.DeleteRecordingRequest,
      com.google.protobuf.Empty> getDeleteRecordingMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.DeleteRecordingRequest, com.google.protobuf.Empty> getDeleteRecordingMethod;
    if ((getDeleteRecordingMethod = RecordingServiceGrpc.getDeleteRecordingMethod) == null) {
      synchronized (RecordingServiceGrpc.class) {
        if ((getDeleteRecordingMethod = RecordingServiceGrpc.getDeleteRecordingMethod) == null) {
          RecordingServiceGrpc.getDeleteRecordingMethod = getDeleteRecordingMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.DeleteRecordingRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteRecording"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.DeleteRecordingRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new RecordingServiceMethodDescriptorSupplier("DeleteRecording"))
              .build();
        }
      }
    }
    return getDeleteRecordingMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.PauseRecordingRequest,
      io.globemeet.api.v1.Recording> getPauseRecordingMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PauseRecording",
      requestType = io.globemeet.api.v1.PauseRecordingRequest.class,
      responseType = io.globemeet.api.v1.Recording.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.PauseRecordingRequest,
      io.globemeet.api.v1.Recording> getPauseRecordingMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.PauseRecordingRequest, io.globemeet.api.v1.Recording> getPauseRecordingMethod;
    if ((getPauseRecordingMethod = RecordingServiceGrpc.getPauseRecordingMethod) == null) {
      synchronized (RecordingServiceGrpc.class) {
        if ((getPauseRecordingMethod = RecordingServiceGrpc.getPauseRecordingMethod) == null) {
          RecordingServiceGrpc.getPauseRecordingMethod = getPauseRecordingMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.PauseRecordingRequest, io.globemeet.api.v1.Recording>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PauseRecording"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.PauseRecordingRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Recording.getDefaultInstance()))
              .setSchemaDescriptor(new RecordingServiceMethodDescriptorSupplier("PauseRecording"))
              .build();
        }
      }
    }
    return getPauseRecordingMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.ResumeRecordingRequest,
      io.globemeet.api.v1.Recording> getResumeRecordingMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ResumeRecording",
      requestType = io.globemeet.api.v1.ResumeRecordingRequest.class,
      responseType = io.globemeet.api.v1.Recording.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.ResumeRecordingRequest,
      io.globemeet.api.v1.Recording> getResumeRecordingMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.ResumeRecordingRequest, io.globemeet.api.v1.Recording> getResumeRecordingMethod;
    if ((getResumeRecordingMethod = RecordingServiceGrpc.getResumeRecordingMethod) == null) {
      synchronized (RecordingServiceGrpc.class) {
        if ((getResumeRecordingMethod = RecordingServiceGrpc.getResumeRecordingMethod) == null) {
          RecordingServiceGrpc.getResumeRecordingMethod = getResumeRecordingMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.ResumeRecordingRequest, io.globemeet.api.v1.Recording>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ResumeRecording"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ResumeRecordingRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Recording.getDefaultInstance()))
              .setSchemaDescriptor(new RecordingServiceMethodDescriptorSupplier("ResumeRecording"))
              .build();
        }
      }
    }
    return getResumeRecordingMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.CompleteRecordingRequest,
      io.globemeet.api.v1.Recording> getCompleteRecordingMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CompleteRecording",
      requestType = io.globemeet.api.v1.CompleteRecordingRequest.class,
      responseType = io.globemeet.api.v1.Recording.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.CompleteRecordingRequest,
      io.globemeet.api.v1.Recording> getCompleteRecordingMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.CompleteRecordingRequest, io.globemeet.api.v1.Recording> getCompleteRecordingMethod;
    if ((getCompleteRecordingMethod = RecordingServiceGrpc.getCompleteRecordingMethod) == null) {
      synchronized (RecordingServiceGrpc.class) {
        if ((getCompleteRecordingMethod = RecordingServiceGrpc.getCompleteRecordingMethod) == null) {
          RecordingServiceGrpc.getCompleteRecordingMethod = getCompleteRecordingMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.CompleteRecordingRequest, io.globemeet.api.v1.Recording>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CompleteRecording"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.CompleteRecordingRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Recording.getDefaultInstance()))
              .setSchemaDescriptor(new RecordingServiceMethodDescriptorSupplier("CompleteRecording"))
              .build();
        }
      }
    }
    return getCompleteRecordingMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.GetRecordingMediaUrlRequest,
      io.globemeet.api.v1.RecordingMediaUrl> getGetRecordingMediaUrlMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetRecordingMediaUrl",
      requestType = io.globemeet.api.v1.GetRecordingMediaUrlRequest.class,
      responseType = io.globemeet.api.v1.RecordingMediaUrl.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.GetRecordingMediaUrlRequest,
      io.globemeet.api.v1.RecordingMediaUrl> getGetRecordingMediaUrlMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.GetRecordingMediaUrlRequest, io.globemeet.api.v1.RecordingMediaUrl> getGetRecordingMediaUrlMethod;
    if ((getGetRecordingMediaUrlMethod = RecordingServiceGrpc.getGetRecordingMediaUrlMethod) == null) {
      synchronized (RecordingServiceGrpc.class) {
        if ((getGetRecordingMediaUrlMethod = RecordingServiceGrpc.getGetRecordingMediaUrlMethod) == null) {
          RecordingServiceGrpc.getGetRecordingMediaUrlMethod = getGetRecordingMediaUrlMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.GetRecordingMediaUrlRequest, io.globemeet.api.v1.RecordingMediaUrl>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetRecordingMediaUrl"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.GetRecordingMediaUrlRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.RecordingMediaUrl.getDefaultInstance()))
              .setSchemaDescriptor(new RecordingServiceMethodDescriptorSupplier("GetRecordingMediaUrl"))
              .build();
        }
      }
    }
    return getGetRecordingMediaUrlMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.UploadRecordingMediaRequest,
      io.globemeet.api.v1.Recording> getUploadRecordingMediaMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UploadRecordingMedia",
      requestType = io.globemeet.api.v1.UploadRecordingMediaRequest.class,
      responseType = io.globemeet.api.v1.Recording.class,
      methodType = io.grpc.MethodDescriptor.MethodType.CLIENT_STREAMING)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.UploadRecordingMediaRequest,
      io.globemeet.api.v1.Recording> getUploadRecordingMediaMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.UploadRecordingMediaRequest, io.globemeet.api.v1.Recording> getUploadRecordingMediaMethod;
    if ((getUploadRecordingMediaMethod = RecordingServiceGrpc.getUploadRecordingMediaMethod) == null) {
      synchronized (RecordingServiceGrpc.class) {
        if ((getUploadRecordingMediaMethod = RecordingServiceGrpc.getUploadRecordingMediaMethod) == null) {
          RecordingServiceGrpc.getUploadRecordingMediaMethod = getUploadRecordingMediaMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.UploadRecordingMediaRequest, io.globemeet.api.v1.Recording>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.CLIENT_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UploadRecordingMedia"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.UploadRecordingMediaRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Recording.getDefaultInstance()))
              .setSchemaDescriptor(new RecordingServiceMethodDescriptorSupplier("UploadRecordingMedia"))
              .build();
        }
      }
    }
    return getUploadRecordingMediaMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.DownloadRecordingMediaRequest,
      io.globemeet.api.v1.DownloadRecordingMediaResponse> getDownloadRecordingMediaMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DownloadRecordingMedia",
      requestType = io.globemeet.api.v1.DownloadRecordingMediaRequest.class,
      responseType = io.globemeet.api.v1.DownloadRecordingMediaResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.DownloadRecordingMediaRequest,
      io.globemeet.api.v1.DownloadRecordingMediaResponse> getDownloadRecordingMediaMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.DownloadRecordingMediaRequest, io.globemeet.api.v1.DownloadRecordingMediaResponse> getDownloadRecordingMediaMethod;
    if ((getDownloadRecordingMediaMethod = RecordingServiceGrpc.getDownloadRecordingMediaMethod) == null) {
      synchronized (RecordingServiceGrpc.class) {
        if ((getDownloadRecordingMediaMethod = RecordingServiceGrpc.getDownloadRecordingMediaMethod) == null) {
          RecordingServiceGrpc.getDownloadRecordingMediaMethod = getDownloadRecordingMediaMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.DownloadRecordingMediaRequest, io.globemeet.api.v1.DownloadRecordingMediaResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DownloadRecordingMedia"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.DownloadRecordingMediaRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.DownloadRecordingMediaResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RecordingServiceMethodDescriptorSupplier("DownloadRecordingMedia"))
              .build();
        }
      }
    }
    return getDownloadRecordingMediaMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static RecordingServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RecordingServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RecordingServiceStub>() {
        @java.lang.Override
        public RecordingServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RecordingServiceStub(channel, callOptions);
        }
      };
    return RecordingServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static RecordingServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RecordingServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RecordingServiceBlockingV2Stub>() {
        @java.lang.Override
        public RecordingServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RecordingServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return RecordingServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static RecordingServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RecordingServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RecordingServiceBlockingStub>() {
        @java.lang.Override
        public RecordingServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RecordingServiceBlockingStub(channel, callOptions);
        }
      };
    return RecordingServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static RecordingServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RecordingServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RecordingServiceFutureStub>() {
        @java.lang.Override
        public RecordingServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RecordingServiceFutureStub(channel, callOptions);
        }
      };
    return RecordingServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages the recordings of the caller's tenant: the audio or video of a session, its pauses,
   * and its media.
   * A recording starts `in_progress` when it is created. `:pause` and `:resume` mark stretches that
   * are not recorded, such as a card payment. `:complete` ends it: it moves to `processing` until
   * its media is stored, then to `available`. Media is uploaded with `PUT
   * /v1/recordings/{recording_id}/media` (or UploadRecordingMedia over gRPC), and read with `GET
   * /v1/recordings/{recording_id}/media`, which honours HTTP `Range` (or DownloadRecordingMedia),
   * or through the signed URL of `:mediaUrl`, which needs no token.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Starts a recording of a session of the tenant. The body is the recording; `id` may be
     * chosen by the client.
     * </pre>
     */
    default void createRecording(io.globemeet.api.v1.CreateRecordingRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Recording> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateRecordingMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns one recording.
     * </pre>
     */
    default void getRecording(io.globemeet.api.v1.GetRecordingRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Recording> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetRecordingMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists recordings, a page at a time.
     * </pre>
     */
    default void listRecordings(io.globemeet.api.v1.ListRecordingsRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListRecordingsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListRecordingsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates the fields of a recording named by `update_mask`: `description` and `attributes`.
     * Over REST the mask is the set of fields present in the body.
     * </pre>
     */
    default void updateRecording(io.globemeet.api.v1.UpdateRecordingRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Recording> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateRecordingMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes the media of a recording and moves it to `deleted`. The recording itself stays
     * readable, without media. Deleting a deleted recording succeeds and changes nothing.
     * </pre>
     */
    default void deleteRecording(io.globemeet.api.v1.DeleteRecordingRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteRecordingMethod(), responseObserver);
    }

    /**
     * <pre>
     * Pauses an `in_progress` recording: what follows is not recorded until ResumeRecording.
     * </pre>
     */
    default void pauseRecording(io.globemeet.api.v1.PauseRecordingRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Recording> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPauseRecordingMethod(), responseObserver);
    }

    /**
     * <pre>
     * Resumes a paused `in_progress` recording.
     * </pre>
     */
    default void resumeRecording(io.globemeet.api.v1.ResumeRecordingRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Recording> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getResumeRecordingMethod(), responseObserver);
    }

    /**
     * <pre>
     * Ends an `in_progress` recording, closing an open pause. It moves to `processing`, or
     * straight on to `available` when its media was uploaded already.
     * </pre>
     */
    default void completeRecording(io.globemeet.api.v1.CompleteRecordingRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Recording> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCompleteRecordingMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns a URL that serves the media of an `available` recording without a token until it
     * expires. Anyone holding the URL can read the media; hand it out accordingly.
     * </pre>
     */
    default void getRecordingMediaUrl(io.globemeet.api.v1.GetRecordingMediaUrlRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.RecordingMediaUrl> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetRecordingMediaUrlMethod(), responseObserver);
    }

    /**
     * <pre>
     * Uploads the media of a recording as a stream of chunks, over gRPC only (REST clients use
     * `PUT /v1/recordings/{recording_id}/media`). The first message names the recording and the
     * content type; every message may carry data. Needs `recordings:write`.
     * </pre>
     */
    default io.grpc.stub.StreamObserver<io.globemeet.api.v1.UploadRecordingMediaRequest> uploadRecordingMedia(
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Recording> responseObserver) {
      return io.grpc.stub.ServerCalls.asyncUnimplementedStreamingCall(getUploadRecordingMediaMethod(), responseObserver);
    }

    /**
     * <pre>
     * Streams the media of an `available` recording, or a byte range of it, over gRPC only (REST
     * clients use `GET /v1/recordings/{recording_id}/media`). Needs `recordings:read`.
     * </pre>
     */
    default void downloadRecordingMedia(io.globemeet.api.v1.DownloadRecordingMediaRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.DownloadRecordingMediaResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDownloadRecordingMediaMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service RecordingService.
   * <pre>
   * Manages the recordings of the caller's tenant: the audio or video of a session, its pauses,
   * and its media.
   * A recording starts `in_progress` when it is created. `:pause` and `:resume` mark stretches that
   * are not recorded, such as a card payment. `:complete` ends it: it moves to `processing` until
   * its media is stored, then to `available`. Media is uploaded with `PUT
   * /v1/recordings/{recording_id}/media` (or UploadRecordingMedia over gRPC), and read with `GET
   * /v1/recordings/{recording_id}/media`, which honours HTTP `Range` (or DownloadRecordingMedia),
   * or through the signed URL of `:mediaUrl`, which needs no token.
   * </pre>
   */
  public static abstract class RecordingServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return RecordingServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service RecordingService.
   * <pre>
   * Manages the recordings of the caller's tenant: the audio or video of a session, its pauses,
   * and its media.
   * A recording starts `in_progress` when it is created. `:pause` and `:resume` mark stretches that
   * are not recorded, such as a card payment. `:complete` ends it: it moves to `processing` until
   * its media is stored, then to `available`. Media is uploaded with `PUT
   * /v1/recordings/{recording_id}/media` (or UploadRecordingMedia over gRPC), and read with `GET
   * /v1/recordings/{recording_id}/media`, which honours HTTP `Range` (or DownloadRecordingMedia),
   * or through the signed URL of `:mediaUrl`, which needs no token.
   * </pre>
   */
  public static final class RecordingServiceStub
      extends io.grpc.stub.AbstractAsyncStub<RecordingServiceStub> {
    private RecordingServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RecordingServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RecordingServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Starts a recording of a session of the tenant. The body is the recording; `id` may be
     * chosen by the client.
     * </pre>
     */
    public void createRecording(io.globemeet.api.v1.CreateRecordingRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Recording> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateRecordingMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns one recording.
     * </pre>
     */
    public void getRecording(io.globemeet.api.v1.GetRecordingRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Recording> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetRecordingMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists recordings, a page at a time.
     * </pre>
     */
    public void listRecordings(io.globemeet.api.v1.ListRecordingsRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListRecordingsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListRecordingsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates the fields of a recording named by `update_mask`: `description` and `attributes`.
     * Over REST the mask is the set of fields present in the body.
     * </pre>
     */
    public void updateRecording(io.globemeet.api.v1.UpdateRecordingRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Recording> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateRecordingMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes the media of a recording and moves it to `deleted`. The recording itself stays
     * readable, without media. Deleting a deleted recording succeeds and changes nothing.
     * </pre>
     */
    public void deleteRecording(io.globemeet.api.v1.DeleteRecordingRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteRecordingMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Pauses an `in_progress` recording: what follows is not recorded until ResumeRecording.
     * </pre>
     */
    public void pauseRecording(io.globemeet.api.v1.PauseRecordingRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Recording> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPauseRecordingMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Resumes a paused `in_progress` recording.
     * </pre>
     */
    public void resumeRecording(io.globemeet.api.v1.ResumeRecordingRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Recording> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getResumeRecordingMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Ends an `in_progress` recording, closing an open pause. It moves to `processing`, or
     * straight on to `available` when its media was uploaded already.
     * </pre>
     */
    public void completeRecording(io.globemeet.api.v1.CompleteRecordingRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Recording> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCompleteRecordingMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns a URL that serves the media of an `available` recording without a token until it
     * expires. Anyone holding the URL can read the media; hand it out accordingly.
     * </pre>
     */
    public void getRecordingMediaUrl(io.globemeet.api.v1.GetRecordingMediaUrlRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.RecordingMediaUrl> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetRecordingMediaUrlMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Uploads the media of a recording as a stream of chunks, over gRPC only (REST clients use
     * `PUT /v1/recordings/{recording_id}/media`). The first message names the recording and the
     * content type; every message may carry data. Needs `recordings:write`.
     * </pre>
     */
    public io.grpc.stub.StreamObserver<io.globemeet.api.v1.UploadRecordingMediaRequest> uploadRecordingMedia(
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Recording> responseObserver) {
      return io.grpc.stub.ClientCalls.asyncClientStreamingCall(
          getChannel().newCall(getUploadRecordingMediaMethod(), getCallOptions()), responseObserver);
    }

    /**
     * <pre>
     * Streams the media of an `available` recording, or a byte range of it, over gRPC only (REST
     * clients use `GET /v1/recordings/{recording_id}/media`). Needs `recordings:read`.
     * </pre>
     */
    public void downloadRecordingMedia(io.globemeet.api.v1.DownloadRecordingMediaRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.DownloadRecordingMediaResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getDownloadRecordingMediaMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service RecordingService.
   * <pre>
   * Manages the recordings of the caller's tenant: the audio or video of a session, its pauses,
   * and its media.
   * A recording starts `in_progress` when it is created. `:pause` and `:resume` mark stretches that
   * are not recorded, such as a card payment. `:complete` ends it: it moves to `processing` until
   * its media is stored, then to `available`. Media is uploaded with `PUT
   * /v1/recordings/{recording_id}/media` (or UploadRecordingMedia over gRPC), and read with `GET
   * /v1/recordings/{recording_id}/media`, which honours HTTP `Range` (or DownloadRecordingMedia),
   * or through the signed URL of `:mediaUrl`, which needs no token.
   * </pre>
   */
  public static final class RecordingServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<RecordingServiceBlockingV2Stub> {
    private RecordingServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RecordingServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RecordingServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Starts a recording of a session of the tenant. The body is the recording; `id` may be
     * chosen by the client.
     * </pre>
     */
    public io.globemeet.api.v1.Recording createRecording(io.globemeet.api.v1.CreateRecordingRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateRecordingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns one recording.
     * </pre>
     */
    public io.globemeet.api.v1.Recording getRecording(io.globemeet.api.v1.GetRecordingRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetRecordingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists recordings, a page at a time.
     * </pre>
     */
    public io.globemeet.api.v1.ListRecordingsResponse listRecordings(io.globemeet.api.v1.ListRecordingsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListRecordingsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields of a recording named by `update_mask`: `description` and `attributes`.
     * Over REST the mask is the set of fields present in the body.
     * </pre>
     */
    public io.globemeet.api.v1.Recording updateRecording(io.globemeet.api.v1.UpdateRecordingRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateRecordingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes the media of a recording and moves it to `deleted`. The recording itself stays
     * readable, without media. Deleting a deleted recording succeeds and changes nothing.
     * </pre>
     */
    public com.google.protobuf.Empty deleteRecording(io.globemeet.api.v1.DeleteRecordingRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteRecordingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Pauses an `in_progress` recording: what follows is not recorded until ResumeRecording.
     * </pre>
     */
    public io.globemeet.api.v1.Recording pauseRecording(io.globemeet.api.v1.PauseRecordingRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPauseRecordingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Resumes a paused `in_progress` recording.
     * </pre>
     */
    public io.globemeet.api.v1.Recording resumeRecording(io.globemeet.api.v1.ResumeRecordingRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getResumeRecordingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Ends an `in_progress` recording, closing an open pause. It moves to `processing`, or
     * straight on to `available` when its media was uploaded already.
     * </pre>
     */
    public io.globemeet.api.v1.Recording completeRecording(io.globemeet.api.v1.CompleteRecordingRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCompleteRecordingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns a URL that serves the media of an `available` recording without a token until it
     * expires. Anyone holding the URL can read the media; hand it out accordingly.
     * </pre>
     */
    public io.globemeet.api.v1.RecordingMediaUrl getRecordingMediaUrl(io.globemeet.api.v1.GetRecordingMediaUrlRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetRecordingMediaUrlMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Uploads the media of a recording as a stream of chunks, over gRPC only (REST clients use
     * `PUT /v1/recordings/{recording_id}/media`). The first message names the recording and the
     * content type; every message may carry data. Needs `recordings:write`.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<io.globemeet.api.v1.UploadRecordingMediaRequest, io.globemeet.api.v1.Recording>
        uploadRecordingMedia() {
      return io.grpc.stub.ClientCalls.blockingClientStreamingCall(
          getChannel(), getUploadRecordingMediaMethod(), getCallOptions());
    }

    /**
     * <pre>
     * Streams the media of an `available` recording, or a byte range of it, over gRPC only (REST
     * clients use `GET /v1/recordings/{recording_id}/media`). Needs `recordings:read`.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, io.globemeet.api.v1.DownloadRecordingMediaResponse>
        downloadRecordingMedia(io.globemeet.api.v1.DownloadRecordingMediaRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getDownloadRecordingMediaMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service RecordingService.
   * <pre>
   * Manages the recordings of the caller's tenant: the audio or video of a session, its pauses,
   * and its media.
   * A recording starts `in_progress` when it is created. `:pause` and `:resume` mark stretches that
   * are not recorded, such as a card payment. `:complete` ends it: it moves to `processing` until
   * its media is stored, then to `available`. Media is uploaded with `PUT
   * /v1/recordings/{recording_id}/media` (or UploadRecordingMedia over gRPC), and read with `GET
   * /v1/recordings/{recording_id}/media`, which honours HTTP `Range` (or DownloadRecordingMedia),
   * or through the signed URL of `:mediaUrl`, which needs no token.
   * </pre>
   */
  public static final class RecordingServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<RecordingServiceBlockingStub> {
    private RecordingServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RecordingServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RecordingServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Starts a recording of a session of the tenant. The body is the recording; `id` may be
     * chosen by the client.
     * </pre>
     */
    public io.globemeet.api.v1.Recording createRecording(io.globemeet.api.v1.CreateRecordingRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateRecordingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns one recording.
     * </pre>
     */
    public io.globemeet.api.v1.Recording getRecording(io.globemeet.api.v1.GetRecordingRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetRecordingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists recordings, a page at a time.
     * </pre>
     */
    public io.globemeet.api.v1.ListRecordingsResponse listRecordings(io.globemeet.api.v1.ListRecordingsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListRecordingsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields of a recording named by `update_mask`: `description` and `attributes`.
     * Over REST the mask is the set of fields present in the body.
     * </pre>
     */
    public io.globemeet.api.v1.Recording updateRecording(io.globemeet.api.v1.UpdateRecordingRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateRecordingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes the media of a recording and moves it to `deleted`. The recording itself stays
     * readable, without media. Deleting a deleted recording succeeds and changes nothing.
     * </pre>
     */
    public com.google.protobuf.Empty deleteRecording(io.globemeet.api.v1.DeleteRecordingRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteRecordingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Pauses an `in_progress` recording: what follows is not recorded until ResumeRecording.
     * </pre>
     */
    public io.globemeet.api.v1.Recording pauseRecording(io.globemeet.api.v1.PauseRecordingRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPauseRecordingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Resumes a paused `in_progress` recording.
     * </pre>
     */
    public io.globemeet.api.v1.Recording resumeRecording(io.globemeet.api.v1.ResumeRecordingRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getResumeRecordingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Ends an `in_progress` recording, closing an open pause. It moves to `processing`, or
     * straight on to `available` when its media was uploaded already.
     * </pre>
     */
    public io.globemeet.api.v1.Recording completeRecording(io.globemeet.api.v1.CompleteRecordingRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCompleteRecordingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns a URL that serves the media of an `available` recording without a token until it
     * expires. Anyone holding the URL can read the media; hand it out accordingly.
     * </pre>
     */
    public io.globemeet.api.v1.RecordingMediaUrl getRecordingMediaUrl(io.globemeet.api.v1.GetRecordingMediaUrlRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetRecordingMediaUrlMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Streams the media of an `available` recording, or a byte range of it, over gRPC only (REST
     * clients use `GET /v1/recordings/{recording_id}/media`). Needs `recordings:read`.
     * </pre>
     */
    public java.util.Iterator<io.globemeet.api.v1.DownloadRecordingMediaResponse> downloadRecordingMedia(
        io.globemeet.api.v1.DownloadRecordingMediaRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getDownloadRecordingMediaMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service RecordingService.
   * <pre>
   * Manages the recordings of the caller's tenant: the audio or video of a session, its pauses,
   * and its media.
   * A recording starts `in_progress` when it is created. `:pause` and `:resume` mark stretches that
   * are not recorded, such as a card payment. `:complete` ends it: it moves to `processing` until
   * its media is stored, then to `available`. Media is uploaded with `PUT
   * /v1/recordings/{recording_id}/media` (or UploadRecordingMedia over gRPC), and read with `GET
   * /v1/recordings/{recording_id}/media`, which honours HTTP `Range` (or DownloadRecordingMedia),
   * or through the signed URL of `:mediaUrl`, which needs no token.
   * </pre>
   */
  public static final class RecordingServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<RecordingServiceFutureStub> {
    private RecordingServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RecordingServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RecordingServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Starts a recording of a session of the tenant. The body is the recording; `id` may be
     * chosen by the client.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Recording> createRecording(
        io.globemeet.api.v1.CreateRecordingRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateRecordingMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns one recording.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Recording> getRecording(
        io.globemeet.api.v1.GetRecordingRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetRecordingMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists recordings, a page at a time.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.ListRecordingsResponse> listRecordings(
        io.globemeet.api.v1.ListRecordingsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListRecordingsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates the fields of a recording named by `update_mask`: `description` and `attributes`.
     * Over REST the mask is the set of fields present in the body.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Recording> updateRecording(
        io.globemeet.api.v1.UpdateRecordingRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateRecordingMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes the media of a recording and moves it to `deleted`. The recording itself stays
     * readable, without media. Deleting a deleted recording succeeds and changes nothing.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> deleteRecording(
        io.globemeet.api.v1.DeleteRecordingRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteRecordingMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Pauses an `in_progress` recording: what follows is not recorded until ResumeRecording.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Recording> pauseRecording(
        io.globemeet.api.v1.PauseRecordingRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPauseRecordingMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Resumes a paused `in_progress` recording.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Recording> resumeRecording(
        io.globemeet.api.v1.ResumeRecordingRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getResumeRecordingMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Ends an `in_progress` recording, closing an open pause. It moves to `processing`, or
     * straight on to `available` when its media was uploaded already.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Recording> completeRecording(
        io.globemeet.api.v1.CompleteRecordingRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCompleteRecordingMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns a URL that serves the media of an `available` recording without a token until it
     * expires. Anyone holding the URL can read the media; hand it out accordingly.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.RecordingMediaUrl> getRecordingMediaUrl(
        io.globemeet.api.v1.GetRecordingMediaUrlRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetRecordingMediaUrlMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_RECORDING = 0;
  private static final int METHODID_GET_RECORDING = 1;
  private static final int METHODID_LIST_RECORDINGS = 2;
  private static final int METHODID_UPDATE_RECORDING = 3;
  private static final int METHODID_DELETE_RECORDING = 4;
  private static final int METHODID_PAUSE_RECORDING = 5;
  private static final int METHODID_RESUME_RECORDING = 6;
  private static final int METHODID_COMPLETE_RECORDING = 7;
  private static final int METHODID_GET_RECORDING_MEDIA_URL = 8;
  private static final int METHODID_DOWNLOAD_RECORDING_MEDIA = 9;
  private static final int METHODID_UPLOAD_RECORDING_MEDIA = 10;

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
        case METHODID_CREATE_RECORDING:
          serviceImpl.createRecording((io.globemeet.api.v1.CreateRecordingRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Recording>) responseObserver);
          break;
        case METHODID_GET_RECORDING:
          serviceImpl.getRecording((io.globemeet.api.v1.GetRecordingRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Recording>) responseObserver);
          break;
        case METHODID_LIST_RECORDINGS:
          serviceImpl.listRecordings((io.globemeet.api.v1.ListRecordingsRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListRecordingsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_RECORDING:
          serviceImpl.updateRecording((io.globemeet.api.v1.UpdateRecordingRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Recording>) responseObserver);
          break;
        case METHODID_DELETE_RECORDING:
          serviceImpl.deleteRecording((io.globemeet.api.v1.DeleteRecordingRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_PAUSE_RECORDING:
          serviceImpl.pauseRecording((io.globemeet.api.v1.PauseRecordingRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Recording>) responseObserver);
          break;
        case METHODID_RESUME_RECORDING:
          serviceImpl.resumeRecording((io.globemeet.api.v1.ResumeRecordingRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Recording>) responseObserver);
          break;
        case METHODID_COMPLETE_RECORDING:
          serviceImpl.completeRecording((io.globemeet.api.v1.CompleteRecordingRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Recording>) responseObserver);
          break;
        case METHODID_GET_RECORDING_MEDIA_URL:
          serviceImpl.getRecordingMediaUrl((io.globemeet.api.v1.GetRecordingMediaUrlRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.RecordingMediaUrl>) responseObserver);
          break;
        case METHODID_DOWNLOAD_RECORDING_MEDIA:
          serviceImpl.downloadRecordingMedia((io.globemeet.api.v1.DownloadRecordingMediaRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.DownloadRecordingMediaResponse>) responseObserver);
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
        case METHODID_UPLOAD_RECORDING_MEDIA:
          return (io.grpc.stub.StreamObserver<Req>) serviceImpl.uploadRecordingMedia(
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Recording>) responseObserver);
        default:
          throw new AssertionError();
      }
    }
  }

  public static final io.grpc.ServerServiceDefinition bindService(AsyncService service) {
    return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(
          getCreateRecordingMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.CreateRecordingRequest,
              io.globemeet.api.v1.Recording>(
                service, METHODID_CREATE_RECORDING)))
        .addMethod(
          getGetRecordingMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.GetRecordingRequest,
              io.globemeet.api.v1.Recording>(
                service, METHODID_GET_RECORDING)))
        .addMethod(
          getListRecordingsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.ListRecordingsRequest,
              io.globemeet.api.v1.ListRecordingsResponse>(
                service, METHODID_LIST_RECORDINGS)))
        .addMethod(
          getUpdateRecordingMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.UpdateRecordingRequest,
              io.globemeet.api.v1.Recording>(
                service, METHODID_UPDATE_RECORDING)))
        .addMethod(
          getDeleteRecordingMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.DeleteRecordingRequest,
              com.google.protobuf.Empty>(
                service, METHODID_DELETE_RECORDING)))
        .addMethod(
          getPauseRecordingMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.PauseRecordingRequest,
              io.globemeet.api.v1.Recording>(
                service, METHODID_PAUSE_RECORDING)))
        .addMethod(
          getResumeRecordingMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.ResumeRecordingRequest,
              io.globemeet.api.v1.Recording>(
                service, METHODID_RESUME_RECORDING)))
        .addMethod(
          getCompleteRecordingMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.CompleteRecordingRequest,
              io.globemeet.api.v1.Recording>(
                service, METHODID_COMPLETE_RECORDING)))
        .addMethod(
          getGetRecordingMediaUrlMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.GetRecordingMediaUrlRequest,
              io.globemeet.api.v1.RecordingMediaUrl>(
                service, METHODID_GET_RECORDING_MEDIA_URL)))
        .addMethod(
          getUploadRecordingMediaMethod(),
          io.grpc.stub.ServerCalls.asyncClientStreamingCall(
            new MethodHandlers<
              io.globemeet.api.v1.UploadRecordingMediaRequest,
              io.globemeet.api.v1.Recording>(
                service, METHODID_UPLOAD_RECORDING_MEDIA)))
        .addMethod(
          getDownloadRecordingMediaMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              io.globemeet.api.v1.DownloadRecordingMediaRequest,
              io.globemeet.api.v1.DownloadRecordingMediaResponse>(
                service, METHODID_DOWNLOAD_RECORDING_MEDIA)))
        .build();
  }

  private static abstract class RecordingServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    RecordingServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.globemeet.api.v1.RecordingsProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("RecordingService");
    }
  }

  private static final class RecordingServiceFileDescriptorSupplier
      extends RecordingServiceBaseDescriptorSupplier {
    RecordingServiceFileDescriptorSupplier() {}
  }

  private static final class RecordingServiceMethodDescriptorSupplier
      extends RecordingServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    RecordingServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (RecordingServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new RecordingServiceFileDescriptorSupplier())
              .addMethod(getCreateRecordingMethod())
              .addMethod(getGetRecordingMethod())
              .addMethod(getListRecordingsMethod())
              .addMethod(getUpdateRecordingMethod())
              .addMethod(getDeleteRecordingMethod())
              .addMethod(getPauseRecordingMethod())
              .addMethod(getResumeRecordingMethod())
              .addMethod(getCompleteRecordingMethod())
              .addMethod(getGetRecordingMediaUrlMethod())
              .addMethod(getUploadRecordingMediaMethod())
              .addMethod(getDownloadRecordingMediaMethod())
              .build();
        }
      }
    }
    return result;
  }
}
