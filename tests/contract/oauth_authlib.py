#!/usr/bin/env python3
"""Contract check of `POST /v1/oauth/token` against authlib, a third-party OAuth 2.0 client.

Usage: oauth_authlib.py [PATH_TO_GLOBEMEET_BINARY]   (or set GLOBEMEET_BIN)

The script bootstraps a tenant client in a new SQLite database under a temporary directory,
starts `globemeet serve` on a free loopback port, and runs these cases:

  client_secret_basic         authlib fetches a client-credentials token with HTTP Basic
  client_secret_post          the same with client_id and client_secret in the form body
  wrong_secret_basic          a wrong secret sent with HTTP Basic makes authlib raise invalid_client
  wrong_secret_post           the same with the secret in the form body

A token case checks the response fields, verifies the JWT signature with the key from
`GET /v1/oauth/jwks` and checks the claims. The last line printed is
`oauth-authlib: N passed, N failed`; the exit status is 0 only when every case passed.
Requirements: Python 3.11 and the packages pinned in requirements.txt beside this file.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Callable

import requests
from authlib.integrations.requests_client import OAuth2Session
from authlib.integrations.base_client import OAuthError
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

TENANT = "acme"
CLIENT_ID = "acme"
AUDIENCE = "globemeet-api"
ISSUER = "globemeet"
EXPECTED_EXPIRES_IN = 3600
START_TIMEOUT_SECONDS = 20.0
REQUEST_TIMEOUT_SECONDS = 10.0
LISTENING_MESSAGE = "listening for gRPC and HTTP"


class CheckFailed(Exception):
    """A difference between what the server returned and what a case expects."""


def check(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


def server_env(database_url: str) -> dict[str, str]:
    """Returns the caller's environment with the settings of this check.

    Every inherited GLOBEMEET_* variable is removed because it could change the result, as
    GLOBEMEET_TLS_CERT or GLOBEMEET_TOKEN_TTL_SECONDS would."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("GLOBEMEET_")}
    env.update(
        GLOBEMEET_DATABASE_URL=database_url,
        GLOBEMEET_LISTEN="127.0.0.1:0",
        GLOBEMEET_LOG_FORMAT="json",
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
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    if len(lines) != 1:
        raise RuntimeError(f"admin bootstrap printed {len(lines)} lines on stdout, expected 1:\n{result.stdout}")
    credentials = json.loads(lines[0])
    for field in ("tenant_id", "client_id", "client_secret"):
        if not isinstance(credentials.get(field), str) or not credentials[field]:
            raise RuntimeError(f"admin bootstrap output is missing {field}: {lines[0]}")
    if credentials["tenant_id"] != TENANT or credentials["client_id"] != CLIENT_ID:
        raise RuntimeError(f"admin bootstrap printed ids other than {TENANT!r} and {CLIENT_ID!r}: {lines[0]}")
    return credentials


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
            self.fail_if_exited()
            address = self.logged_address()
            if address:
                self.base_url = f"http://{address}"
                break
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"timed out after {START_TIMEOUT_SECONDS:.0f} s waiting for the log line '{LISTENING_MESSAGE}'"
                )
            time.sleep(0.05)

        session = requests.Session()
        session.trust_env = False
        last_problem = ""
        while True:
            self.fail_if_exited()
            try:
                response = session.get(f"{self.base_url}/healthz", timeout=2)
                if response.status_code == 200:
                    return
                last_problem = f"HTTP {response.status_code}"
            except requests.RequestException as error:
                last_problem = str(error)
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"timed out after {START_TIMEOUT_SECONDS:.0f} s waiting for GET /healthz to return 200: {last_problem}"
                )
            time.sleep(0.1)

    def logged_address(self) -> str:
        for line in self.log_path.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                event = json.loads(line)
            except ValueError:
                continue
            if isinstance(event, dict) and event.get("message") == LISTENING_MESSAGE:
                return str(event.get("address", ""))
        return ""

    def fail_if_exited(self) -> None:
        status = self.process.poll()
        if status is not None:
            raise RuntimeError(f"globemeet serve exited with {status} before it was ready")

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
    """The cases, sharing the running server and the bootstrapped credentials."""

    def __init__(self, base_url: str, credentials: dict):
        self.base_url = base_url
        self.token_url = f"{base_url}/v1/oauth/token"
        self.client_id = credentials["client_id"]
        self.client_secret = credentials["client_secret"]
        self.tenant_id = credentials["tenant_id"]
        self.last_response: requests.Response | None = None

    def session(self, auth_method: str, secret: str) -> OAuth2Session:
        # trust_env=False keeps proxy variables from routing loopback requests elsewhere.
        session = OAuth2Session(
            client_id=self.client_id,
            client_secret=secret,
            token_endpoint_auth_method=auth_method,
            default_timeout=REQUEST_TIMEOUT_SECONDS,
            trust_env=False,
        )
        session.register_compliance_hook("access_token_response", self.keep_response)
        return session

    def keep_response(self, response: requests.Response) -> requests.Response:
        self.last_response = response
        return response

    def fetch(self, auth_method: str, secret: str):
        self.last_response = None
        with self.session(auth_method, secret) as session:
            return session.fetch_token(self.token_url, grant_type="client_credentials")

    def check_sent_with(self, auth_method: str) -> None:
        """Checks that authlib sent the credentials the way the case intends."""
        check(self.last_response is not None, "authlib made no token request")
        request = self.last_response.request
        authorization = request.headers.get("Authorization", "")
        body = request.body or ""
        if isinstance(body, bytes):
            body = body.decode("utf-8")
        if auth_method == "client_secret_basic":
            check(authorization.startswith("Basic "), f"no HTTP Basic header was sent: {authorization!r}")
            check("client_secret=" not in body, "the secret was also sent in the body")
        else:
            check(not authorization, f"an Authorization header was sent: {authorization!r}")
            check("client_id=" in body, f"the body is missing client_id: {body!r}")
            check("client_secret=" in body, f"the body is missing client_secret: {body!r}")
        check(
            request.headers.get("Content-Type", "").startswith("application/x-www-form-urlencoded"),
            f"unexpected request content type {request.headers.get('Content-Type')!r}",
        )
        check("grant_type=client_credentials" in body, f"the body is missing grant_type: {body!r}")

    def jwks(self) -> dict:
        """Returns the JSON Web Key Set document of `GET /v1/oauth/jwks`."""
        with requests.Session() as session:
            session.trust_env = False
            response = session.get(f"{self.base_url}/v1/oauth/jwks", timeout=REQUEST_TIMEOUT_SECONDS)
        check(response.status_code == 200, f"GET /v1/oauth/jwks returned HTTP {response.status_code}")
        document = response.json()
        check(isinstance(document.get("keys"), list) and document["keys"], f"the JWKS has no keys: {document}")
        return document

    def token_case(self, auth_method: str) -> None:
        token = self.fetch(auth_method, self.client_secret)
        self.check_sent_with(auth_method)
        response = self.last_response
        check(response.status_code == 200, f"token response HTTP {response.status_code}")
        cache_control = response.headers.get("Cache-Control", "")
        check("no-store" in cache_control.lower(), f"Cache-Control is {cache_control!r}, RFC 6749 5.1 requires no-store")

        access_token = token.get("access_token")
        check(isinstance(access_token, str) and access_token, f"no access_token in {dict(token)}")
        token_type = token.get("token_type")
        check(isinstance(token_type, str) and token_type.lower() == "bearer", f"token_type is {token_type!r}")
        expires_in = token.get("expires_in")
        check(expires_in == EXPECTED_EXPIRES_IN, f"expires_in is {expires_in!r}, expected {EXPECTED_EXPIRES_IN}")

        self.check_jwt(access_token, expires_in)

    def check_jwt(self, access_token: str, expires_in: int) -> None:
        """Verifies the token's signature with the JWKS and checks its header and claims."""
        # NOTE: the token is not sent to an authenticated endpoint, because the server has no
        # REST route yet and its gRPC methods would need a Python gRPC client.
        check(access_token.count(".") == 2, "the access token is not a compact JWS")
        document = self.jwks()
        key_ids = [key.get("kid") for key in document["keys"]]
        try:
            # The server signs with EdDSA (RFC 8037); joserfc warns that RFC 9864 deprecates
            # that name, which this check expects and does not need to print.
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                decoded = jwt.decode(access_token, KeySet.import_key_set(document), algorithms=["EdDSA"])
        except JoseError as error:
            raise CheckFailed(f"the JWT does not verify with the JWKS: {error!r}") from error
        header, claims = decoded.header, decoded.claims

        check(header.get("alg") == "EdDSA", f"JWT alg is {header.get('alg')!r}, expected EdDSA")
        check(header.get("kid") in key_ids, f"JWT kid {header.get('kid')!r} is not in the JWKS kids {key_ids}")
        check(claims.get("aud") == AUDIENCE, f"aud is {claims.get('aud')!r}, expected {AUDIENCE!r}")
        check(claims.get("sub") == self.client_id, f"sub is {claims.get('sub')!r}, expected {self.client_id!r}")
        check(
            claims.get("tenant_id") == self.tenant_id,
            f"tenant_id is {claims.get('tenant_id')!r}, expected {self.tenant_id!r}",
        )
        check(claims.get("iss") == ISSUER, f"iss is {claims.get('iss')!r}, expected {ISSUER!r}")
        issued_at, expires_at = claims.get("iat"), claims.get("exp")
        check(isinstance(issued_at, int), f"iat is not an integer: {issued_at!r}")
        check(isinstance(expires_at, int), f"exp is not an integer: {expires_at!r}")
        check(abs(issued_at - time.time()) < 120, f"iat {issued_at} is far from the local clock")
        check(expires_at - issued_at == expires_in, f"exp - iat is {expires_at - issued_at}, expires_in is {expires_in}")

    def wrong_secret_case(self, auth_method: str) -> None:
        wrong = self.client_secret[:-1] + ("A" if self.client_secret[-1] != "A" else "B")
        try:
            token = self.fetch(auth_method, wrong)
        except OAuthError as error:
            check(error.error == "invalid_client", f"authlib raised error {error.error!r}, expected invalid_client")
        else:
            raise CheckFailed(f"a wrong secret got a token response with the fields {sorted(token)}")
        self.check_sent_with(auth_method)
        response = self.last_response
        if auth_method == "client_secret_basic":
            # RFC 6749 5.2: a client that used the Authorization header gets 401 and a challenge.
            check(response.status_code == 401, f"HTTP {response.status_code}, expected 401")
            challenge = response.headers.get("WWW-Authenticate", "")
            check(challenge.lower().startswith("basic"), f"WWW-Authenticate is {challenge!r}, expected a Basic challenge")
        else:
            check(response.status_code in (400, 401), f"HTTP {response.status_code}, expected 400 or 401")


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


# Each case: its name, the Contract method that runs it and the authentication method it uses.
CASES = [
    ("client_secret_basic", Contract.token_case, "client_secret_basic"),
    ("client_secret_post", Contract.token_case, "client_secret_post"),
    ("wrong_secret_basic", Contract.wrong_secret_case, "client_secret_basic"),
    ("wrong_secret_post", Contract.wrong_secret_case, "client_secret_post"),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary", nargs="?", default=os.environ.get("GLOBEMEET_BIN"),
                        help="path of the globemeet binary (default: $GLOBEMEET_BIN)")
    args = parser.parse_args()
    if not args.binary:
        parser.error("give the globemeet binary as an argument or in GLOBEMEET_BIN")
    binary = Path(args.binary).resolve()
    if not (binary.is_file() and os.access(binary, os.X_OK)):
        parser.error(f"{binary} is not an executable file")

    # SIGTERM (as from a CI time-out) raises SystemExit, so the server is still stopped below.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))

    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="globemeet-oauth-") as tmp:
        env = server_env(f"sqlite://{tmp}/globemeet.db")
        server = None
        try:
            credentials = bootstrap(binary, env)
            server = Server(binary, env, Path(tmp) / "serve.log")
            server.wait_until_ready()
            print(f"server ready at {server.base_url}", flush=True)
            contract = Contract(server.base_url, credentials)
            passed, failed = run_cases(
                [(name, lambda run=run, method=method: run(contract, method)) for name, run, method in CASES]
            )
        except Exception as error:  # noqa: BLE001 - a set-up failure fails every case
            print(f"error: set-up failed: {type(error).__name__}: {error}", file=sys.stderr, flush=True)
            for name, _, _ in CASES:
                print(f"FAIL {name}: not run, set-up failed", flush=True)
            passed, failed = 0, len(CASES)
        finally:
            if server is not None:
                server.stop()
        # The log is read before the temporary directory is deleted.
        if failed and server is not None:
            print(f"--- last lines of the server log ---\n{server.log_tail()}", file=sys.stderr, flush=True)

    if passed + failed == 0:
        print("error: no case ran", file=sys.stderr)
        failed = 1
    print(f"oauth-authlib: {passed} passed, {failed} failed", flush=True)
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
