package io.globemeet.api.smoke;

import io.globemeet.api.GlobeMeetClient;
import io.globemeet.api.GlobeMeetException;
import io.globemeet.api.v1.AddQueueMemberRequest;
import io.globemeet.api.v1.Agent;
import io.globemeet.api.v1.CreateAgentRequest;
import io.globemeet.api.v1.CreateQueueRequest;
import io.globemeet.api.v1.GetQueueRequest;
import io.globemeet.api.v1.ListQueuesRequest;
import io.globemeet.api.v1.ListQueuesResponse;
import io.globemeet.api.v1.Priority;
import io.globemeet.api.v1.Queue;
import io.globemeet.api.v1.QueueMember;
import io.grpc.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Smoke test of the Java SDK against a running server, as a user of the library would write it.
 * Reads GLOBEMEET_ENDPOINT, GLOBEMEET_CLIENT_ID and GLOBEMEET_CLIENT_SECRET.
 */
public final class Smoke {
  private static final String LANGUAGE = "java";
  private static final String PREFIX = "java-smoke";
  private static final String AGENT_ID = "AGENT_42_JAVA";

  private final GlobeMeetClient gm;
  private final List<String> created = new ArrayList<>();
  private String queueId;

  private Smoke(GlobeMeetClient gm) {
    this.gm = gm;
  }

  private interface Check {
    void run() throws Exception;
  }

  private record Named(String name, Check check) {}

  public static void main(String[] args) {
    int passed = 0;
    int failed = 0;
    try (GlobeMeetClient gm = GlobeMeetClient.newBuilder(System.getenv("GLOBEMEET_ENDPOINT"))
        .clientCredentials(System.getenv("GLOBEMEET_CLIENT_ID"), System.getenv("GLOBEMEET_CLIENT_SECRET"))
        .usePlaintext()
        .build()) {
      Smoke s = new Smoke(gm);
      List<Named> checks = List.of(
          new Named("token", s::token),
          new Named("create queue with idempotency key", s::createQueue),
          new Named("create agent", s::createAgent),
          new Named("assign agent to queue", s::assignAgent),
          new Named("list queues with a filter across two pages", s::listTwoPages),
          new Named("NOT_FOUND maps to GlobeMeetException", s::notFound),
          new Named("field violations", s::fieldViolations));
      for (Named check : checks) {
        try {
          check.check().run();
          passed++;
          System.out.println("ok   " + check.name());
        } catch (Exception e) {
          failed++;
          System.out.println("FAIL " + check.name() + ": " + e);
          break;
        }
      }
    }
    System.out.println(LANGUAGE + ": " + passed + " passed, " + failed + " failed");
    System.exit(failed == 0 ? 0 : 1);
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }

  private void token() {
    String first = gm.tokens().token();
    check(!first.isEmpty(), "empty access token");
    check(gm.tokens().token().equals(first), "the token was fetched again instead of reused");
  }

  private void createQueue() {
    CreateQueueRequest request = CreateQueueRequest.newBuilder()
        .setQueue(Queue.newBuilder()
            .setName(PREFIX + " Premium Support")
            .addSkills("english").addSkills("billing")
            .setPriority(Priority.PRIORITY_HIGH)
            .setMaxWaitSeconds(300))
        .build();
    String key = PREFIX + "-create-queue-" + System.nanoTime();
    Queue queue = gm.call(request, Queue.class, GlobeMeetClient.withIdempotencyKey(key));
    Queue replay = gm.call(request, Queue.class, GlobeMeetClient.withIdempotencyKey(key));
    check(queue.getId().startsWith("q_"), "unexpected queue id " + queue.getId());
    check(replay.getId().equals(queue.getId()),
        "the replay created " + replay.getId() + " instead of returning " + queue.getId());
    check(queue.getPriority() == Priority.PRIORITY_HIGH, "priority " + queue.getPriority());
    queueId = queue.getId();
    created.add(queueId);
  }

  private void createAgent() {
    Agent agent = gm.call(CreateAgentRequest.newBuilder()
        .setAgent(Agent.newBuilder().setId(AGENT_ID).setDisplayName("Ada Lovelace"))
        .build(), Agent.class);
    check(agent.getId().equals(AGENT_ID), "agent id " + agent.getId());
  }

  private void assignAgent() {
    QueueMember member = gm.call(AddQueueMemberRequest.newBuilder()
        .setQueueId(queueId).setAgentId(AGENT_ID).build(), QueueMember.class);
    check(member.getQueueId().equals(queueId) && member.getAgentId().equals(AGENT_ID),
        "member " + member);
  }

  private void listTwoPages() {
    for (String name : List.of("Overflow A", "Overflow B")) {
      Queue queue = gm.call(CreateQueueRequest.newBuilder()
          .setQueue(Queue.newBuilder().setName(PREFIX + " " + name)).build(), Queue.class);
      created.add(queue.getId());
    }
    String filter = "name:\"" + PREFIX + "\"";
    ListQueuesResponse first = gm.call(ListQueuesRequest.newBuilder()
        .setPageSize(2).setFilter(filter).build(), ListQueuesResponse.class);
    check(first.getQueuesCount() == 2 && !first.getNextPageToken().isEmpty(),
        "first page: " + first.getQueuesCount() + " queues");
    ListQueuesResponse second = gm.call(ListQueuesRequest.newBuilder()
        .setPageSize(2).setFilter(filter).setPageToken(first.getNextPageToken()).build(),
        ListQueuesResponse.class);
    check(second.getQueuesCount() == 1 && second.getNextPageToken().isEmpty(),
        "second page: " + second.getQueuesCount() + " queues");
    List<String> listed = Stream.concat(first.getQueuesList().stream(), second.getQueuesList().stream())
        .map(Queue::getId).sorted().toList();
    check(listed.equals(created.stream().sorted().toList()), "listed " + listed + ", created " + created);
  }

  private void notFound() {
    try {
      gm.call(GetQueueRequest.newBuilder().setQueueId("q_missing_java").build(), Queue.class);
    } catch (GlobeMeetException e) {
      check(e.code() == Status.Code.NOT_FOUND, "code " + e.code());
      check("RESOURCE_NOT_FOUND".equals(e.reason()) && "globemeet.io".equals(e.domain()),
          "reason " + e.reason() + ", domain " + e.domain());
      return;
    }
    throw new AssertionError("GetQueue of a missing queue succeeded");
  }

  private void fieldViolations() {
    try {
      gm.call(CreateQueueRequest.newBuilder().setQueue(Queue.newBuilder().setName("")).build(),
          Queue.class);
    } catch (GlobeMeetException e) {
      check(e.code() == Status.Code.INVALID_ARGUMENT, "code " + e.code());
      check(e.fieldViolations().stream().anyMatch(v -> v.field().equals("queue.name")),
          "violations " + e.fieldViolations());
      return;
    }
    throw new AssertionError("a queue without a name was created");
  }
}
