package globemeet

import (
	"context"
	"crypto/rand"
	"crypto/tls"
	"errors"
	"fmt"
	"net/http"
	"path"
	"strings"
	"time"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
)

// IdempotencyKeyHeader is the request metadata that makes a create safe to retry.
const IdempotencyKeyHeader = "idempotency-key"

// RefreshMargin is how long before its expiry an access token is replaced.
const RefreshMargin = time.Minute

// Config names the API endpoint and the OAuth client whose tokens the calls carry.
type Config struct {
	// Endpoint is host:port, such as "api.globemeet.io:443" or "127.0.0.1:8080".
	Endpoint     string
	ClientID     string
	ClientSecret string
	// Insecure talks plaintext HTTP/2, and plain HTTP to the token endpoint, for a server on
	// loopback without a certificate. TLS is the default.
	Insecure bool
	// TokenURL is the token endpoint; http(s)://{Endpoint}/v1/oauth/token when empty.
	TokenURL string
	// HTTPClient fetches tokens; a client with a 30-second timeout when nil.
	HTTPClient *http.Client
	// DialOptions are added to the ones Dial sets.
	DialOptions []grpc.DialOption
}

// Conn is a connection to the API. It is a grpc.ClientConnInterface, so every generated
// New...ServiceClient takes it.
type Conn struct {
	*grpc.ClientConn
	tokens oauth2.TokenSource
}

// Dial prepares a connection; like grpc.NewClient it connects on the first call.
func Dial(cfg Config) (*Conn, error) {
	if cfg.Endpoint == "" || cfg.ClientID == "" || cfg.ClientSecret == "" {
		return nil, errors.New("globemeet: Config needs Endpoint, ClientID and ClientSecret")
	}
	tokens := newTokenSource(cfg)
	transport := credentials.NewTLS(&tls.Config{MinVersion: tls.VersionTLS13})
	if cfg.Insecure {
		transport = insecure.NewCredentials()
	}
	options := append([]grpc.DialOption{
		grpc.WithTransportCredentials(transport),
		grpc.WithPerRPCCredentials(bearer{tokens: tokens, secure: !cfg.Insecure}),
		grpc.WithChainUnaryInterceptor(unaryInterceptor),
	}, cfg.DialOptions...)
	conn, err := grpc.NewClient(cfg.Endpoint, options...)
	if err != nil {
		return nil, fmt.Errorf("globemeet: connecting to %s: %w", cfg.Endpoint, err)
	}
	return &Conn{ClientConn: conn, tokens: tokens}, nil
}

// Token returns the current access token, fetching a new one when needed.
func (c *Conn) Token() (*oauth2.Token, error) {
	return c.tokens.Token()
}

// WithIdempotencyKey returns a context whose calls carry key as their idempotency key.
// Create methods get a random key when the context has none; pass your own to make a retry of
// the same request safe.
func WithIdempotencyKey(ctx context.Context, key string) context.Context {
	return metadata.AppendToOutgoingContext(ctx, IdempotencyKeyHeader, key)
}

func newTokenSource(cfg Config) oauth2.TokenSource {
	scheme := "https"
	if cfg.Insecure {
		scheme = "http"
	}
	tokenURL := cfg.TokenURL
	if tokenURL == "" {
		tokenURL = scheme + "://" + cfg.Endpoint + "/v1/oauth/token"
	}
	httpClient := cfg.HTTPClient
	if httpClient == nil {
		httpClient = &http.Client{Timeout: 30 * time.Second}
	}
	grant := &clientcredentials.Config{
		ClientID:     cfg.ClientID,
		ClientSecret: cfg.ClientSecret,
		TokenURL:     tokenURL,
		AuthStyle:    oauth2.AuthStyleInHeader,
	}
	ctx := context.WithValue(context.Background(), oauth2.HTTPClient, httpClient)
	// grant.Token requests a new token every time, so the reuse wrapper caches the result.
	fetch := tokenSourceFunc(func() (*oauth2.Token, error) { return grant.Token(ctx) })
	return oauth2.ReuseTokenSourceWithExpiry(nil, fetch, RefreshMargin)
}

type tokenSourceFunc func() (*oauth2.Token, error)

func (f tokenSourceFunc) Token() (*oauth2.Token, error) { return f() }

// bearer puts the access token in the authorization metadata of every call.
type bearer struct {
	tokens oauth2.TokenSource
	secure bool
}

func (b bearer) GetRequestMetadata(context.Context, ...string) (map[string]string, error) {
	token, err := b.tokens.Token()
	if err != nil {
		return nil, status.Errorf(codes.Unauthenticated, "globemeet: fetching an access token: %v", err)
	}
	return map[string]string{"authorization": "Bearer " + token.AccessToken}, nil
}

func (b bearer) RequireTransportSecurity() bool { return b.secure }

// unaryInterceptor adds a random idempotency key to Create calls without one and turns
// failures into *Error.
func unaryInterceptor(
	ctx context.Context, method string, req, reply any, cc *grpc.ClientConn,
	invoker grpc.UnaryInvoker, opts ...grpc.CallOption,
) error {
	if strings.HasPrefix(path.Base(method), "Create") {
		md, _ := metadata.FromOutgoingContext(ctx)
		if len(md.Get(IdempotencyKeyHeader)) == 0 {
			ctx = metadata.AppendToOutgoingContext(ctx, IdempotencyKeyHeader, rand.Text())
		}
	}
	if err := invoker(ctx, method, req, reply, cc, opts...); err != nil {
		return FromError(err)
	}
	return nil
}
