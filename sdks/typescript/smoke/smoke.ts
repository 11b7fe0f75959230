// Smoke test of the TypeScript SDK against a running server, as a user of the published package
// would write it. Reads GLOBEMEET_ENDPOINT, GLOBEMEET_CLIENT_ID and GLOBEMEET_CLIENT_SECRET.
import { GlobeMeet, GlobeMeetError, status } from "@globemeet/sdk";
import { AgentServiceClient, CreateAgentRequest } from "@globemeet/sdk/globemeet/v1/agents";
import { Priority } from "@globemeet/sdk/globemeet/v1/common";
import {
  AddQueueMemberRequest,
  CreateQueueRequest,
  GetQueueRequest,
  ListQueuesRequest,
  type Queue,
  QueueServiceClient,
} from "@globemeet/sdk/globemeet/v1/queues";

const LANGUAGE = "typescript";
const PREFIX = "ts-smoke";

function env(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`set ${name}`);
  }
  return value;
}

function check(condition: boolean, message: string): void {
  if (!condition) {
    throw new Error(message);
  }
}

async function main(): Promise<number> {
  const gm = new GlobeMeet({
    endpoint: env("GLOBEMEET_ENDPOINT"),
    clientId: env("GLOBEMEET_CLIENT_ID"),
    clientSecret: env("GLOBEMEET_CLIENT_SECRET"),
    insecure: true,
  });
  const queues = gm.client(QueueServiceClient);
  const agents = gm.client(AgentServiceClient);
  const created: Queue[] = [];
  let queueId = "";

  const checks: [string, () => Promise<void>][] = [
    ["token", async () => {
      const first = await gm.tokens.token();
      check(first.length > 0, "empty access token");
      check((await gm.tokens.token()) === first, "the token was fetched again instead of reused");
    }],
    ["create queue with idempotency key", async () => {
      const request = CreateQueueRequest.fromPartial({
        queue: { name: `${PREFIX} Premium Support`, skills: ["english", "billing"], priority: Priority.PRIORITY_HIGH, maxWaitSeconds: 300 },
      });
      const key = `${PREFIX}-create-queue-${Date.now()}`;
      const queue = await queues.createQueue(request, { idempotencyKey: key });
      const replay = await queues.createQueue(request, { idempotencyKey: key });
      check(queue.id.startsWith("q_"), `unexpected queue id ${queue.id}`);
      check(replay.id === queue.id, `the replay created ${replay.id} instead of returning ${queue.id}`);
      check(queue.priority === Priority.PRIORITY_HIGH, `priority ${queue.priority}`);
      queueId = queue.id;
      created.push(queue);
    }],
    ["create agent", async () => {
      const agent = await agents.createAgent(
        CreateAgentRequest.fromPartial({ agent: { id: "AGENT_42_TS", displayName: "Ada Lovelace" } }),
      );
      check(agent.id === "AGENT_42_TS", `agent id ${agent.id}`);
    }],
    ["assign agent to queue", async () => {
      const member = await queues.addQueueMember(AddQueueMemberRequest.fromPartial({ queueId, agentId: "AGENT_42_TS" }));
      check(member.queueId === queueId && member.agentId === "AGENT_42_TS", `member ${JSON.stringify(member)}`);
    }],
    ["list queues with a filter across two pages", async () => {
      for (const name of ["Overflow A", "Overflow B"]) {
        created.push(await queues.createQueue(CreateQueueRequest.fromPartial({ queue: { name: `${PREFIX} ${name}` } })));
      }
      const filter = `name:"${PREFIX}"`;
      const first = await queues.listQueues(ListQueuesRequest.fromPartial({ pageSize: 2, filter }));
      check(first.queues.length === 2 && first.nextPageToken !== "", `first page: ${first.queues.length} queues, token "${first.nextPageToken}"`);
      const second = await queues.listQueues(ListQueuesRequest.fromPartial({ pageSize: 2, filter, pageToken: first.nextPageToken }));
      check(second.queues.length === 1 && second.nextPageToken === "", `second page: ${second.queues.length} queues, token "${second.nextPageToken}"`);
      const listed = [...first.queues, ...second.queues].map((q) => q.id).sort();
      const expected = created.map((q) => q.id).sort();
      check(JSON.stringify(listed) === JSON.stringify(expected), `listed ${listed}, created ${expected}`);
    }],
    ["NOT_FOUND maps to GlobeMeetError", async () => {
      try {
        await queues.getQueue(GetQueueRequest.fromPartial({ queueId: "q_missing_ts" }));
      } catch (error) {
        check(error instanceof GlobeMeetError, `not a GlobeMeetError: ${error}`);
        const e = error as GlobeMeetError;
        check(e.code === status.NOT_FOUND, `code ${e.codeName}`);
        check(e.reason === "RESOURCE_NOT_FOUND" && e.domain === "globemeet.io", `reason ${e.reason}, domain ${e.domain}`);
        return;
      }
      throw new Error("getQueue of a missing queue succeeded");
    }],
    ["field violations", async () => {
      try {
        await queues.createQueue(CreateQueueRequest.fromPartial({ queue: { name: "" } }));
      } catch (error) {
        const e = error as GlobeMeetError;
        check(e.code === status.INVALID_ARGUMENT, `code ${e.codeName}`);
        check(e.fieldViolations.some((v) => v.field === "queue.name"), `violations ${JSON.stringify(e.fieldViolations)}`);
        return;
      }
      throw new Error("a queue without a name was created");
    }],
  ];

  let passed = 0;
  let failed = 0;
  try {
    for (const [name, run] of checks) {
      try {
        await run();
        passed++;
        console.log(`ok   ${name}`);
      } catch (error) {
        failed++;
        console.log(`FAIL ${name}: ${error instanceof Error ? error.message : error}`);
        break;
      }
    }
  } finally {
    gm.close();
  }
  console.log(`${LANGUAGE}: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    console.log(`${LANGUAGE}: 0 passed, 1 failed`);
    process.exit(1);
  },
);
