// Package globemeet connects to the GlobeMeet API over gRPC.
//
// The clients and messages are generated from the protos into the package
// github.com/globemeet/globemeet-api/sdks/go/globemeet/v1. Dial opens a connection whose calls
// carry an access token fetched with the OAuth 2.0 client credentials grant (cached, and
// replaced a minute before it expires), get an idempotency key on Create methods, and fail with
// an *Error that carries the server's rich error details:
//
//	conn, err := globemeet.Dial(globemeet.Config{
//		Endpoint: "127.0.0.1:8080", ClientID: "acme", ClientSecret: secret, Insecure: true,
//	})
//	if err != nil {
//		return err
//	}
//	defer conn.Close()
//	queues := globemeetv1.NewQueueServiceClient(conn)
//	_, err = queues.GetQueue(ctx, &globemeetv1.GetQueueRequest{QueueId: "q_missing"})
//	var apiErr *globemeet.Error
//	if errors.As(err, &apiErr) && apiErr.Reason == "RESOURCE_NOT_FOUND" {
//		// ...
//	}
package globemeet
