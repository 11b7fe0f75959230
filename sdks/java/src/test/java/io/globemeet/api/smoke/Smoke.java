package io.globemeet.api.smoke;

import io.globemeet.api.GlobeMeetClient;
import io.globemeet.api.GlobeMeetException;
import io.globemeet.api.v1.AddQueueMemberRequest;
import io.globemeet.api.v1.Agent;
import io.globemeet.api.v1.AgentServiceGrpc;
import io.globemeet.api.v1.AgentServiceGrpc.AgentServiceBlockingStub;
import io.globemeet.api.v1.CreateAgentRequest;
import io.globemeet.api.v1.CreateQueueRequest;
import io.globemeet.api.v1.GetQueueRequest;
import io.globemeet.api.v1.ListQueuesRequest;
import io.globemeet.api.v1.ListQueuesResponse;
import io.globemeet.api.v1.Priority;
import io.globemeet.api.v1.Queue;
import io.globemeet.api.v1.QueueMember;
import io.globemeet.api.v1.QueueServiceGrpc;
import io.globemeet.api.v1.QueueServiceGrpc.QueueServiceBlockingStub;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Smoke test of the Java SDK against a running server, through the generated stubs as a user of
 * the library would write it. Reads GLOBEMEET_ENDPOINT, GLOBEMEET_CLIENT_ID and
 * GLOBEMEET_CLIENT_SECRET.
 */
public final class Smoke {
  private static final String LANGUAGE = "java";
  private static final String PREFIX = "java-smoke";
  private static final String AGENT_ID = "AGENT_42_JAVA";
  private static final Metadata.Key<String> REPLAYED =
      Metadata.Key.of("idempotent-replayed", Metadata.ASCII_STRING_MARSHALLER);

  private final GlobeMeetClient gm;
  private final QueueServiceBlockingStub queues;
  private final AgentServiceBlockingStub agents;
  private final List<String> created = new ArrayList<>();
  private String queueId;

  private Smoke(GlobeMeetClient gm) {
    this.gm = gm;
    this.queues = QueueServiceGrpc.newBlockingStub(gm.channel());
    this.agents = AgentServiceGrpc.newBlockingStub(gm.channel());
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
        } catch (Exception | AssertionError e) {
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
    QueueServiceBlockingStub withKey = queues.withOption(GlobeMeetClient.IDEMPOTENCY_KEY, key);
    Queue queue = withKey.createQueue(request);

    AtomicReference<Metadata> headers = new AtomicReference<>();
    AtomicReference<Metadata> trailers = new AtomicReference<>();
    Queue replay = withKey
        .withInterceptors(MetadataUtils.newCaptureMetadataInterceptor(headers, trailers))
        .createQueue(request);

    check(queue.getId().startsWith("q_"), "unexpected queue id " + queue.getId());
    check(queue.getPriority() == Priority.PRIORITY_HIGH, "priority " + queue.getPriority());
    check(replay.getId().equals(queue.getId()),
        "the replay created " + replay.getId() + " instead of returning " + queue.getId());
    check("true".equals(headers.get().get(REPLAYED)),
        "the replay lacks idempotent-replayed: true; headers " + headers.get());
    queueId = queue.getId();
    created.add(queueId);
  }

  private void createAgent() {
    Agent agent = agents.createAgent(CreateAgentRequest.newBuilder()
        .setAgent(Agent.newBuilder().setId(AGENT_ID).setDisplayName("Ada Lovelace"))
        .build());
    check(agent.getId().equals(AGENT_ID), "agent id " + agent.getId());
  }

  private void assignAgent() {
    QueueMember member = queues.addQueueMember(AddQueueMemberRequest.newBuilder()
        .setQueueId(queueId).setAgentId(AGENT_ID).build());
    check(member.getQueueId().equals(queueId), "member of queue " + member.getQueueId());
    check(member.getAgentId().equals(AGENT_ID), "member agent " + member.getAgentId());
  }

  private void listTwoPages() {
    for (String name : List.of("Overflow A", "Overflow B")) {
      Queue queue = queues.createQueue(CreateQueueRequest.newBuilder()
          .setQueue(Queue.newBuilder().setName(PREFIX + " " + name)).build());
      created.add(queue.getId());
    }
    String filter = "name:\"" + PREFIX + "\"";
    ListQueuesResponse first = queues.listQueues(ListQueuesRequest.newBuilder()
        .setPageSize(2).setFilter(filter).build());
    check(first.getQueuesCount() == 2, "first page: " + first.getQueuesCount() + " queues");
    check(!first.getNextPageToken().isEmpty(), "first page without a next_page_token");
    ListQueuesResponse second = queues.listQueues(ListQueuesRequest.newBuilder()
        .setPageSize(2).setFilter(filter).setPageToken(first.getNextPageToken()).build());
    check(second.getQueuesCount() == 1, "second page: " + second.getQueuesCount() + " queues");
    check(second.getNextPageToken().isEmpty(), "second page with a next_page_token");
    List<String> listed = Stream.concat(first.getQueuesList().stream(), second.getQueuesList().stream())
        .map(Queue::getId).sorted().toList();
    check(listed.equals(created.stream().sorted().toList()), "listed " + listed + ", created " + created);
  }

  private void notFound() {
    try {
      queues.getQueue(GetQueueRequest.newBuilder().setQueueId("q_missing_java").build());
    } catch (StatusRuntimeException thrown) {
      GlobeMeetException e = GlobeMeetException.from(thrown);
      check(e.code() == Status.Code.NOT_FOUND, "code " + e.code());
      check("RESOURCE_NOT_FOUND".equals(e.reason()), "reason " + e.reason());
      check("globemeet.io".equals(e.domain()), "domain " + e.domain());
      return;
    }
    throw new AssertionError("GetQueue of a missing queue succeeded");
  }

  private void fieldViolations() {
    try {
      queues.createQueue(CreateQueueRequest.newBuilder()
          .setQueue(Queue.newBuilder().setName("")).build());
    } catch (StatusRuntimeException thrown) {
      GlobeMeetException e = GlobeMeetException.from(thrown);
      check(e.code() == Status.Code.INVALID_ARGUMENT, "code " + e.code());
      check(e.fieldViolations().stream().anyMatch(v -> v.field().equals("queue.name")),
          "violations " + e.fieldViolations());
      return;
    }
    throw new AssertionError("a queue without a name was created");
  }
}
