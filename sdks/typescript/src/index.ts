export { GlobeMeet, type CallOptions, type GlobeMeetOptions, type PromiseClient } from "./client";
export { GlobeMeetError, decodeStatusDetails, type ErrorDetails, type FieldViolation } from "./errors";
export { ClientCredentialsTokenSource, TokenError, type ClientCredentialsOptions } from "./token";
export { status } from "@grpc/grpc-js";
