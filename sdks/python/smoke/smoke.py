"""Smoke test of the Python SDK against a running server, as a user of the installed package
would write it. Reads GLOBEMEET_ENDPOINT, GLOBEMEET_CLIENT_ID and GLOBEMEET_CLIENT_SECRET."""

import os
import sys
import time

import grpc

import globemeet
from globemeet.v1 import agents_pb2, agents_pb2_grpc, common_pb2, queues_pb2, queues_pb2_grpc

LANGUAGE = "python"
PREFIX = "py-smoke"


class CheckFailed(Exception):
    pass


def check(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


def main() -> int:
    connection = globemeet.connect(
        os.environ["GLOBEMEET_ENDPOINT"],
        client_id=os.environ["GLOBEMEET_CLIENT_ID"],
        client_secret=os.environ["GLOBEMEET_CLIENT_SECRET"],
        insecure=True,
    )
    queues = queues_pb2_grpc.QueueServiceStub(connection.channel)
    agents = agents_pb2_grpc.AgentServiceStub(connection.channel)
    state = {"created": []}

    def token():
        first = connection.tokens.token()
        check(bool(first), "empty access token")
        check(connection.tokens.token() == first, "the token was fetched again instead of reused")

    def create_queue():
        request = queues_pb2.CreateQueueRequest(
            queue=queues_pb2.Queue(
                name=f"{PREFIX} Premium Support",
                skills=["english", "billing"],
                priority=common_pb2.PRIORITY_HIGH,
                max_wait_seconds=300,
            )
        )
        key = globemeet.idempotency_key(f"{PREFIX}-create-queue-{time.time_ns()}")
        queue = queues.CreateQueue(request, metadata=key)
        replay = queues.CreateQueue(request, metadata=key)
        check(queue.id.startswith("q_"), f"unexpected queue id {queue.id}")
        check(replay.id == queue.id, f"the replay created {replay.id} instead of returning {queue.id}")
        check(queue.priority == common_pb2.PRIORITY_HIGH, f"priority {queue.priority}")
        state["queue_id"] = queue.id
        state["created"].append(queue.id)

    def create_agent():
        agent = agents.CreateAgent(
            agents_pb2.CreateAgentRequest(agent=agents_pb2.Agent(id="AGENT_42_PY", display_name="Ada Lovelace"))
        )
        check(agent.id == "AGENT_42_PY", f"agent id {agent.id}")

    def assign_agent():
        member = queues.AddQueueMember(
            queues_pb2.AddQueueMemberRequest(queue_id=state["queue_id"], agent_id="AGENT_42_PY")
        )
        check(member.queue_id == state["queue_id"] and member.agent_id == "AGENT_42_PY", f"member {member}")

    def list_two_pages():
        for name in ("Overflow A", "Overflow B"):
            queue = queues.CreateQueue(queues_pb2.CreateQueueRequest(queue=queues_pb2.Queue(name=f"{PREFIX} {name}")))
            state["created"].append(queue.id)
        query = f'name:"{PREFIX}"'
        first = queues.ListQueues(queues_pb2.ListQueuesRequest(page_size=2, filter=query))
        check(len(first.queues) == 2 and first.next_page_token, f"first page: {len(first.queues)} queues")
        second = queues.ListQueues(
            queues_pb2.ListQueuesRequest(page_size=2, filter=query, page_token=first.next_page_token)
        )
        check(len(second.queues) == 1 and not second.next_page_token, f"second page: {len(second.queues)} queues")
        listed = sorted(q.id for q in [*first.queues, *second.queues])
        check(listed == sorted(state["created"]), f"listed {listed}, created {sorted(state['created'])}")

    def not_found():
        try:
            queues.GetQueue(queues_pb2.GetQueueRequest(queue_id="q_missing_py"))
        except globemeet.NotFoundError as error:
            check(error.code() == grpc.StatusCode.NOT_FOUND, f"code {error.code()}")
            check(
                error.reason == "RESOURCE_NOT_FOUND" and error.domain == "globemeet.io",
                f"reason {error.reason}, domain {error.domain}",
            )
            return
        raise CheckFailed("GetQueue of a missing queue succeeded")

    def field_violations():
        try:
            queues.CreateQueue(queues_pb2.CreateQueueRequest(queue=queues_pb2.Queue(name="")))
        except globemeet.InvalidArgumentError as error:
            fields = [v.field for v in error.field_violations]
            check("queue.name" in fields, f"violations {error.field_violations}")
            return
        raise CheckFailed("a queue without a name was created")

    checks = [
        ("token", token),
        ("create queue with idempotency key", create_queue),
        ("create agent", create_agent),
        ("assign agent to queue", assign_agent),
        ("list queues with a filter across two pages", list_two_pages),
        ("NOT_FOUND maps to globemeet.NotFoundError", not_found),
        ("field violations", field_violations),
    ]
    passed = failed = 0
    with connection:
        for name, run in checks:
            try:
                run()
            except Exception as error:  # every failure is reported the same way
                failed += 1
                print(f"FAIL {name}: {type(error).__name__}: {error}")
                break
            passed += 1
            print(f"ok   {name}")
    print(f"{LANGUAGE}: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
