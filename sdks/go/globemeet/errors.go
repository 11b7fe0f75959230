package globemeet

import (
	"fmt"
	"time"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// Error is a failed call with the details the server attached to its status.
// It keeps the status, so status.Code and status.FromError work on it as on any gRPC error.
type Error struct {
	// Code is the gRPC status code, such as codes.NotFound.
	Code codes.Code
	// Message is the message of the server.
	Message string
	// Reason is the UPPER_SNAKE cause from google.rpc.ErrorInfo, such as "RESOURCE_NOT_FOUND".
	Reason string
	// Domain is the owner of the reason, "globemeet.io" for the server's own errors.
	Domain string
	// Metadata holds the extra facts of ErrorInfo.
	Metadata map[string]string
	// FieldViolations lists every invalid field, from google.rpc.BadRequest.
	FieldViolations []FieldViolation
	// RetryDelay is how long to wait before retrying, from google.rpc.RetryInfo; zero if absent.
	RetryDelay time.Duration

	status *status.Status
}

// FieldViolation is one invalid field of a request.
type FieldViolation struct {
	// Field is the path of the field, such as "queue.name".
	Field string
	// Description explains what is wrong with the field and how to fix it.
	Description string
	// Reason is the machine-readable cause, such as "REQUIRED".
	Reason string
}

func (e *Error) Error() string {
	if e.Reason != "" {
		return fmt.Sprintf("globemeet: %s (%s): %s", e.Code, e.Reason, e.Message)
	}
	return fmt.Sprintf("globemeet: %s: %s", e.Code, e.Message)
}

// GRPCStatus returns the status the error was made from.
func (e *Error) GRPCStatus() *status.Status { return e.status }

// FromError returns err as an *Error when it carries a gRPC status, and err itself otherwise.
func FromError(err error) error {
	if err == nil {
		return nil
	}
	if _, ok := err.(*Error); ok {
		return err
	}
	st, ok := status.FromError(err)
	if !ok {
		return err
	}
	apiErr := &Error{Code: st.Code(), Message: st.Message(), status: st}
	for _, detail := range st.Details() {
		switch d := detail.(type) {
		case *errdetails.ErrorInfo:
			apiErr.Reason = d.GetReason()
			apiErr.Domain = d.GetDomain()
			apiErr.Metadata = d.GetMetadata()
		case *errdetails.BadRequest:
			for _, v := range d.GetFieldViolations() {
				apiErr.FieldViolations = append(apiErr.FieldViolations, FieldViolation{
					Field: v.GetField(), Description: v.GetDescription(), Reason: v.GetReason(),
				})
			}
		case *errdetails.RetryInfo:
			apiErr.RetryDelay = d.GetRetryDelay().AsDuration()
		}
	}
	return apiErr
}
