#!/usr/bin/env python3
"""Contract check of webhook signatures against the `standardwebhooks` packages of PyPI and npm.

Usage: webhooks_standardwebhooks.py [PATH_TO_GLOBEMEET_BINARY] --node-modules DIR

The script starts two receivers on 127.0.0.1. One is in Python and verifies with the
`standardwebhooks` PyPI package, the other in Node (webhook_receiver.js beside this file) with
the npm package of the same name. It then bootstraps a tenant in a new SQLite database, starts
`globemeet serve` on a free loopback port with 127.0.0.1/32 admitted as a webhook target,
creates one endpoint per receiver, and runs these cases:

  test_event     a `webhook.test` event whose payload carries non-ASCII text verifies with the
                 endpoint's secret in both receivers, and fails with one byte appended
  rotation       after :rotateSecret both signatures are sent, and each secret verifies alone
  replay         :replay returns 202 and redelivers the first event under its id, newly signed

Nothing leaves the loopback interface. The last line printed is
`webhooks-standardwebhooks: N passed, N failed`; the exit status is 0 only when every case
passed. Requirements: Python 3.11, the packages pinned in requirements.txt beside this file,
Node.js 18 or newer and the npm packages of package.json beside this file.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import signal
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

import requests
from standardwebhooks import Webhook, WebhookVerificationError

TENANT = "acme"
CLIENT_ID = "acme"
START_TIMEOUT_SECONDS = 20.0
DELIVERY_TIMEOUT_SECONDS = 20.0
REQUEST_TIMEOUT_SECONDS = 10.0
LISTENING_MESSAGE = "listening for gRPC and HTTP"
DESCRIPTION = "Prüfung – 東京 ✓ \"quoted\""
RECEIVER_SCRIPT = Path(__file__).with_name("webhook_receiver.js")


class CheckFailed(Exception):
    """A difference between what a receiver saw and what a case expects."""


def check(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


def verifies(secret: str, body: bytes, headers: dict[str, str]) -> bool:
    try:
        Webhook(secret).verify(body, headers)
    except WebhookVerificationError as error:
        print(f"python receiver: verification failed: {error}", file=sys.stderr, flush=True)
        return False
    return True


class PythonReceiver:
    """A receiver in this process, verifying with the PyPI package."""

    def __init__(self) -> None:
        self.secrets: list[str] = []
        self.reports: queue.Queue[dict] = queue.Queue()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the name http.server dispatches to
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                headers = {name: value for name, value in self.headers.items()}
                secrets = list(receiver.secrets)
                receiver.reports.put(
                    {
                        "id": self.headers.get("webhook-id", ""),
                        "verified": [verifies(secret, body, headers) for secret in secrets],
                        "tampered_rejected": all(
                            not verifies_quietly(secret, body + b" ", headers) for secret in secrets
                        ),
                        "signatures": len(self.headers.get("webhook-signature", "").split(" ")),
                        "same_header": self.headers.get("webhook-signature")
                        == self.headers.get("x-globemeet-signature"),
                        "body": body.decode("utf-8"),
                    }
                )
                self.send_response(204)
                self.end_headers()

            def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base signature
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def set_secrets(self, secrets: list[str]) -> None:
        self.secrets = list(secrets)

    def next_report(self) -> dict:
        try:
            return self.reports.get(timeout=DELIVERY_TIMEOUT_SECONDS)
        except queue.Empty:
            raise CheckFailed(f"the Python receiver got no delivery within {DELIVERY_TIMEOUT_SECONDS:.0f} s") from None

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def verifies_quietly(secret: str, body: bytes, headers: dict[str, str]) -> bool:
    try:
        Webhook(secret).verify(body, headers)
    except WebhookVerificationError:
        return False
    return True


class NodeReceiver:
    """webhook_receiver.js in a child process, verifying with the npm package."""

    def __init__(self, node_modules: Path) -> None:
        env = dict(os.environ, NODE_PATH=str(node_modules))
        self.process = subprocess.Popen(
            ["node", str(RECEIVER_SCRIPT)],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self.read_lines, daemon=True).start()
        first = self.next_line(START_TIMEOUT_SECONDS, "its port")
        self.port = int(json.loads(first)["port"])

    def read_lines(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line)

    def next_line(self, timeout: float, what: str) -> str:
        try:
            return self.lines.get(timeout=timeout)
        except queue.Empty:
            raise CheckFailed(f"the Node receiver printed no {what} within {timeout:.0f} s") from None

    def set_secrets(self, secrets: list[str]) -> None:
        self.process.stdin.write(json.dumps({"secrets": secrets}) + "\n")
        self.process.stdin.flush()

    def next_report(self) -> dict:
        return json.loads(self.next_line(DELIVERY_TIMEOUT_SECONDS, "delivery report"))

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.close()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)


def server_env(database_url: str) -> dict[str, str]:
    """Returns the caller's environment without its GLOBEMEET_* variables, plus this check's."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("GLOBEMEET_")}
    env.update(
        GLOBEMEET_DATABASE_URL=database_url,
        GLOBEMEET_LISTEN="127.0.0.1:0",
        GLOBEMEET_LOG_FORMAT="json",
        GLOBEMEET_WEBHOOK_ALLOWED_CIDRS="127.0.0.1/32",
        RUST_LOG="info",
    )
    return env


def bootstrap(binary: Path, env: dict[str, str]) -> dict:
    result = subprocess.run(
        [str(binary), "admin", "bootstrap", "--tenant", TENANT, "--client-id", CLIENT_ID],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if result.returncode != 0:
        raise RuntimeError(f"admin bootstrap exited with {result.returncode}; stderr:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


class Server:
    """A `globemeet serve` process whose stderr goes to a file in the temporary directory."""

    def __init__(self, binary: Path, env: dict[str, str], log_path: Path):
        self.log_path = log_path
        self.log_file = log_path.open("wb")
        self.process = subprocess.Popen(
            [str(binary), "serve"],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self.log_file,
        )
        self.base_url = ""

    def wait_until_ready(self) -> None:
        """Reads the bound address from the JSON log, then waits until `GET /healthz` returns 200."""
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while not self.base_url:
            if self.process.poll() is not None:
                raise RuntimeError(f"globemeet serve exited with {self.process.returncode}")
            for line in self.log_path.read_text(encoding="utf-8", errors="replace").splitlines():
                try:
                    event = json.loads(line)
                except ValueError:
                    continue
                if isinstance(event, dict) and event.get("message") == LISTENING_MESSAGE:
                    self.base_url = f"http://{event['address']}"
            if time.monotonic() > deadline:
                raise RuntimeError(f"timed out waiting for the log line '{LISTENING_MESSAGE}'")
            time.sleep(0.05)
        while True:
            try:
                if requests.get(f"{self.base_url}/healthz", timeout=2).status_code == 200:
                    return
            except requests.RequestException:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("timed out waiting for GET /healthz to return 200")
            time.sleep(0.1)

    def log_tail(self, lines: int = 40) -> str:
        text = self.log_path.read_text(encoding="utf-8", errors="replace")
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.log_file.close()


class Contract:
    """The cases, sharing the server, the two receivers and one endpoint per receiver."""

    def __init__(self, base_url: str, credentials: dict, receivers: dict[str, object]):
        self.base_url = base_url
        self.http = requests.Session()
        # trust_env=False keeps proxy variables from routing loopback requests elsewhere.
        self.http.trust_env = False
        token = self.http.post(
            f"{base_url}/v1/oauth/token",
            json={
                "client_id": credentials["client_id"],
                "client_secret": credentials["client_secret"],
                "grant_type": "client_credentials",
            },
            timeout=REQUEST_TIMEOUT_SECONDS,
        )
        token.raise_for_status()
        self.http.headers["Authorization"] = f"Bearer {token.json()['access_token']}"
        self.receivers = receivers
        self.endpoints: dict[str, dict] = {}
        self.first_event = ""

    def call(self, method: str, path: str, body: dict | None = None) -> requests.Response:
        return self.http.request(method, f"{self.base_url}{path}", json=body, timeout=REQUEST_TIMEOUT_SECONDS)

    def create_endpoints(self) -> None:
        for name, receiver in self.receivers.items():
            response = self.call(
                "POST",
                "/v1/webhooks",
                {"url": f"http://127.0.0.1:{receiver.port}/{name}", "description": DESCRIPTION},
            )
            check(response.status_code == 201, f"creating the {name} endpoint returned {response.status_code}: {response.text}")
            self.endpoints[name] = response.json()
            receiver.set_secrets([self.endpoints[name]["secret"]])

    def send_tests(self) -> dict[str, str]:
        """Sends a test event to each endpoint; returns the event id per receiver."""
        events = {}
        for name, endpoint in self.endpoints.items():
            response = self.call("POST", f"/v1/webhooks/{endpoint['id']}:test")
            check(response.status_code == 200, f":test returned {response.status_code}: {response.text}")
            events[name] = response.json()["id"]
        return events

    def check_reports(self, events: dict[str, str], secrets: int) -> list[dict]:
        reports = []
        for name, receiver in self.receivers.items():
            report = receiver.next_report()
            check(report["id"] == events[name], f"{name}: webhook-id {report['id']!r}, expected {events[name]!r}")
            check(len(report["verified"]) == secrets, f"{name}: checked {len(report['verified'])} secrets, expected {secrets}")
            check(all(report["verified"]), f"{name}: standardwebhooks did not verify every secret: {report['verified']}")
            check(report["tampered_rejected"], f"{name}: a tampered body verified")
            check(report["signatures"] == secrets, f"{name}: {report['signatures']} signatures sent, expected {secrets}")
            check(report["same_header"], f"{name}: X-GlobeMeet-Signature differs from webhook-signature")
            reports.append(report)
        return reports

    def test_event_case(self) -> None:
        self.create_endpoints()
        events = self.send_tests()
        self.first_event = events["python"]
        for report in self.check_reports(events, secrets=1):
            envelope = json.loads(report["body"])
            check(envelope["type"] == "webhook.test", f"type is {envelope['type']!r}")
            check(envelope["api_version"] == "v1", f"api_version is {envelope['api_version']!r}")
            check(envelope["data"]["description"] == DESCRIPTION, f"description is {envelope['data']['description']!r}")

    def rotation_case(self) -> None:
        for name, endpoint in self.endpoints.items():
            response = self.call("POST", f"/v1/webhooks/{endpoint['id']}:rotateSecret")
            check(response.status_code == 200, f":rotateSecret returned {response.status_code}: {response.text}")
            new_secret = response.json()["secret"]
            check(new_secret != endpoint["secret"], "the rotated secret did not change")
            self.receivers[name].set_secrets([new_secret, endpoint["secret"]])
        self.check_reports(self.send_tests(), secrets=2)

    def replay_case(self) -> None:
        check(bool(self.first_event), "the test_event case recorded no event")
        response = self.call("POST", f"/v1/webhook-events/{self.first_event}:replay")
        check(response.status_code == 202, f":replay returned {response.status_code}: {response.text}")
        report = self.receivers["python"].next_report()
        check(report["id"] == self.first_event, f"the replay arrived as {report['id']!r}")
        check(all(report["verified"]) and len(report["verified"]) == 2, f"the replay did not verify: {report['verified']}")


def run_cases(cases: list[tuple[str, Callable[[], None]]]) -> tuple[int, int]:
    passed = failed = 0
    for name, case in cases:
        try:
            case()
        except CheckFailed as error:
            failed += 1
            print(f"FAIL {name}: {error}", flush=True)
        except Exception as error:  # noqa: BLE001 - an unexpected error fails the case, not the run
            failed += 1
            print(f"FAIL {name}: {type(error).__name__}: {error}", flush=True)
        else:
            passed += 1
            print(f"PASS {name}", flush=True)
    return passed, failed


CASES = ["test_event", "rotation", "replay"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary", nargs="?", default=os.environ.get("GLOBEMEET_BIN"),
                        help="path of the globemeet binary (default: $GLOBEMEET_BIN)")
    parser.add_argument("--node-modules", required=True, type=Path,
                        help="the node_modules folder that holds the standardwebhooks npm package")
    args = parser.parse_args()
    if not args.binary:
        parser.error("give the globemeet binary as an argument or in GLOBEMEET_BIN")
    binary = Path(args.binary).resolve()
    if not (binary.is_file() and os.access(binary, os.X_OK)):
        parser.error(f"{binary} is not an executable file")

    # SIGTERM (as from a CI time-out) raises SystemExit, so the processes are still stopped below.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))

    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="globemeet-webhooks-") as tmp:
        env = server_env(f"sqlite://{tmp}/globemeet.db")
        server = python_receiver = node_receiver = None
        try:
            python_receiver = PythonReceiver()
            node_receiver = NodeReceiver(args.node_modules.resolve())
            credentials = bootstrap(binary, env)
            server = Server(binary, env, Path(tmp) / "serve.log")
            server.wait_until_ready()
            print(f"server ready at {server.base_url}", flush=True)
            contract = Contract(server.base_url, credentials, {"python": python_receiver, "node": node_receiver})
            passed, failed = run_cases(
                [(name, getattr(contract, f"{name}_case")) for name in CASES]
            )
        except Exception as error:  # noqa: BLE001 - a set-up failure fails every case
            print(f"error: set-up failed: {type(error).__name__}: {error}", file=sys.stderr, flush=True)
            for name in CASES:
                print(f"FAIL {name}: not run, set-up failed", flush=True)
            passed, failed = 0, len(CASES)
        finally:
            for process in (server, node_receiver, python_receiver):
                if process is not None:
                    process.stop()
        if failed and server is not None:
            print(f"--- last lines of the server log ---\n{server.log_tail()}", file=sys.stderr, flush=True)

    if passed + failed == 0:
        print("error: no case ran", file=sys.stderr)
        failed = 1
    print(f"webhooks-standardwebhooks: {passed} passed, {failed} failed", flush=True)
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
