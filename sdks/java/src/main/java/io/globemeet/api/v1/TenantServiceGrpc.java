package io.globemeet.api.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages tenants and their OAuth clients. Every method but GetCurrentTenant needs the
 * `platform:admin` scope.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class TenantServiceGrpc {

  private TenantServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "globemeet.v1.TenantService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.CreateTenantRequest,
      io.globemeet.api.v1.Tenant> getCreateTenantMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateTenant",
      requestType = io.globemeet.api.v1.CreateTenantRequest.class,
      responseType = io.globemeet.api.v1.Tenant.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.CreateTenantRequest,
      io.globemeet.api.v1.Tenant> getCreateTenantMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.CreateTenantRequest, io.globemeet.api.v1.Tenant> getCreateTenantMethod;
    if ((getCreateTenantMethod = TenantServiceGrpc.getCreateTenantMethod) == null) {
      synchronized (TenantServiceGrpc.class) {
        if ((getCreateTenantMethod = TenantServiceGrpc.getCreateTenantMethod) == null) {
          TenantServiceGrpc.getCreateTenantMethod = getCreateTenantMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.CreateTenantRequest, io.globemeet.api.v1.Tenant>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateTenant"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.CreateTenantRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Tenant.getDefaultInstance()))
              .setSchemaDescriptor(new TenantServiceMethodDescriptorSupplier("CreateTenant"))
              .build();
        }
      }
    }
    return getCreateTenantMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.GetTenantRequest,
      io.globemeet.api.v1.Tenant> getGetTenantMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetTenant",
      requestType = io.globemeet.api.v1.GetTenantRequest.class,
      responseType = io.globemeet.api.v1.Tenant.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.GetTenantRequest,
      io.globemeet.api.v1.Tenant> getGetTenantMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.GetTenantRequest, io.globemeet.api.v1.Tenant> getGetTenantMethod;
    if ((getGetTenantMethod = TenantServiceGrpc.getGetTenantMethod) == null) {
      synchronized (TenantServiceGrpc.class) {
        if ((getGetTenantMethod = TenantServiceGrpc.getGetTenantMethod) == null) {
          TenantServiceGrpc.getGetTenantMethod = getGetTenantMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.GetTenantRequest, io.globemeet.api.v1.Tenant>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetTenant"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.GetTenantRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Tenant.getDefaultInstance()))
              .setSchemaDescriptor(new TenantServiceMethodDescriptorSupplier("GetTenant"))
              .build();
        }
      }
    }
    return getGetTenantMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.ListTenantsRequest,
      io.globemeet.api.v1.ListTenantsResponse> getListTenantsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListTenants",
      requestType = io.globemeet.api.v1.ListTenantsRequest.class,
      responseType = io.globemeet.api.v1.ListTenantsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.ListTenantsRequest,
      io.globemeet.api.v1.ListTenantsResponse> getListTenantsMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.ListTenantsRequest, io.globemeet.api.v1.ListTenantsResponse> getListTenantsMethod;
    if ((getListTenantsMethod = TenantServiceGrpc.getListTenantsMethod) == null) {
      synchronized (TenantServiceGrpc.class) {
        if ((getListTenantsMethod = TenantServiceGrpc.getListTenantsMethod) == null) {
          TenantServiceGrpc.getListTenantsMethod = getListTenantsMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.ListTenantsRequest, io.globemeet.api.v1.ListTenantsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListTenants"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ListTenantsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ListTenantsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TenantServiceMethodDescriptorSupplier("ListTenants"))
              .build();
        }
      }
    }
    return getListTenantsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.UpdateTenantRequest,
      io.globemeet.api.v1.Tenant> getUpdateTenantMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateTenant",
      requestType = io.globemeet.api.v1.UpdateTenantRequest.class,
      responseType = io.globemeet.api.v1.Tenant.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.UpdateTenantRequest,
      io.globemeet.api.v1.Tenant> getUpdateTenantMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.UpdateTenantRequest, io.globemeet.api.v1.Tenant> getUpdateTenantMethod;
    if ((getUpdateTenantMethod = TenantServiceGrpc.getUpdateTenantMethod) == null) {
      synchronized (TenantServiceGrpc.class) {
        if ((getUpdateTenantMethod = TenantServiceGrpc.getUpdateTenantMethod) == null) {
          TenantServiceGrpc.getUpdateTenantMethod = getUpdateTenantMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.UpdateTenantRequest, io.globemeet.api.v1.Tenant>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateTenant"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.UpdateTenantRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Tenant.getDefaultInstance()))
              .setSchemaDescriptor(new TenantServiceMethodDescriptorSupplier("UpdateTenant"))
              .build();
        }
      }
    }
    return getUpdateTenantMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.DeleteTenantRequest,
      com.google.protobuf.Empty> getDeleteTenantMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteTenant",
      requestType = io.globemeet.api.v1.DeleteTenantRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.DeleteTenantRequest,
      com.google.protobuf.Empty> getDeleteTenantMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.DeleteTenantRequest, com.google.protobuf.Empty> getDeleteTenantMethod;
    if ((getDeleteTenantMethod = TenantServiceGrpc.getDeleteTenantMethod) == null) {
      synchronized (TenantServiceGrpc.class) {
        if ((getDeleteTenantMethod = TenantServiceGrpc.getDeleteTenantMethod) == null) {
          TenantServiceGrpc.getDeleteTenantMethod = getDeleteTenantMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.DeleteTenantRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteTenant"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.DeleteTenantRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new TenantServiceMethodDescriptorSupplier("DeleteTenant"))
              .build();
        }
      }
    }
    return getDeleteTenantMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.CreateTenantClientRequest,
      io.globemeet.api.v1.Client> getCreateTenantClientMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateTenantClient",
      requestType = io.globemeet.api.v1.CreateTenantClientRequest.class,
      responseType = io.globemeet.api.v1.Client.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.CreateTenantClientRequest,
      io.globemeet.api.v1.Client> getCreateTenantClientMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.CreateTenantClientRequest, io.globemeet.api.v1.Client> getCreateTenantClientMethod;
    if ((getCreateTenantClientMethod = TenantServiceGrpc.getCreateTenantClientMethod) == null) {
      synchronized (TenantServiceGrpc.class) {
        if ((getCreateTenantClientMethod = TenantServiceGrpc.getCreateTenantClientMethod) == null) {
          TenantServiceGrpc.getCreateTenantClientMethod = getCreateTenantClientMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.CreateTenantClientRequest, io.globemeet.api.v1.Client>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateTenantClient"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.CreateTenantClientRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Client.getDefaultInstance()))
              .setSchemaDescriptor(new TenantServiceMethodDescriptorSupplier("CreateTenantClient"))
              .build();
        }
      }
    }
    return getCreateTenantClientMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.ListTenantClientsRequest,
      io.globemeet.api.v1.ListTenantClientsResponse> getListTenantClientsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListTenantClients",
      requestType = io.globemeet.api.v1.ListTenantClientsRequest.class,
      responseType = io.globemeet.api.v1.ListTenantClientsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.ListTenantClientsRequest,
      io.globemeet.api.v1.ListTenantClientsResponse> getListTenantClientsMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.ListTenantClientsRequest, io.globemeet.api.v1.ListTenantClientsResponse> getListTenantClientsMethod;
    if ((getListTenantClientsMethod = TenantServiceGrpc.getListTenantClientsMethod) == null) {
      synchronized (TenantServiceGrpc.class) {
        if ((getListTenantClientsMethod = TenantServiceGrpc.getListTenantClientsMethod) == null) {
          TenantServiceGrpc.getListTenantClientsMethod = getListTenantClientsMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.ListTenantClientsRequest, io.globemeet.api.v1.ListTenantClientsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListTenantClients"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ListTenantClientsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.ListTenantClientsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TenantServiceMethodDescriptorSupplier("ListTenantClients"))
              .build();
        }
      }
    }
    return getListTenantClientsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.GetCurrentTenantRequest,
      io.globemeet.api.v1.Tenant> getGetCurrentTenantMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetCurrentTenant",
      requestType = io.globemeet.api.v1.GetCurrentTenantRequest.class,
      responseType = io.globemeet.api.v1.Tenant.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.GetCurrentTenantRequest,
      io.globemeet.api.v1.Tenant> getGetCurrentTenantMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.GetCurrentTenantRequest, io.globemeet.api.v1.Tenant> getGetCurrentTenantMethod;
    if ((getGetCurrentTenantMethod = TenantServiceGrpc.getGetCurrentTenantMethod) == null) {
      synchronized (TenantServiceGrpc.class) {
        if ((getGetCurrentTenantMethod = TenantServiceGrpc.getGetCurrentTenantMethod) == null) {
          TenantServiceGrpc.getGetCurrentTenantMethod = getGetCurrentTenantMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.GetCurrentTenantRequest, io.globemeet.api.v1.Tenant>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetCurrentTenant"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.GetCurrentTenantRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.Tenant.getDefaultInstance()))
              .setSchemaDescriptor(new TenantServiceMethodDescriptorSupplier("GetCurrentTenant"))
              .build();
        }
      }
    }
    return getGetCurrentTenantMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.GetTenantLicenseRequest,
      io.globemeet.api.v1.License> getGetTenantLicenseMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetTenantLicense",
      requestType = io.globemeet.api.v1.GetTenantLicenseRequest.class,
      responseType = io.globemeet.api.v1.License.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.GetTenantLicenseRequest,
      io.globemeet.api.v1.License> getGetTenantLicenseMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.GetTenantLicenseRequest, io.globemeet.api.v1.License> getGetTenantLicenseMethod;
    if ((getGetTenantLicenseMethod = TenantServiceGrpc.getGetTenantLicenseMethod) == null) {
      synchronized (TenantServiceGrpc.class) {
        if ((getGetTenantLicenseMethod = TenantServiceGrpc.getGetTenantLicenseMethod) == null) {
          TenantServiceGrpc.getGetTenantLicenseMethod = getGetTenantLicenseMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.GetTenantLicenseRequest, io.globemeet.api.v1.License>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetTenantLicense"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.GetTenantLicenseRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.License.getDefaultInstance()))
              .setSchemaDescriptor(new TenantServiceMethodDescriptorSupplier("GetTenantLicense"))
              .build();
        }
      }
    }
    return getGetTenantLicenseMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.UpdateTenantLicenseRequest,
      io.globemeet.api.v1.License> getUpdateTenantLicenseMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateTenantLicense",
      requestType = io.globemeet.api.v1.UpdateTenantLicenseRequest.class,
      responseType = io.globemeet.api.v1.License.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.UpdateTenantLicenseRequest,
      io.globemeet.api.v1.License> getUpdateTenantLicenseMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.UpdateTenantLicenseRequest, io.globemeet.api.v1.License> getUpdateTenantLicenseMethod;
    if ((getUpdateTenantLicenseMethod = TenantServiceGrpc.getUpdateTenantLicenseMethod) == null) {
      synchronized (TenantServiceGrpc.class) {
        if ((getUpdateTenantLicenseMethod = TenantServiceGrpc.getUpdateTenantLicenseMethod) == null) {
          TenantServiceGrpc.getUpdateTenantLicenseMethod = getUpdateTenantLicenseMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.UpdateTenantLicenseRequest, io.globemeet.api.v1.License>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateTenantLicense"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.UpdateTenantLicenseRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.License.getDefaultInstance()))
              .setSchemaDescriptor(new TenantServiceMethodDescriptorSupplier("UpdateTenantLicense"))
              .build();
        }
      }
    }
    return getUpdateTenantLicenseMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.globemeet.api.v1.GetLicenseRequest,
      io.globemeet.api.v1.License> getGetLicenseMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetLicense",
      requestType = io.globemeet.api.v1.GetLicenseRequest.class,
      responseType = io.globemeet.api.v1.License.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.globemeet.api.v1.GetLicenseRequest,
      io.globemeet.api.v1.License> getGetLicenseMethod() {
    io.grpc.MethodDescriptor<io.globemeet.api.v1.GetLicenseRequest, io.globemeet.api.v1.License> getGetLicenseMethod;
    if ((getGetLicenseMethod = TenantServiceGrpc.getGetLicenseMethod) == null) {
      synchronized (TenantServiceGrpc.class) {
        if ((getGetLicenseMethod = TenantServiceGrpc.getGetLicenseMethod) == null) {
          TenantServiceGrpc.getGetLicenseMethod = getGetLicenseMethod =
              io.grpc.MethodDescriptor.<io.globemeet.api.v1.GetLicenseRequest, io.globemeet.api.v1.License>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetLicense"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.GetLicenseRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.globemeet.api.v1.License.getDefaultInstance()))
              .setSchemaDescriptor(new TenantServiceMethodDescriptorSupplier("GetLicense"))
              .build();
        }
      }
    }
    return getGetLicenseMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static TenantServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<TenantServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<TenantServiceStub>() {
        @java.lang.Override
        public TenantServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new TenantServiceStub(channel, callOptions);
        }
      };
    return TenantServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static TenantServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<TenantServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<TenantServiceBlockingV2Stub>() {
        @java.lang.Override
        public TenantServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new TenantServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return TenantServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static TenantServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<TenantServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<TenantServiceBlockingStub>() {
        @java.lang.Override
        public TenantServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new TenantServiceBlockingStub(channel, callOptions);
        }
      };
    return TenantServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static TenantServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<TenantServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<TenantServiceFutureStub>() {
        @java.lang.Override
        public TenantServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new TenantServiceFutureStub(channel, callOptions);
        }
      };
    return TenantServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages tenants and their OAuth clients. Every method but GetCurrentTenant needs the
   * `platform:admin` scope.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a tenant.
     * </pre>
     */
    default void createTenant(io.globemeet.api.v1.CreateTenantRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Tenant> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateTenantMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns one tenant.
     * </pre>
     */
    default void getTenant(io.globemeet.api.v1.GetTenantRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Tenant> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetTenantMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists tenants, a page at a time.
     * </pre>
     */
    default void listTenants(io.globemeet.api.v1.ListTenantsRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListTenantsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListTenantsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates the fields of a tenant named by `update_mask`, such as its rate limit.
     * </pre>
     */
    default void updateTenant(io.globemeet.api.v1.UpdateTenantRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Tenant> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateTenantMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a tenant with all of its data and clients.
     * </pre>
     */
    default void deleteTenant(io.globemeet.api.v1.DeleteTenantRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteTenantMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates an OAuth client in the tenant. The secret is returned in `client_secret` of this
     * response only.
     * </pre>
     */
    default void createTenantClient(io.globemeet.api.v1.CreateTenantClientRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Client> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateTenantClientMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the OAuth clients of the tenant, a page at a time.
     * </pre>
     */
    default void listTenantClients(io.globemeet.api.v1.ListTenantClientsRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListTenantClientsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListTenantClientsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns the tenant of the caller's token. Any valid tenant token may call it.
     * </pre>
     */
    default void getCurrentTenant(io.globemeet.api.v1.GetCurrentTenantRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Tenant> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetCurrentTenantMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns the license of a tenant; NOT_FOUND when the tenant has none, which means no seat
     * limit and no expiry.
     * </pre>
     */
    default void getTenantLicense(io.globemeet.api.v1.GetTenantLicenseRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.License> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetTenantLicenseMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates the tenant's license, or updates the fields named by `update_mask` of the one it
     * has. Moving `expires_at` later re-arms the expiry notices.
     * </pre>
     */
    default void updateTenantLicense(io.globemeet.api.v1.UpdateTenantLicenseRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.License> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateTenantLicenseMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns the license of the caller's tenant. Any valid tenant token may call it.
     * </pre>
     */
    default void getLicense(io.globemeet.api.v1.GetLicenseRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.License> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetLicenseMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service TenantService.
   * <pre>
   * Manages tenants and their OAuth clients. Every method but GetCurrentTenant needs the
   * `platform:admin` scope.
   * </pre>
   */
  public static abstract class TenantServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return TenantServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service TenantService.
   * <pre>
   * Manages tenants and their OAuth clients. Every method but GetCurrentTenant needs the
   * `platform:admin` scope.
   * </pre>
   */
  public static final class TenantServiceStub
      extends io.grpc.stub.AbstractAsyncStub<TenantServiceStub> {
    private TenantServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected TenantServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new TenantServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a tenant.
     * </pre>
     */
    public void createTenant(io.globemeet.api.v1.CreateTenantRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Tenant> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateTenantMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns one tenant.
     * </pre>
     */
    public void getTenant(io.globemeet.api.v1.GetTenantRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Tenant> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetTenantMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists tenants, a page at a time.
     * </pre>
     */
    public void listTenants(io.globemeet.api.v1.ListTenantsRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListTenantsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListTenantsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates the fields of a tenant named by `update_mask`, such as its rate limit.
     * </pre>
     */
    public void updateTenant(io.globemeet.api.v1.UpdateTenantRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Tenant> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateTenantMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a tenant with all of its data and clients.
     * </pre>
     */
    public void deleteTenant(io.globemeet.api.v1.DeleteTenantRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteTenantMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates an OAuth client in the tenant. The secret is returned in `client_secret` of this
     * response only.
     * </pre>
     */
    public void createTenantClient(io.globemeet.api.v1.CreateTenantClientRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Client> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateTenantClientMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the OAuth clients of the tenant, a page at a time.
     * </pre>
     */
    public void listTenantClients(io.globemeet.api.v1.ListTenantClientsRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListTenantClientsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListTenantClientsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns the tenant of the caller's token. Any valid tenant token may call it.
     * </pre>
     */
    public void getCurrentTenant(io.globemeet.api.v1.GetCurrentTenantRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.Tenant> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetCurrentTenantMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns the license of a tenant; NOT_FOUND when the tenant has none, which means no seat
     * limit and no expiry.
     * </pre>
     */
    public void getTenantLicense(io.globemeet.api.v1.GetTenantLicenseRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.License> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetTenantLicenseMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates the tenant's license, or updates the fields named by `update_mask` of the one it
     * has. Moving `expires_at` later re-arms the expiry notices.
     * </pre>
     */
    public void updateTenantLicense(io.globemeet.api.v1.UpdateTenantLicenseRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.License> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateTenantLicenseMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns the license of the caller's tenant. Any valid tenant token may call it.
     * </pre>
     */
    public void getLicense(io.globemeet.api.v1.GetLicenseRequest request,
        io.grpc.stub.StreamObserver<io.globemeet.api.v1.License> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetLicenseMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service TenantService.
   * <pre>
   * Manages tenants and their OAuth clients. Every method but GetCurrentTenant needs the
   * `platform:admin` scope.
   * </pre>
   */
  public static final class TenantServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<TenantServiceBlockingV2Stub> {
    private TenantServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected TenantServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new TenantServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a tenant.
     * </pre>
     */
    public io.globemeet.api.v1.Tenant createTenant(io.globemeet.api.v1.CreateTenantRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateTenantMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns one tenant.
     * </pre>
     */
    public io.globemeet.api.v1.Tenant getTenant(io.globemeet.api.v1.GetTenantRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetTenantMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists tenants, a page at a time.
     * </pre>
     */
    public io.globemeet.api.v1.ListTenantsResponse listTenants(io.globemeet.api.v1.ListTenantsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListTenantsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields of a tenant named by `update_mask`, such as its rate limit.
     * </pre>
     */
    public io.globemeet.api.v1.Tenant updateTenant(io.globemeet.api.v1.UpdateTenantRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateTenantMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a tenant with all of its data and clients.
     * </pre>
     */
    public com.google.protobuf.Empty deleteTenant(io.globemeet.api.v1.DeleteTenantRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteTenantMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates an OAuth client in the tenant. The secret is returned in `client_secret` of this
     * response only.
     * </pre>
     */
    public io.globemeet.api.v1.Client createTenantClient(io.globemeet.api.v1.CreateTenantClientRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateTenantClientMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the OAuth clients of the tenant, a page at a time.
     * </pre>
     */
    public io.globemeet.api.v1.ListTenantClientsResponse listTenantClients(io.globemeet.api.v1.ListTenantClientsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListTenantClientsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns the tenant of the caller's token. Any valid tenant token may call it.
     * </pre>
     */
    public io.globemeet.api.v1.Tenant getCurrentTenant(io.globemeet.api.v1.GetCurrentTenantRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetCurrentTenantMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns the license of a tenant; NOT_FOUND when the tenant has none, which means no seat
     * limit and no expiry.
     * </pre>
     */
    public io.globemeet.api.v1.License getTenantLicense(io.globemeet.api.v1.GetTenantLicenseRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetTenantLicenseMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates the tenant's license, or updates the fields named by `update_mask` of the one it
     * has. Moving `expires_at` later re-arms the expiry notices.
     * </pre>
     */
    public io.globemeet.api.v1.License updateTenantLicense(io.globemeet.api.v1.UpdateTenantLicenseRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateTenantLicenseMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns the license of the caller's tenant. Any valid tenant token may call it.
     * </pre>
     */
    public io.globemeet.api.v1.License getLicense(io.globemeet.api.v1.GetLicenseRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetLicenseMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service TenantService.
   * <pre>
   * Manages tenants and their OAuth clients. Every method but GetCurrentTenant needs the
   * `platform:admin` scope.
   * </pre>
   */
  public static final class TenantServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<TenantServiceBlockingStub> {
    private TenantServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected TenantServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new TenantServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a tenant.
     * </pre>
     */
    public io.globemeet.api.v1.Tenant createTenant(io.globemeet.api.v1.CreateTenantRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateTenantMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns one tenant.
     * </pre>
     */
    public io.globemeet.api.v1.Tenant getTenant(io.globemeet.api.v1.GetTenantRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetTenantMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists tenants, a page at a time.
     * </pre>
     */
    public io.globemeet.api.v1.ListTenantsResponse listTenants(io.globemeet.api.v1.ListTenantsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListTenantsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields of a tenant named by `update_mask`, such as its rate limit.
     * </pre>
     */
    public io.globemeet.api.v1.Tenant updateTenant(io.globemeet.api.v1.UpdateTenantRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateTenantMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a tenant with all of its data and clients.
     * </pre>
     */
    public com.google.protobuf.Empty deleteTenant(io.globemeet.api.v1.DeleteTenantRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteTenantMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates an OAuth client in the tenant. The secret is returned in `client_secret` of this
     * response only.
     * </pre>
     */
    public io.globemeet.api.v1.Client createTenantClient(io.globemeet.api.v1.CreateTenantClientRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateTenantClientMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the OAuth clients of the tenant, a page at a time.
     * </pre>
     */
    public io.globemeet.api.v1.ListTenantClientsResponse listTenantClients(io.globemeet.api.v1.ListTenantClientsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListTenantClientsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns the tenant of the caller's token. Any valid tenant token may call it.
     * </pre>
     */
    public io.globemeet.api.v1.Tenant getCurrentTenant(io.globemeet.api.v1.GetCurrentTenantRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetCurrentTenantMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns the license of a tenant; NOT_FOUND when the tenant has none, which means no seat
     * limit and no expiry.
     * </pre>
     */
    public io.globemeet.api.v1.License getTenantLicense(io.globemeet.api.v1.GetTenantLicenseRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetTenantLicenseMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates the tenant's license, or updates the fields named by `update_mask` of the one it
     * has. Moving `expires_at` later re-arms the expiry notices.
     * </pre>
     */
    public io.globemeet.api.v1.License updateTenantLicense(io.globemeet.api.v1.UpdateTenantLicenseRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateTenantLicenseMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns the license of the caller's tenant. Any valid tenant token may call it.
     * </pre>
     */
    public io.globemeet.api.v1.License getLicense(io.globemeet.api.v1.GetLicenseRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetLicenseMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service TenantService.
   * <pre>
   * Manages tenants and their OAuth clients. Every method but GetCurrentTenant needs the
   * `platform:admin` scope.
   * </pre>
   */
  public static final class TenantServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<TenantServiceFutureStub> {
    private TenantServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected TenantServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new TenantServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a tenant.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Tenant> createTenant(
        io.globemeet.api.v1.CreateTenantRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateTenantMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns one tenant.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Tenant> getTenant(
        io.globemeet.api.v1.GetTenantRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetTenantMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists tenants, a page at a time.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.ListTenantsResponse> listTenants(
        io.globemeet.api.v1.ListTenantsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListTenantsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates the fields of a tenant named by `update_mask`, such as its rate limit.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Tenant> updateTenant(
        io.globemeet.api.v1.UpdateTenantRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateTenantMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a tenant with all of its data and clients.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> deleteTenant(
        io.globemeet.api.v1.DeleteTenantRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteTenantMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates an OAuth client in the tenant. The secret is returned in `client_secret` of this
     * response only.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Client> createTenantClient(
        io.globemeet.api.v1.CreateTenantClientRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateTenantClientMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the OAuth clients of the tenant, a page at a time.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.ListTenantClientsResponse> listTenantClients(
        io.globemeet.api.v1.ListTenantClientsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListTenantClientsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns the tenant of the caller's token. Any valid tenant token may call it.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.Tenant> getCurrentTenant(
        io.globemeet.api.v1.GetCurrentTenantRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetCurrentTenantMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns the license of a tenant; NOT_FOUND when the tenant has none, which means no seat
     * limit and no expiry.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.License> getTenantLicense(
        io.globemeet.api.v1.GetTenantLicenseRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetTenantLicenseMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates the tenant's license, or updates the fields named by `update_mask` of the one it
     * has. Moving `expires_at` later re-arms the expiry notices.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.License> updateTenantLicense(
        io.globemeet.api.v1.UpdateTenantLicenseRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateTenantLicenseMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns the license of the caller's tenant. Any valid tenant token may call it.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.globemeet.api.v1.License> getLicense(
        io.globemeet.api.v1.GetLicenseRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetLicenseMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_TENANT = 0;
  private static final int METHODID_GET_TENANT = 1;
  private static final int METHODID_LIST_TENANTS = 2;
  private static final int METHODID_UPDATE_TENANT = 3;
  private static final int METHODID_DELETE_TENANT = 4;
  private static final int METHODID_CREATE_TENANT_CLIENT = 5;
  private static final int METHODID_LIST_TENANT_CLIENTS = 6;
  private static final int METHODID_GET_CURRENT_TENANT = 7;
  private static final int METHODID_GET_TENANT_LICENSE = 8;
  private static final int METHODID_UPDATE_TENANT_LICENSE = 9;
  private static final int METHODID_GET_LICENSE = 10;

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
        case METHODID_CREATE_TENANT:
          serviceImpl.createTenant((io.globemeet.api.v1.CreateTenantRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Tenant>) responseObserver);
          break;
        case METHODID_GET_TENANT:
          serviceImpl.getTenant((io.globemeet.api.v1.GetTenantRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Tenant>) responseObserver);
          break;
        case METHODID_LIST_TENANTS:
          serviceImpl.listTenants((io.globemeet.api.v1.ListTenantsRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListTenantsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_TENANT:
          serviceImpl.updateTenant((io.globemeet.api.v1.UpdateTenantRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Tenant>) responseObserver);
          break;
        case METHODID_DELETE_TENANT:
          serviceImpl.deleteTenant((io.globemeet.api.v1.DeleteTenantRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_CREATE_TENANT_CLIENT:
          serviceImpl.createTenantClient((io.globemeet.api.v1.CreateTenantClientRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Client>) responseObserver);
          break;
        case METHODID_LIST_TENANT_CLIENTS:
          serviceImpl.listTenantClients((io.globemeet.api.v1.ListTenantClientsRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.ListTenantClientsResponse>) responseObserver);
          break;
        case METHODID_GET_CURRENT_TENANT:
          serviceImpl.getCurrentTenant((io.globemeet.api.v1.GetCurrentTenantRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.Tenant>) responseObserver);
          break;
        case METHODID_GET_TENANT_LICENSE:
          serviceImpl.getTenantLicense((io.globemeet.api.v1.GetTenantLicenseRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.License>) responseObserver);
          break;
        case METHODID_UPDATE_TENANT_LICENSE:
          serviceImpl.updateTenantLicense((io.globemeet.api.v1.UpdateTenantLicenseRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.License>) responseObserver);
          break;
        case METHODID_GET_LICENSE:
          serviceImpl.getLicense((io.globemeet.api.v1.GetLicenseRequest) request,
              (io.grpc.stub.StreamObserver<io.globemeet.api.v1.License>) responseObserver);
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
          getCreateTenantMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.CreateTenantRequest,
              io.globemeet.api.v1.Tenant>(
                service, METHODID_CREATE_TENANT)))
        .addMethod(
          getGetTenantMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.GetTenantRequest,
              io.globemeet.api.v1.Tenant>(
                service, METHODID_GET_TENANT)))
        .addMethod(
          getListTenantsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.ListTenantsRequest,
              io.globemeet.api.v1.ListTenantsResponse>(
                service, METHODID_LIST_TENANTS)))
        .addMethod(
          getUpdateTenantMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.UpdateTenantRequest,
              io.globemeet.api.v1.Tenant>(
                service, METHODID_UPDATE_TENANT)))
        .addMethod(
          getDeleteTenantMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.DeleteTenantRequest,
              com.google.protobuf.Empty>(
                service, METHODID_DELETE_TENANT)))
        .addMethod(
          getCreateTenantClientMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.CreateTenantClientRequest,
              io.globemeet.api.v1.Client>(
                service, METHODID_CREATE_TENANT_CLIENT)))
        .addMethod(
          getListTenantClientsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.ListTenantClientsRequest,
              io.globemeet.api.v1.ListTenantClientsResponse>(
                service, METHODID_LIST_TENANT_CLIENTS)))
        .addMethod(
          getGetCurrentTenantMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.GetCurrentTenantRequest,
              io.globemeet.api.v1.Tenant>(
                service, METHODID_GET_CURRENT_TENANT)))
        .addMethod(
          getGetTenantLicenseMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.GetTenantLicenseRequest,
              io.globemeet.api.v1.License>(
                service, METHODID_GET_TENANT_LICENSE)))
        .addMethod(
          getUpdateTenantLicenseMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.UpdateTenantLicenseRequest,
              io.globemeet.api.v1.License>(
                service, METHODID_UPDATE_TENANT_LICENSE)))
        .addMethod(
          getGetLicenseMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.globemeet.api.v1.GetLicenseRequest,
              io.globemeet.api.v1.License>(
                service, METHODID_GET_LICENSE)))
        .build();
  }

  private static abstract class TenantServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    TenantServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.globemeet.api.v1.TenantsProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("TenantService");
    }
  }

  private static final class TenantServiceFileDescriptorSupplier
      extends TenantServiceBaseDescriptorSupplier {
    TenantServiceFileDescriptorSupplier() {}
  }

  private static final class TenantServiceMethodDescriptorSupplier
      extends TenantServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    TenantServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (TenantServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new TenantServiceFileDescriptorSupplier())
              .addMethod(getCreateTenantMethod())
              .addMethod(getGetTenantMethod())
              .addMethod(getListTenantsMethod())
              .addMethod(getUpdateTenantMethod())
              .addMethod(getDeleteTenantMethod())
              .addMethod(getCreateTenantClientMethod())
              .addMethod(getListTenantClientsMethod())
              .addMethod(getGetCurrentTenantMethod())
              .addMethod(getGetTenantLicenseMethod())
              .addMethod(getUpdateTenantLicenseMethod())
              .addMethod(getGetLicenseMethod())
              .build();
        }
      }
    }
    return result;
  }
}
