package io.globemeet.api.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages the webhook endpoints of the caller's tenant: HTTPS (or HTTP) URLs that receive
 * signed event notifications.
 * Each delivery is a POST of the JSON event envelope `{"id", "type", "created_at",
 * "tenant_id", "api_version", "data"}`, signed per the Standard Webhooks scheme. The header
 * `webhook-id` is the event id, the same on every retry and replay. `webhook-timestamp` is in
 * Unix seconds, fresh on each attempt. `webhook-signature` is `v1,&lt;base64 HMAC-SHA256&gt;` of
 * `{id}.{timestamp}.{body}`, keyed with the base64-decoded part of the secret after `whsec_`,
 * and contains two space-separated signatures while two secrets sign. `X-GlobeMeet-Signature`
 * carries the same value. Any 2xx response is success. Redirects are not followed and count
 * as failures, and 410 Gone disables the endpoint. Failed deliveries are retried with
 * exponential backoff and jitter for up to 24 hours, honouring `Retry-After` on 429 and 503.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class WebhookServiceGrpc {

  private WebhookServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "globemeet.v1.WebhookService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.CreateWebhookRequest,
      io.globemeet.api.v1.Webhook> getCreateWebhookMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateWebhook",
      requestType = io.globemeet.api.v1.CreateWebhookRequest.class,
      responseType = io.globemeet.api.v1.Webhook.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.CreateWebhookRequest,
      io.globemeet.api.v1.Webhook> getCreateWebhookMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.CreateWebhookRequest, io.globemeet.api.v1.Webhook> getCreateWebhookMethod;
    if ((getCreateWebhookMethod = WebhookServiceGrpc.getCreateWebhookMethod) == null) {
      synchronized (WebhookServiceGrpc.class) {
        if ((getCreateWebhookMethod = WebhookServiceGrpc.getCreateWebhookMethod) == null) {
          WebhookServiceGrpc.getCreateWebhookMethod = getCreateWebhookMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.CreateWebhookRequest, io.globemeet.api.v1.Webhook>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateWebhook"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.CreateWebhookRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Webhook.getDefaultInstance()))
              .setSchemaDescriptor(new WebhookServiceMethodDescriptorSupplier("CreateWebhook"))
              .build();
        }
      }
    }
    return getCreateWebhookMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.GetWebhookRequest,
      io.globemeet.api.v1.Webhook> getGetWebhookMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetWebhook",
      requestType = io.globemeet.api.v1.GetWebhookRequest.class,
      responseType = io.globemeet.api.v1.Webhook.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.GetWebhookRequest,
      io.globemeet.api.v1.Webhook> getGetWebhookMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.GetWebhookRequest, io.globemeet.api.v1.Webhook> getGetWebhookMethod;
    if ((getGetWebhookMethod = WebhookServiceGrpc.getGetWebhookMethod) == null) {
      synchronized (WebhookServiceGrpc.class) {
        if ((getGetWebhookMethod = WebhookServiceGrpc.getGetWebhookMethod) == null) {
          WebhookServiceGrpc.getGetWebhookMethod = getGetWebhookMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.GetWebhookRequest, io.globemeet.api.v1.Webhook>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetWebhook"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.GetWebhookRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Webhook.getDefaultInstance()))
              .setSchemaDescriptor(new WebhookServiceMethodDescriptorSupplier("GetWebhook"))
              .build();
        }
      }
    }
    return getGetWebhookMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.ListWebhooksRequest,
      io.globemeet.api.v1.ListWebhooksResponse> getListWebhooksMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListWebhooks",
      requestType = io.globemeet.api.v1.ListWebhooksRequest.class,
      responseType = io.globemeet.api.v1.ListWebhooksResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.ListWebhooksRequest,
      io.globemeet.api.v1.ListWebhooksResponse> getListWebhooksMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.ListWebhooksRequest, io.globemeet.api.v1.ListWebhooksResponse> getListWebhooksMethod;
    if ((getListWebhooksMethod = WebhookServiceGrpc.getListWebhooksMethod) == null) {
      synchronized (WebhookServiceGrpc.class) {
        if ((getListWebhooksMethod = WebhookServiceGrpc.getListWebhooksMethod) == null) {
          WebhookServiceGrpc.getListWebhooksMethod = getListWebhooksMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.ListWebhooksRequest, io.globemeet.api.v1.ListWebhooksResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListWebhooks"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ListWebhooksRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ListWebhooksResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WebhookServiceMethodDescriptorSupplier("ListWebhooks"))
              .build();
        }
      }
    }
    return getListWebhooksMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.UpdateWebhookRequest,
      io.globemeet.api.v1.Webhook> getUpdateWebhookMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateWebhook",
      requestType = io.globemeet.api.v1.UpdateWebhookRequest.class,
      responseType = io.globemeet.api.v1.Webhook.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.UpdateWebhookRequest,
      io.globemeet.api.v1.Webhook> getUpdateWebhookMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.UpdateWebhookRequest, io.globemeet.api.v1.Webhook> getUpdateWebhookMethod;
    if ((getUpdateWebhookMethod = WebhookServiceGrpc.getUpdateWebhookMethod) == null) {
      synchronized (WebhookServiceGrpc.class) {
        if ((getUpdateWebhookMethod = WebhookServiceGrpc.getUpdateWebhookMethod) == null) {
          WebhookServiceGrpc.getUpdateWebhookMethod = getUpdateWebhookMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.UpdateWebhookRequest, io.globemeet.api.v1.Webhook>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateWebhook"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.UpdateWebhookRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Webhook.getDefaultInstance()))
              .setSchemaDescriptor(new WebhookServiceMethodDescriptorSupplier("UpdateWebhook"))
              .build();
        }
      }
    }
    return getUpdateWebhookMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.DeleteWebhookRequest,
      com.google.protobuf.Empty> getDeleteWebhookMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteWebhook",
      requestType = io.globemeet.api.v1.DeleteWebhookRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.DeleteWebhookRequest,
      com.google.protobuf.Empty> getDeleteWebhookMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.DeleteWebhookRequest, com.google.protobuf.Empty> getDeleteWebhookMethod;
    if ((getDeleteWebhookMethod = WebhookServiceGrpc.getDeleteWebhookMethod) == null) {
      synchronized (WebhookServiceGrpc.class) {
        if ((getDeleteWebhookMethod = WebhookServiceGrpc.getDeleteWebhookMethod) == null) {
          WebhookServiceGrpc.getDeleteWebhookMethod = getDeleteWebhookMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.DeleteWebhookRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteWebhook"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.DeleteWebhookRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new WebhookServiceMethodDescriptorSupplier("DeleteWebhook"))
              .build();
        }
      }
    }
    return getDeleteWebhookMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.RotateWebhookSecretRequest,
      io.globemeet.api.v1.Webhook> getRotateWebhookSecretMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RotateWebhookSecret",
      requestType = io.globemeet.api.v1.RotateWebhookSecretRequest.class,
      responseType = io.globemeet.api.v1.Webhook.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.RotateWebhookSecretRequest,
      io.globemeet.api.v1.Webhook> getRotateWebhookSecretMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.RotateWebhookSecretRequest, io.globemeet.api.v1.Webhook> getRotateWebhookSecretMethod;
    if ((getRotateWebhookSecretMethod = WebhookServiceGrpc.getRotateWebhookSecretMethod) == null) {
      synchronized (WebhookServiceGrpc.class) {
        if ((getRotateWebhookSecretMethod = WebhookServiceGrpc.getRotateWebhookSecretMethod) == null) {
          WebhookServiceGrpc.getRotateWebhookSecretMethod = getRotateWebhookSecretMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.RotateWebhookSecretRequest, io.globemeet.api.v1.Webhook>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RotateWebhookSecret"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.RotateWebhookSecretRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Webhook.getDefaultInstance()))
              .setSchemaDescriptor(new WebhookServiceMethodDescriptorSupplier("RotateWebhookSecret"))
              .build();
        }
      }
    }
    return getRotateWebhookSecretMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.TestWebhookRequest,
      io.globemeet.api.v1.WebhookEvent> getTestWebhookMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "TestWebhook",
      requestType = io.globemeet.api.v1.TestWebhookRequest.class,
      responseType = io.globemeet.api.v1.WebhookEvent.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.TestWebhookRequest,
      io.globemeet.api.v1.WebhookEvent> getTestWebhookMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.TestWebhookRequest, io.globemeet.api.v1.WebhookEvent> getTestWebhookMethod;
    if ((getTestWebhookMethod = WebhookServiceGrpc.getTestWebhookMethod) == null) {
      synchronized (WebhookServiceGrpc.class) {
        if ((getTestWebhookMethod = WebhookServiceGrpc.getTestWebhookMethod) == null) {
          WebhookServiceGrpc.getTestWebhookMethod = getTestWebhookMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.TestWebhookRequest, io.globemeet.api.v1.WebhookEvent>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "TestWebhook"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.TestWebhookRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.WebhookEvent.getDefaultInstance()))
              .setSchemaDescriptor(new WebhookServiceMethodDescriptorSupplier("TestWebhook"))
              .build();
        }
      }
    }
    return getTestWebhookMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.ListWebhookEventTypesRequest,
      io.globemeet.api.v1.ListWebhookEventTypesResponse> getListWebhookEventTypesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListWebhookEventTypes",
      requestType = io.globemeet.api.v1.ListWebhookEventTypesRequest.class,
      responseType = io.globemeet.api.v1.ListWebhookEventTypesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.ListWebhookEventTypesRequest,
      io.globemeet.api.v1.ListWebhookEventTypesResponse> getListWebhookEventTypesMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.ListWebhookEventTypesRequest, io.globemeet.api.v1.ListWebhookEventTypesResponse> getListWebhookEventTypesMethod;
    if ((getListWebhookEventTypesMethod = WebhookServiceGrpc.getListWebhookEventTypesMethod) == null) {
      synchronized (WebhookServiceGrpc.class) {
        if ((getListWebhookEventTypesMethod = WebhookServiceGrpc.getListWebhookEventTypesMethod) == null) {
          WebhookServiceGrpc.getListWebhookEventTypesMethod = getListWebhookEventTypesMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.ListWebhookEventTypesRequest, io.globemeet.api.v1.ListWebhookEventTypesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListWebhookEventTypes"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ListWebhookEventTypesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ListWebhookEventTypesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WebhookServiceMethodDescriptorSupplier("ListWebhookEventTypes"))
              .build();
        }
      }
    }
    return getListWebhookEventTypesMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static WebhookServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<WebhookServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<WebhookServiceStub>() {
        @java.lang.Override
        public WebhookServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new WebhookServiceStub(channel, callOptions);
        }
      };
    return WebhookServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static WebhookServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<WebhookServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<WebhookServiceBlockingV2Stub>() {
        @java.lang.Override
        public WebhookServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new WebhookServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return WebhookServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static WebhookServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<WebhookServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<WebhookServiceBlockingStub>() {
        @java.lang.Override
        public WebhookServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new WebhookServiceBlockingStub(channel, callOptions);
        }
      };
    return WebhookServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static WebhookServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<WebhookServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<WebhookServiceFutureStub>() {
        @java.lang.Override
        public WebhookServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new WebhookServiceFutureStub(channel, callOptions);
        }
      };
    return WebhookServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages the webhook endpoints of the caller's tenant: HTTPS (or HTTP) URLs that receive
   * signed event notifications.
   * Each delivery is a POST of the JSON event envelope `{"id", "type", "created_at",
   * "tenant_id", "api_version", "data"}`, signed per the Standard Webhooks scheme. The header
   * `webhook-id` is the event id, the same on every retry and replay. `webhook-timestamp` is in
   * Unix seconds, fresh on each attempt. `webhook-signature` is `v1,&lt;base64 HMAC-SHA256&gt;` of
   * `{id}.{timestamp}.{body}`, keyed with the base64-decoded part of the secret after `whsec_`,
   * and contains two space-separated signatures while two secrets sign. `X-GlobeMeet-Signature`
   * carries the same value. Any 2xx response is success. Redirects are not followed and count
   * as failures, and 410 Gone disables the endpoint. Failed deliveries are retried with
   * exponential backoff and jitter for up to 24 hours, honouring `Retry-After` on 429 and 503.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates an endpoint. The response carries the signing `secret`, the only time besides
     * RotateWebhookSecret that it is shown. The URL must be http or https and resolve to public
     * addresses.
     * </pre>
     */
    default void createWebhook(io.globemeet.api.v1.CreateWebhookRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Webhook> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateWebhookMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns one endpoint, without its secret.
     * </pre>
     */
    default void getWebhook(io.globemeet.api.v1.GetWebhookRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Webhook> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetWebhookMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists endpoints, a page at a time.
     * </pre>
     */
    default void listWebhooks(io.globemeet.api.v1.ListWebhooksRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListWebhooksResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListWebhooksMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates the fields of an endpoint named by `update_mask`. Over REST the mask is the set of
     * fields present in the body. Setting `enabled` to false stops deliveries and fails the
     * pending ones; setting it to true again clears `disabled_reason`.
     * </pre>
     */
    default void updateWebhook(io.globemeet.api.v1.UpdateWebhookRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Webhook> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateWebhookMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes an endpoint. Its pending deliveries fail; the event log keeps them.
     * </pre>
     */
    default void deleteWebhook(io.globemeet.api.v1.DeleteWebhookRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteWebhookMethod(), responseObserver);
    }

    /**
     * <pre>
     * Replaces the signing secret and returns the endpoint with the new `secret`. The old secret
     * keeps signing alongside the new one for 24 hours, so receivers can switch without missing
     * a delivery.
     * </pre>
     */
    default void rotateWebhookSecret(io.globemeet.api.v1.RotateWebhookSecretRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Webhook> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRotateWebhookSecretMethod(), responseObserver);
    }

    /**
     * <pre>
     * Records a `webhook.test` event delivered to this endpoint only, whatever its event types,
     * and returns the event. Its delivery shows in the event log like any other.
     * </pre>
     */
    default void testWebhook(io.globemeet.api.v1.TestWebhookRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.WebhookEvent> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getTestWebhookMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists every event type an endpoint can subscribe to.
     * </pre>
     */
    default void listWebhookEventTypes(io.globemeet.api.v1.ListWebhookEventTypesRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListWebhookEventTypesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListWebhookEventTypesMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service WebhookService.
   * <pre>
   * Manages the webhook endpoints of the caller's tenant: HTTPS (or HTTP) URLs that receive
   * signed event notifications.
   * Each delivery is a POST of the JSON event envelope `{"id", "type", "created_at",
   * "tenant_id", "api_version", "data"}`, signed per the Standard Webhooks scheme. The header
   * `webhook-id` is the event id, the same on every retry and replay. `webhook-timestamp` is in
   * Unix seconds, fresh on each attempt. `webhook-signature` is `v1,&lt;base64 HMAC-SHA256&gt;` of
   * `{id}.{timestamp}.{body}`, keyed with the base64-decoded part of the secret after `whsec_`,
   * and contains two space-separated signatures while two secrets sign. `X-GlobeMeet-Signature`
   * carries the same value. Any 2xx response is success. Redirects are not followed and count
   * as failures, and 410 Gone disables the endpoint. Failed deliveries are retried with
   * exponential backoff and jitter for up to 24 hours, honouring `Retry-After` on 429 and 503.
   * </pre>
   */
  public static abstract class WebhookServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return WebhookServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service WebhookService.
   * <pre>
   * Manages the webhook endpoints of the caller's tenant: HTTPS (or HTTP) URLs that receive
   * signed event notifications.
   * Each delivery is a POST of the JSON event envelope `{"id", "type", "created_at",
   * "tenant_id", "api_version", "data"}`, signed per the Standard Webhooks scheme. The header
   * `webhook-id` is the event id, the same on every retry and replay. `webhook-timestamp` is in
   * Unix seconds, fresh on each attempt. `webhook-signature` is `v1,&lt;base64 HMAC-SHA256&gt;` of
   * `{id}.{timestamp}.{body}`, keyed with the base64-decoded part of the secret after `whsec_`,
   * and contains two space-separated signatures while two secrets sign. `X-GlobeMeet-Signature`
   * carries the same value. Any 2xx response is success. Redirects are not followed and count
   * as failures, and 410 Gone disables the endpoint. Failed deliveries are retried with
   * exponential backoff and jitter for up to 24 hours, honouring `Retry-After` on 429 and 503.
   * </pre>
   */
  public static final class WebhookServiceStub
      extends io.grpc.stub.AbstractAsyncStub<WebhookServiceStub> {
    private WebhookServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected WebhookServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new WebhookServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an endpoint. The response carries the signing `secret`, the only time besides
     * RotateWebhookSecret that it is shown. The URL must be http or https and resolve to public
     * addresses.
     * </pre>
     */
    public void createWebhook(io.globemeet.api.v1.CreateWebhookRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Webhook> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateWebhookMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns one endpoint, without its secret.
     * </pre>
     */
    public void getWebhook(io.globemeet.api.v1.GetWebhookRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Webhook> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetWebhookMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists endpoints, a page at a time.
     * </pre>
     */
    public void listWebhooks(io.globemeet.api.v1.ListWebhooksRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListWebhooksResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListWebhooksMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates the fields of an endpoint named by `update_mask`. Over REST the mask is the set of
     * fields present in the body. Setting `enabled` to false stops deliveries and fails the
     * pending ones; setting it to true again clears `disabled_reason`.
     * </pre>
     */
    public void updateWebhook(io.globemeet.api.v1.UpdateWebhookRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Webhook> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateWebhookMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes an endpoint. Its pending deliveries fail; the event log keeps them.
     * </pre>
     */
    public void deleteWebhook(io.globemeet.api.v1.DeleteWebhookRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteWebhookMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Replaces the signing secret and returns the endpoint with the new `secret`. The old secret
     * keeps signing alongside the new one for 24 hours, so receivers can switch without missing
     * a delivery.
     * </pre>
     */
    public void rotateWebhookSecret(io.globemeet.api.v1.RotateWebhookSecretRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Webhook> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRotateWebhookSecretMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Records a `webhook.test` event delivered to this endpoint only, whatever its event types,
     * and returns the event. Its delivery shows in the event log like any other.
     * </pre>
     */
    public void testWebhook(io.globemeet.api.v1.TestWebhookRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.WebhookEvent> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getTestWebhookMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists every event type an endpoint can subscribe to.
     * </pre>
     */
    public void listWebhookEventTypes(io.globemeet.api.v1.ListWebhookEventTypesRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListWebhookEventTypesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListWebhookEventTypesMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service WebhookService.
   * <pre>
   * Manages the webhook endpoints of the caller's tenant: HTTPS (or HTTP) URLs that receive
   * signed event notifications.
   * Each delivery is a POST of the JSON event envelope `{"id", "type", "created_at",
   * "tenant_id", "api_version", "data"}`, signed per the Standard Webhooks scheme. The header
   * `webhook-id` is the event id, the same on every retry and replay. `webhook-timestamp` is in
   * Unix seconds, fresh on each attempt. `webhook-signature` is `v1,&lt;base64 HMAC-SHA256&gt;` of
   * `{id}.{timestamp}.{body}`, keyed with the base64-decoded part of the secret after `whsec_`,
   * and contains two space-separated signatures while two secrets sign. `X-GlobeMeet-Signature`
   * carries the same value. Any 2xx response is success. Redirects are not followed and count
   * as failures, and 410 Gone disables the endpoint. Failed deliveries are retried with
   * exponential backoff and jitter for up to 24 hours, honouring `Retry-After` on 429 and 503.
   * </pre>
   */
  public static final class WebhookServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<WebhookServiceBlockingV2Stub> {
    private WebhookServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected WebhookServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new WebhookServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an endpoint. The response carries the signing `secret`, the only time besides
     * RotateWebhookSecret that it is shown. The URL must be http or https and resolve to public
     * addresses.
     * </pre>
     */
    public io.globemeet.api.v1.Webhook createWebhook(io.globemeet.api.v1.CreateWebhookRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateWebhookMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns one endpoint, without its secret.
     * </pre>
     */
    public io.globemeet.api.v1.Webhook getWebhook(io.globemeet.api.v1.GetWebhookRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetWebhookMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists endpoints, a page at a time.
     * </pre>
     */
    public io.globemeet.api.v1.ListWebhooksResponse listWebhooks(io.globemeet.api.v1.ListWebhooksRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListWebhooksMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields of an endpoint named by `update_mask`. Over REST the mask is the set of
     * fields present in the body. Setting `enabled` to false stops deliveries and fails the
     * pending ones; setting it to true again clears `disabled_reason`.
     * </pre>
     */
    public io.globemeet.api.v1.Webhook updateWebhook(io.globemeet.api.v1.UpdateWebhookRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateWebhookMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes an endpoint. Its pending deliveries fail; the event log keeps them.
     * </pre>
     */
    public com.google.protobuf.Empty deleteWebhook(io.globemeet.api.v1.DeleteWebhookRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteWebhookMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Replaces the signing secret and returns the endpoint with the new `secret`. The old secret
     * keeps signing alongside the new one for 24 hours, so receivers can switch without missing
     * a delivery.
     * </pre>
     */
    public io.globemeet.api.v1.Webhook rotateWebhookSecret(io.globemeet.api.v1.RotateWebhookSecretRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRotateWebhookSecretMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Records a `webhook.test` event delivered to this endpoint only, whatever its event types,
     * and returns the event. Its delivery shows in the event log like any other.
     * </pre>
     */
    public io.globemeet.api.v1.WebhookEvent testWebhook(io.globemeet.api.v1.TestWebhookRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getTestWebhookMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists every event type an endpoint can subscribe to.
     * </pre>
     */
    public io.globemeet.api.v1.ListWebhookEventTypesResponse listWebhookEventTypes(io.globemeet.api.v1.ListWebhookEventTypesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListWebhookEventTypesMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service WebhookService.
   * <pre>
   * Manages the webhook endpoints of the caller's tenant: HTTPS (or HTTP) URLs that receive
   * signed event notifications.
   * Each delivery is a POST of the JSON event envelope `{"id", "type", "created_at",
   * "tenant_id", "api_version", "data"}`, signed per the Standard Webhooks scheme. The header
   * `webhook-id` is the event id, the same on every retry and replay. `webhook-timestamp` is in
   * Unix seconds, fresh on each attempt. `webhook-signature` is `v1,&lt;base64 HMAC-SHA256&gt;` of
   * `{id}.{timestamp}.{body}`, keyed with the base64-decoded part of the secret after `whsec_`,
   * and contains two space-separated signatures while two secrets sign. `X-GlobeMeet-Signature`
   * carries the same value. Any 2xx response is success. Redirects are not followed and count
   * as failures, and 410 Gone disables the endpoint. Failed deliveries are retried with
   * exponential backoff and jitter for up to 24 hours, honouring `Retry-After` on 429 and 503.
   * </pre>
   */
  public static final class WebhookServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<WebhookServiceBlockingStub> {
    private WebhookServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected WebhookServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new WebhookServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an endpoint. The response carries the signing `secret`, the only time besides
     * RotateWebhookSecret that it is shown. The URL must be http or https and resolve to public
     * addresses.
     * </pre>
     */
    public io.globemeet.api.v1.Webhook createWebhook(io.globemeet.api.v1.CreateWebhookRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateWebhookMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns one endpoint, without its secret.
     * </pre>
     */
    public io.globemeet.api.v1.Webhook getWebhook(io.globemeet.api.v1.GetWebhookRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetWebhookMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists endpoints, a page at a time.
     * </pre>
     */
    public io.globemeet.api.v1.ListWebhooksResponse listWebhooks(io.globemeet.api.v1.ListWebhooksRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListWebhooksMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields of an endpoint named by `update_mask`. Over REST the mask is the set of
     * fields present in the body. Setting `enabled` to false stops deliveries and fails the
     * pending ones; setting it to true again clears `disabled_reason`.
     * </pre>
     */
    public io.globemeet.api.v1.Webhook updateWebhook(io.globemeet.api.v1.UpdateWebhookRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateWebhookMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes an endpoint. Its pending deliveries fail; the event log keeps them.
     * </pre>
     */
    public com.google.protobuf.Empty deleteWebhook(io.globemeet.api.v1.DeleteWebhookRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteWebhookMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Replaces the signing secret and returns the endpoint with the new `secret`. The old secret
     * keeps signing alongside the new one for 24 hours, so receivers can switch without missing
     * a delivery.
     * </pre>
     */
    public io.globemeet.api.v1.Webhook rotateWebhookSecret(io.globemeet.api.v1.RotateWebhookSecretRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRotateWebhookSecretMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Records a `webhook.test` event delivered to this endpoint only, whatever its event types,
     * and returns the event. Its delivery shows in the event log like any other.
     * </pre>
     */
    public io.globemeet.api.v1.WebhookEvent testWebhook(io.globemeet.api.v1.TestWebhookRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getTestWebhookMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists every event type an endpoint can subscribe to.
     * </pre>
     */
    public io.globemeet.api.v1.ListWebhookEventTypesResponse listWebhookEventTypes(io.globemeet.api.v1.ListWebhookEventTypesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListWebhookEventTypesMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service WebhookService.
   * <pre>
   * Manages the webhook endpoints of the caller's tenant: HTTPS (or HTTP) URLs that receive
   * signed event notifications.
   * Each delivery is a POST of the JSON event envelope `{"id", "type", "created_at",
   * "tenant_id", "api_version", "data"}`, signed per the Standard Webhooks scheme. The header
   * `webhook-id` is the event id, the same on every retry and replay. `webhook-timestamp` is in
   * Unix seconds, fresh on each attempt. `webhook-signature` is `v1,&lt;base64 HMAC-SHA256&gt;` of
   * `{id}.{timestamp}.{body}`, keyed with the base64-decoded part of the secret after `whsec_`,
   * and contains two space-separated signatures while two secrets sign. `X-GlobeMeet-Signature`
   * carries the same value. Any 2xx response is success. Redirects are not followed and count
   * as failures, and 410 Gone disables the endpoint. Failed deliveries are retried with
   * exponential backoff and jitter for up to 24 hours, honouring `Retry-After` on 429 and 503.
   * </pre>
   */
  public static final class WebhookServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<WebhookServiceFutureStub> {
    private WebhookServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected WebhookServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new WebhookServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an endpoint. The response carries the signing `secret`, the only time besides
     * RotateWebhookSecret that it is shown. The URL must be http or https and resolve to public
     * addresses.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Webhook> createWebhook(
        io.globemeet.api.v1.CreateWebhookRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateWebhookMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns one endpoint, without its secret.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Webhook> getWebhook(
        io.globemeet.api.v1.GetWebhookRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetWebhookMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists endpoints, a page at a time.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.ListWebhooksResponse> listWebhooks(
        io.globemeet.api.v1.ListWebhooksRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListWebhooksMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates the fields of an endpoint named by `update_mask`. Over REST the mask is the set of
     * fields present in the body. Setting `enabled` to false stops deliveries and fails the
     * pending ones; setting it to true again clears `disabled_reason`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Webhook> updateWebhook(
        io.globemeet.api.v1.UpdateWebhookRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateWebhookMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes an endpoint. Its pending deliveries fail; the event log keeps them.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> deleteWebhook(
        io.globemeet.api.v1.DeleteWebhookRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteWebhookMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Replaces the signing secret and returns the endpoint with the new `secret`. The old secret
     * keeps signing alongside the new one for 24 hours, so receivers can switch without missing
     * a delivery.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Webhook> rotateWebhookSecret(
        io.globemeet.api.v1.RotateWebhookSecretRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRotateWebhookSecretMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Records a `webhook.test` event delivered to this endpoint only, whatever its event types,
     * and returns the event. Its delivery shows in the event log like any other.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.WebhookEvent> testWebhook(
        io.globemeet.api.v1.TestWebhookRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getTestWebhookMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists every event type an endpoint can subscribe to.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.ListWebhookEventTypesResponse> listWebhookEventTypes(
        io.globemeet.api.v1.ListWebhookEventTypesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListWebhookEventTypesMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_WEBHOOK = 0;
  private static final int METHODID_GET_WEBHOOK = 1;
  private static final int METHODID_LIST_WEBHOOKS = 2;
  private static final int METHODID_UPDATE_WEBHOOK = 3;
  private static final int METHODID_DELETE_WEBHOOK = 4;
  private static final int METHODID_ROTATE_WEBHOOK_SECRET = 5;
  private static final int METHODID_TEST_WEBHOOK = 6;
  private static final int METHODID_LIST_WEBHOOK_EVENT_TYPES = 7;

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
        case METHODID_CREATE_WEBHOOK:
          serviceImpl.createWebhook((io.globemeet.api.v1.CreateWebhookRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Webhook>) responseObserver);
          break;
        case METHODID_GET_WEBHOOK:
          serviceImpl.getWebhook((io.globemeet.api.v1.GetWebhookRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Webhook>) responseObserver);
          break;
        case METHODID_LIST_WEBHOOKS:
          serviceImpl.listWebhooks((io.globemeet.api.v1.ListWebhooksRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListWebhooksResponse>) responseObserver);
          break;
        case METHODID_UPDATE_WEBHOOK:
          serviceImpl.updateWebhook((io.globemeet.api.v1.UpdateWebhookRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Webhook>) responseObserver);
          break;
        case METHODID_DELETE_WEBHOOK:
          serviceImpl.deleteWebhook((io.globemeet.api.v1.DeleteWebhookRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_ROTATE_WEBHOOK_SECRET:
          serviceImpl.rotateWebhookSecret((io.globemeet.api.v1.RotateWebhookSecretRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Webhook>) responseObserver);
          break;
        case METHODID_TEST_WEBHOOK:
          serviceImpl.testWebhook((io.globemeet.api.v1.TestWebhookRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.WebhookEvent>) responseObserver);
          break;
        case METHODID_LIST_WEBHOOK_EVENT_TYPES:
          serviceImpl.listWebhookEventTypes((io.globemeet.api.v1.ListWebhookEventTypesRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListWebhookEventTypesResponse>) responseObserver);
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
          getCreateWebhookMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.CreateWebhookRequest,
              io.globemeet.api.v1.Webhook>(
                service, METHODID_CREATE_WEBHOOK)))
        .addMethod(
          getGetWebhookMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.GetWebhookRequest,
              io.globemeet.api.v1.Webhook>(
                service, METHODID_GET_WEBHOOK)))
        .addMethod(
          getListWebhooksMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.ListWebhooksRequest,
              io.globemeet.api.v1.ListWebhooksResponse>(
                service, METHODID_LIST_WEBHOOKS)))
        .addMethod(
          getUpdateWebhookMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.UpdateWebhookRequest,
              io.globemeet.api.v1.Webhook>(
                service, METHODID_UPDATE_WEBHOOK)))
        .addMethod(
          getDeleteWebhookMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.DeleteWebhookRequest,
              com.google.protobuf.Empty>(
                service, METHODID_DELETE_WEBHOOK)))
        .addMethod(
          getRotateWebhookSecretMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.RotateWebhookSecretRequest,
              io.globemeet.api.v1.Webhook>(
                service, METHODID_ROTATE_WEBHOOK_SECRET)))
        .addMethod(
          getTestWebhookMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.TestWebhookRequest,
              io.globemeet.api.v1.WebhookEvent>(
                service, METHODID_TEST_WEBHOOK)))
        .addMethod(
          getListWebhookEventTypesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.ListWebhookEventTypesRequest,
              io.globemeet.api.v1.ListWebhookEventTypesResponse>(
                service, METHODID_LIST_WEBHOOK_EVENT_TYPES)))
        .build();
  }

  private static abstract class WebhookServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    WebhookServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.globemeet.api.v1.WebhooksProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("WebhookService");
    }
  }

  private static final class WebhookServiceFileDescriptorSupplier
      extends WebhookServiceBaseDescriptorSupplier {
    WebhookServiceFileDescriptorSupplier() {}
  }

  private static final class WebhookServiceMethodDescriptorSupplier
      extends WebhookServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    WebhookServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (WebhookServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new WebhookServiceFileDescriptorSupplier())
              .addMethod(getCreateWebhookMethod())
              .addMethod(getGetWebhookMethod())
              .addMethod(getListWebhooksMethod())
              .addMethod(getUpdateWebhookMethod())
              .addMethod(getDeleteWebhookMethod())
              .addMethod(getRotateWebhookSecretMethod())
              .addMethod(getTestWebhookMethod())
              .addMethod(getListWebhookEventTypesMethod())
              .build();
        }
      }
    }
    return result;
  }
}
