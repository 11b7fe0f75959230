// Command smoke checks the Go SDK against a running server, as a user of the module would
// write it. It reads GLOBEMEET_ENDPOINT, GLOBEMEET_CLIENT_ID and GLOBEMEET_CLIENT_SECRET.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"time"

	"google.golang.org/grpc/codes"

	"github.com/globemeet/globemeet-api/sdks/go/globemeet"
	globemeetv1 "github.com/globemeet/globemeet-api/sdks/go/globemeet/v1"
)

const (
	language = "go"
	prefix   = "go-smoke"
	agentID  = "AGENT_42_GO"
)

type smoke struct {
	conn    *globemeet.Conn
	queues  globemeetv1.QueueServiceClient
	agents  globemeetv1.AgentServiceClient
	queueID string
	created []string
}

func main() {
	conn, err := globemeet.Dial(globemeet.Config{
		Endpoint:     os.Getenv("GLOBEMEET_ENDPOINT"),
		ClientID:     os.Getenv("GLOBEMEET_CLIENT_ID"),
		ClientSecret: os.Getenv("GLOBEMEET_CLIENT_SECRET"),
		Insecure:     true,
	})
	if err != nil {
		fmt.Println(err)
		fmt.Printf("%s: 0 passed, 1 failed\n", language)
		os.Exit(1)
	}
	s := &smoke{
		conn:   conn,
		queues: globemeetv1.NewQueueServiceClient(conn),
		agents: globemeetv1.NewAgentServiceClient(conn),
	}
	checks := []struct {
		name string
		run  func(context.Context) error
	}{
		{"token", s.token},
		{"create queue with idempotency key", s.createQueue},
		{"create agent", s.createAgent},
		{"assign agent to queue", s.assignAgent},
		{"list queues with a filter across two pages", s.listTwoPages},
		{"NOT_FOUND maps to *globemeet.Error", s.notFound},
		{"field violations", s.fieldViolations},
	}
	passed, failed := 0, 0
	for _, c := range checks {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		err := c.run(ctx)
		cancel()
		if err != nil {
			failed++
			fmt.Printf("FAIL %s: %v\n", c.name, err)
			break
		}
		passed++
		fmt.Printf("ok   %s\n", c.name)
	}
	conn.Close()
	fmt.Printf("%s: %d passed, %d failed\n", language, passed, failed)
	if failed > 0 {
		os.Exit(1)
	}
}

func (s *smoke) token(context.Context) error {
	first, err := s.conn.Token()
	if err != nil {
		return err
	}
	second, err := s.conn.Token()
	if err != nil {
		return err
	}
	if first.AccessToken == "" || second.AccessToken != first.AccessToken {
		return errors.New("the token was empty or fetched again instead of reused")
	}
	return nil
}

func (s *smoke) createQueue(ctx context.Context) error {
	request := &globemeetv1.CreateQueueRequest{Queue: &globemeetv1.Queue{
		Name:           prefix + " Premium Support",
		Skills:         []string{"english", "billing"},
		Priority:       globemeetv1.Priority_PRIORITY_HIGH,
		MaxWaitSeconds: 300,
	}}
	keyed := globemeet.WithIdempotencyKey(ctx, fmt.Sprintf("%s-create-queue-%d", prefix, time.Now().UnixNano()))
	queue, err := s.queues.CreateQueue(keyed, request)
	if err != nil {
		return err
	}
	replay, err := s.queues.CreateQueue(keyed, request)
	if err != nil {
		return err
	}
	if replay.GetId() != queue.GetId() {
		return fmt.Errorf("the replay created %s instead of returning %s", replay.GetId(), queue.GetId())
	}
	if queue.GetPriority() != globemeetv1.Priority_PRIORITY_HIGH {
		return fmt.Errorf("priority %s", queue.GetPriority())
	}
	s.queueID = queue.GetId()
	s.created = append(s.created, queue.GetId())
	return nil
}

func (s *smoke) createAgent(ctx context.Context) error {
	agent, err := s.agents.CreateAgent(ctx, &globemeetv1.CreateAgentRequest{
		Agent: &globemeetv1.Agent{Id: agentID, DisplayName: "Ada Lovelace"},
	})
	if err != nil {
		return err
	}
	if agent.GetId() != agentID {
		return fmt.Errorf("agent id %s", agent.GetId())
	}
	return nil
}

func (s *smoke) assignAgent(ctx context.Context) error {
	member, err := s.queues.AddQueueMember(ctx, &globemeetv1.AddQueueMemberRequest{QueueId: s.queueID, AgentId: agentID})
	if err != nil {
		return err
	}
	if member.GetQueueId() != s.queueID || member.GetAgentId() != agentID {
		return fmt.Errorf("member %v", member)
	}
	return nil
}

func (s *smoke) listTwoPages(ctx context.Context) error {
	for _, name := range []string{"Overflow A", "Overflow B"} {
		queue, err := s.queues.CreateQueue(ctx, &globemeetv1.CreateQueueRequest{Queue: &globemeetv1.Queue{Name: prefix + " " + name}})
		if err != nil {
			return err
		}
		s.created = append(s.created, queue.GetId())
	}
	filter := fmt.Sprintf("name:%q", prefix)
	first, err := s.queues.ListQueues(ctx, &globemeetv1.ListQueuesRequest{PageSize: 2, Filter: filter})
	if err != nil {
		return err
	}
	if len(first.GetQueues()) != 2 || first.GetNextPageToken() == "" {
		return fmt.Errorf("first page: %d queues, token %q", len(first.GetQueues()), first.GetNextPageToken())
	}
	second, err := s.queues.ListQueues(ctx, &globemeetv1.ListQueuesRequest{PageSize: 2, Filter: filter, PageToken: first.GetNextPageToken()})
	if err != nil {
		return err
	}
	if len(second.GetQueues()) != 1 || second.GetNextPageToken() != "" {
		return fmt.Errorf("second page: %d queues, token %q", len(second.GetQueues()), second.GetNextPageToken())
	}
	var listed []string
	for _, q := range append(first.GetQueues(), second.GetQueues()...) {
		listed = append(listed, q.GetId())
	}
	slices.Sort(listed)
	expected := slices.Sorted(slices.Values(s.created))
	if !slices.Equal(listed, expected) {
		return fmt.Errorf("listed %v, created %v", listed, expected)
	}
	return nil
}

func (s *smoke) notFound(ctx context.Context) error {
	_, err := s.queues.GetQueue(ctx, &globemeetv1.GetQueueRequest{QueueId: "q_missing_go"})
	var apiErr *globemeet.Error
	if !errors.As(err, &apiErr) {
		return fmt.Errorf("not a *globemeet.Error: %v", err)
	}
	if apiErr.Code != codes.NotFound || apiErr.Reason != "RESOURCE_NOT_FOUND" || apiErr.Domain != "globemeet.io" {
		return fmt.Errorf("code %s, reason %q, domain %q", apiErr.Code, apiErr.Reason, apiErr.Domain)
	}
	return nil
}

func (s *smoke) fieldViolations(ctx context.Context) error {
	_, err := s.queues.CreateQueue(ctx, &globemeetv1.CreateQueueRequest{Queue: &globemeetv1.Queue{Name: ""}})
	var apiErr *globemeet.Error
	if !errors.As(err, &apiErr) || apiErr.Code != codes.InvalidArgument {
		return fmt.Errorf("expected INVALID_ARGUMENT, got %v", err)
	}
	for _, v := range apiErr.FieldViolations {
		if v.Field == "queue.name" {
			return nil
		}
	}
	return fmt.Errorf("violations %v", apiErr.FieldViolations)
}
