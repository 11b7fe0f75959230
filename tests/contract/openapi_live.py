#!/usr/bin/env python3
"""Runs the committed Postman collection (newman) and schemathesis against a live server.

Usage: openapi_live.py --binary PATH --newman PATH --schemathesis PATH [--examples N]

The script works in a temporary directory: it bootstraps a tenant client and a platform
administration client in a new SQLite database, starts a webhook receiver and `globemeet serve`
on free loopback ports (the server admits webhook URLs on 127.0.0.1 only, through
GLOBEMEET_WEBHOOK_ALLOWED_CIDRS), and runs these cases:

  newman        `newman run` of the whole openapi/postman.json, with baseUrl, the credentials and
                webhookUrl (the receiver) set as collection variables; every request's test must
                pass, and the receiver must have received the `webhook.test` event
  schemathesis  `schemathesis run` of the served /v1/openapi.json as a second tenant whose rate
                limit the administrator raised, with the checks not_a_server_error,
                status_code_conformance, response_headers_conformance and
                response_schema_conformance, and at most N examples per operation; the
                operations under /v1/clients and /v1/tenants are left to the next cases
  schemathesis-clients  the same for the operations under /v1/clients, which may disable or
                delete the client the run uses, so they come last
  schemathesis-admin  the same for the operations under /v1/tenants, as the platform
                administrator, at most 500 requests a minute (its client's limit is 600)

The last line printed is `openapi-live: N passed, N failed`; the exit status is 0 only when
every case passed. Python 3.11, standard library only; the tools are separate programs.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
COLLECTION = REPOSITORY / "openapi" / "postman.json"
START_TIMEOUT_SECONDS = 30.0
LISTENING_MESSAGE = "listening for gRPC and HTTP"
# Requests per minute of the schemathesis tenant: far above what a run sends.
RAISED_RATE_LIMIT = 1_000_000
# The operations only a platform administrator may call, run with the administrator's token.
ADMIN_PATHS = "^/v1/tenants"
# The tenant's OAuth clients, the caller's own among them, run after everything else.
CLIENT_PATHS = "^/v1/clients"
ADMIN_RATE = "500/m"
CHECKS = "not_a_server_error,status_code_conformance,response_headers_conformance,response_schema_conformance"
# The only webhook targets the server admits besides public addresses: the receiver below.
ALLOWED_WEBHOOK_CIDRS = "127.0.0.1/32"
# How long the receiver may wait for the delivery of the collection's `webhook.test` event.
DELIVERY_TIMEOUT_SECONDS = 15.0


class SetupFailed(Exception):
    """The server or its data could not be prepared."""


def server_env(database_url: str) -> dict[str, str]:
    """The caller's environment without GLOBEMEET_* settings, plus this run's settings."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("GLOBEMEET_")}
    env.update(
        GLOBEMEET_DATABASE_URL=database_url,
        GLOBEMEET_LISTEN="127.0.0.1:0",
        GLOBEMEET_LOG_FORMAT="json",
        GLOBEMEET_WEBHOOK_ALLOWED_CIDRS=ALLOWED_WEBHOOK_CIDRS,
        RUST_LOG="warn,globemeet=info",
    )
    return env


def bootstrap(binary: Path, env: dict[str, str], *args: str) -> dict:
    result = subprocess.run(
        [str(binary), "admin", "bootstrap", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if result.returncode != 0:
        raise SetupFailed(f"admin bootstrap {' '.join(args)} exited with {result.returncode}:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


class Server:
    """A `globemeet serve` process whose log goes to a file."""

    def __init__(self, binary: Path, env: dict[str, str], log_path: Path):
        self.log_path = log_path
        self.log_file = log_path.open("wb")
        self.process = subprocess.Popen(
            [str(binary), "serve"], env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self.log_file
        )
        self.base_url = ""

    def wait_until_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SetupFailed(f"globemeet serve exited with {self.process.returncode}:\n{self.log_tail()}")
            if not self.base_url:
                self.base_url = self.logged_address()
            if self.base_url:
                try:
                    with urllib.request.urlopen(f"{self.base_url}/healthz", timeout=2) as response:
                        if response.status == 200:
                            return
                except OSError:
                    pass
            time.sleep(0.1)
        raise SetupFailed(f"the server was not ready within {START_TIMEOUT_SECONDS:.0f} s:\n{self.log_tail()}")

    def logged_address(self) -> str:
        for line in self.log_path.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                event = json.loads(line)
            except ValueError:
                continue
            if isinstance(event, dict) and event.get("message") == LISTENING_MESSAGE:
                return f"http://{event.get('address')}"
        return ""

    def log_tail(self, lines: int = 30) -> str:
        text = self.log_path.read_text(encoding="utf-8", errors="replace")
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.log_file.close()


class WebhookReceiver:
    """An HTTP server on 127.0.0.1 that responds to every POST with 204 and records the event
    type of each delivery, read from the envelope's `type`."""

    def __init__(self):
        self.event_types: list[str] = []
        self.delivered = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                self.send_response(204)
                self.end_headers()
                try:
                    event_type = json.loads(body).get("type", "")
                except ValueError:
                    event_type = ""
                with receiver.delivered:
                    receiver.event_types.append(event_type)
                    receiver.delivered.notify_all()

            def log_message(self, format, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/globemeet-webhooks"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def wait_for(self, event_type: str, timeout: float) -> bool:
        with self.delivered:
            return self.delivered.wait_for(lambda: event_type in self.event_types, timeout)

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def request_json(method: str, url: str, body: dict | None = None, token: str = "", form: str = "") -> dict:
    headers = {}
    data = None
    if form:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        data = form.encode()
    elif body is not None:
        headers["Content-Type"] = "application/json"
        data = json.dumps(body).encode()
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as error:
        raise SetupFailed(f"{method} {url} answered {error.code}: {error.read().decode(errors='replace')}") from error


def access_token(base_url: str, credentials: dict) -> str:
    form = urllib.parse.urlencode(
        {
            "grant_type": "client_credentials",
            "client_id": credentials["client_id"],
            "client_secret": credentials["client_secret"],
        }
    )
    return request_json("POST", f"{base_url}/v1/oauth/token", form=form)["access_token"]


def run_newman(
    newman: Path, base_url: str, tenant: dict, admin: dict, receiver: WebhookReceiver, work: Path
) -> bool:
    collection = json.loads(COLLECTION.read_text(encoding="utf-8"))
    values = {
        "baseUrl": base_url,
        "clientId": tenant["client_id"],
        "clientSecret": tenant["client_secret"],
        "adminClientId": admin["client_id"],
        "adminClientSecret": admin["client_secret"],
        "webhookUrl": receiver.url,
    }
    for variable in collection["variable"]:
        if variable["key"] in values:
            variable["value"] = values[variable["key"]]
    path = work / "postman.json"
    path.write_text(json.dumps(collection), encoding="utf-8")
    result = subprocess.run(
        [str(newman), "run", str(path), "--color", "off", "--disable-unicode", "--timeout-request", "10000"],
        cwd=work,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )
    if result.returncode != 0:
        return False
    if not receiver.wait_for("webhook.test", DELIVERY_TIMEOUT_SECONDS):
        print(
            f"error: the receiver got no webhook.test delivery within {DELIVERY_TIMEOUT_SECONDS:.0f} s; "
            f"it received {receiver.event_types or 'nothing'}",
            file=sys.stderr,
            flush=True,
        )
        return False
    print(f"the receiver got {len(receiver.event_types)} deliveries, webhook.test among them", flush=True)
    return True


def run_schemathesis(
    schemathesis: Path, base_url: str, token: str, examples: int, seed: str, work: Path, extra: list[str]
) -> bool:
    command = [
        str(schemathesis),
        "--no-color",
        "run",
        f"{base_url}/v1/openapi.json",
        "--url",
        base_url,
        "--header",
        f"Authorization: Bearer {token}",
        "--checks",
        CHECKS,
        "--max-examples",
        str(examples),
        "--generation-database",
        "none",
        "--request-timeout",
        "10",
        # One worker: Python 3.11 can fail to parse source in two threads at once ("AST
        # constructor recursion depth mismatch"), which hypothesis does while it runs.
        "--workers",
        "1",
        "--suppress-health-check",
        "all",
    ]
    if seed:
        command += ["--seed", seed]
    command += extra
    shown = [f"{base_url}/v1/openapi.json", "--checks", CHECKS, "--max-examples", str(examples), *extra]
    if seed:
        shown += ["--seed", seed]
    print(f"$ schemathesis run {' '.join(shown)}", flush=True)
    # The hooks teach schemathesis to send the audio and video bodies of media uploads.
    env = {**os.environ, "SCHEMATHESIS_HOOKS": str(REPOSITORY / "tests" / "contract" / "schemathesis_hooks.py")}
    result = subprocess.run(command, cwd=work, stdin=subprocess.DEVNULL, timeout=900, env=env)
    return result.returncode == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True, type=Path, help="the globemeet binary")
    parser.add_argument("--newman", required=True, type=Path, help="the newman executable")
    parser.add_argument("--schemathesis", required=True, type=Path, help="the schemathesis executable")
    parser.add_argument("--examples", type=int, default=10, help="schemathesis examples per operation")
    parser.add_argument("--seed", default="", help="schemathesis seed; random when empty")
    parser.add_argument("--only", choices=["newman", "schemathesis"], help="run one case")
    parser.add_argument(
        "--database-url", default="", help="an empty database for the server; a new SQLite file when absent"
    )
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))

    results: dict[str, bool] = {}
    with tempfile.TemporaryDirectory(prefix="globemeet-openapi-") as tmp:
        work = Path(tmp)
        env = server_env(args.database_url or f"sqlite://{work}/globemeet.db")
        env["GLOBEMEET_MEDIA_URL"] = f"file://{work}/media"
        server = None
        receiver = None
        try:
            tenant = bootstrap(args.binary, env, "--tenant", "newman", "--client-id", "newman")
            fuzzed = bootstrap(args.binary, env, "--tenant", "schemathesis", "--client-id", "schemathesis-client")
            admin = bootstrap(args.binary, env, "--platform-admin", "--client-id", "contract-admin")
            receiver = WebhookReceiver()
            server = Server(args.binary, env, work / "serve.log")
            server.wait_until_ready()
            print(f"server ready at {server.base_url}", flush=True)

            if args.only in (None, "newman"):
                results["newman"] = run_newman(args.newman, server.base_url, tenant, admin, receiver, work)
            if args.only in (None, "schemathesis"):
                admin_token = access_token(server.base_url, admin)
                request_json(
                    "PATCH",
                    f"{server.base_url}/v1/tenants/{fuzzed['tenant_id']}",
                    {"rate_limit_per_minute": RAISED_RATE_LIMIT},
                    admin_token,
                )
                token = access_token(server.base_url, fuzzed)
                results["schemathesis"] = run_schemathesis(
                    args.schemathesis, server.base_url, token, args.examples, args.seed, work,
                    ["--exclude-path-regex", f"{ADMIN_PATHS}|{CLIENT_PATHS}"],
                )
                # Last of the tenant's cases: it may disable or delete the client it runs as,
                # after which only 401s come back.
                results["schemathesis-clients"] = run_schemathesis(
                    args.schemathesis, server.base_url, token, args.examples, args.seed, work,
                    ["--include-path-regex", CLIENT_PATHS],
                )
                # The administrator's requests count against the default limit of its client.
                results["schemathesis-admin"] = run_schemathesis(
                    args.schemathesis, server.base_url, admin_token, args.examples, args.seed, work,
                    ["--include-path-regex", ADMIN_PATHS, "--rate-limit", ADMIN_RATE],
                )
        except (SetupFailed, subprocess.TimeoutExpired, OSError) as error:
            print(f"error: {error}", file=sys.stderr, flush=True)
            results.setdefault("setup", False)
        finally:
            if receiver is not None:
                receiver.stop()
            if server is not None:
                server.stop()
                if not all(results.values()):
                    print(f"--- last lines of the server log ---\n{server.log_tail()}", file=sys.stderr, flush=True)

    for name, passed in results.items():
        print(f"{'PASS' if passed else 'FAIL'} {name}", flush=True)
    passed = sum(results.values())
    failed = len(results) - passed
    print(f"openapi-live: {passed} passed, {failed} failed", flush=True)
    return 0 if results and failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
