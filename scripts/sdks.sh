#!/usr/bin/env bash
# Generates the TypeScript, Python, Go and Java SDKs from the protos, builds them, and runs each
# language's smoke test against a GlobeMeet server that it starts on loopback.
#
# Usage: scripts/sdks.sh [--check] [STEP...]
#   tools     install the pinned generators and each SDK's dependencies (outside the clone,
#             apart from sdks/typescript/node_modules, which npm restores from its cache)
#   generate  delete the generated code and run `buf generate` (buf.gen.yaml at the root)
#   build     compile the four SDKs and their smoke tests
#   smoke     build the server with cargo, start it on 127.0.0.1 with a new SQLite database,
#             create a tenant, and run the smoke test of each SDK against it
# Without a STEP all four run in that order. With --check, `generate` fails when the generated
# code differs from the committed code: the protos changed without a regeneration, or the
# output of the generators is not reproducible.
#
# Environment:
#   GLOBEMEET_TOOLS_DIR  where generators and dependencies are installed
#                        (default /var/cache/globemeet-tools)
#   GLOBEMEET_SDKS       the SDKs to build and smoke-test (default "typescript python go java");
#                        generation always covers all four
#   GLOBEMEET_BINARY     a globemeet binary to smoke-test instead of one built by cargo
#   CARGO_TARGET_DIR     cargo's target directory (default: target/ in the clone)

set -euo pipefail

# Generator versions. ts-proto is pinned in sdks/typescript/package.json and its lock file.
readonly BUF_VERSION="1.75.0"
readonly GRPCIO_TOOLS_VERSION="1.85.1"
readonly PROTOC_GEN_GO_VERSION="v1.36.12"
readonly PROTOC_GEN_GO_GRPC_VERSION="v1.6.2"
readonly PROTOC_JAVA_VERSION="3.25.9"
# The newest linux-x86_64 build of io.grpc:protoc-gen-grpc-java that Maven Central serves to this
# build: it does not serve that file for 1.84.0, 1.84.2, 1.85.0 or 1.85.1. Stubs from it run on
# any later grpc-java 1.x runtime, such as the one sdks/java/pom.xml names.
readonly PROTOC_GEN_GRPC_JAVA_VERSION="1.83.1"
readonly MAVEN_DEPENDENCY_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"

readonly ALL_STEPS="tools generate build smoke"
readonly ALL_SDKS="typescript python go java"
readonly GENERATED_DIRS=(
    sdks/typescript/src/gen
    sdks/python/src/globemeet/v1
    sdks/go/globemeet/v1
    sdks/java/src/main/java/io/globemeet/api/v1
)

readonly TOOLS_DIR="${GLOBEMEET_TOOLS_DIR:-/var/cache/globemeet-tools}"
readonly GEN_DIR="$TOOLS_DIR/sdkgen"
readonly GEN_BIN="$GEN_DIR/bin"
readonly GEN_VENV="$GEN_DIR/venv-grpcio-tools-$GRPCIO_TOOLS_VERSION"
readonly PY_VENV="$TOOLS_DIR/sdk-python-venv"
# protoc-gen-grpc-java has no --version flag, so each version gets a folder of its own.
readonly GRPC_JAVA_BIN="$GEN_DIR/protoc-gen-grpc-java-$PROTOC_GEN_GRPC_JAVA_VERSION"
readonly BUF="$TOOLS_DIR/node_modules/.bin/buf"
readonly CARGO_TARGET="${CARGO_TARGET_DIR:-target}"
export GOBIN="$GEN_DIR/go-bin"
export npm_config_update_notifier="false"
export npm_config_fund="false"
export npm_config_audit="false"

SDKS="${GLOBEMEET_SDKS:-$ALL_SDKS}"
CHECK=""
WORK_DIR=""
SERVER_PID=""

log() {
    printf '%s\n' "$*"
}

die() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

sdk_selected() {
    [[ " $SDKS " == *" $1 "* ]]
}

cleanup() {
    if [[ -n "$SERVER_PID" ]]; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    if [[ -n "$WORK_DIR" ]]; then
        rm -rf "$WORK_DIR"
    fi
}

# Prints the seconds since the EPOCHREALTIME value $1, with one decimal.
seconds_since() {
    local elapsed_us=$(( ${EPOCHREALTIME//[.,]/} - ${1//[.,]/} ))
    printf '%d.%d' $(( elapsed_us / 1000000 )) $(( elapsed_us / 100000 % 10 ))
}

# Runs Maven quietly. Debian's Maven prints ANSI reset codes even in batch mode; sed drops them,
# and pipefail keeps Maven's exit status.
mvn_quiet() {
    mvn -B -q -Dstyle.color=never "$@" 2>&1 | sed -e 's/\x1b\[0m//g'
}

# The generators on PATH: protoc-java, protoc-gen-grpc-java, protoc-gen-go(-grpc), and the Python
# of the grpcio-tools virtualenv, which runs scripts/sdkgen/protoc-gen-python-grpcio.
generator_path() {
    printf '%s' "$GEN_BIN:$GRPC_JAVA_BIN:$GOBIN:$GEN_VENV/bin:$PATH"
}

# ---------------------------------------------------------------------------------------------
# Step tools

install_buf() {
    if [[ -x "$BUF" && "$("$BUF" --version 2>/dev/null)" == "$BUF_VERSION" ]]; then
        return 0
    fi
    mkdir -p "$TOOLS_DIR"
    npm install --prefix "$TOOLS_DIR" --no-audit --no-fund --save-exact "@bufbuild/buf@$BUF_VERSION"
}

install_node_packages() {
    # ts-proto, TypeScript and the SDK's runtime packages, exactly as package-lock.json says.
    (cd sdks/typescript && npm ci --prefer-offline --no-audit --no-fund --loglevel=error)
}

install_grpcio_tools() {
    if [[ -x "$GEN_VENV/bin/python" ]] \
        && "$GEN_VENV/bin/python" -c 'import grpc_tools.protoc' >/dev/null 2>&1; then
        return 0
    fi
    rm -rf "$GEN_VENV"
    mkdir -p "$GEN_DIR"
    python3 -m venv "$GEN_VENV"
    "$GEN_VENV/bin/python" -m pip install --disable-pip-version-check --no-input -q \
        "grpcio-tools==$GRPCIO_TOOLS_VERSION"
}

# Installs $1 (a package path) at version $2 into GOBIN unless `$3 --version` already prints $4.
go_install() {
    local package="$1" version="$2" binary="$3" expected="$4"
    if [[ -x "$GOBIN/$binary" && "$("$GOBIN/$binary" --version 2>/dev/null)" == "$expected" ]]; then
        return 0
    fi
    go install "$package@$version"
}

install_protoc_java() {
    local binary="$GEN_BIN/protoc-java"
    if [[ -x "$binary" && "$("$binary" --version 2>/dev/null)" == "libprotoc ${PROTOC_JAVA_VERSION#3.}" ]]; then
        return 0
    fi
    local coordinates="com.google.protobuf:protoc:$PROTOC_JAVA_VERSION:exe:linux-x86_64"
    local download
    download="$(mktemp -d)"
    mvn_quiet "$MAVEN_DEPENDENCY_PLUGIN:copy" -Dartifact="$coordinates" \
        -DoutputDirectory="$download"
    mkdir -p "$GEN_BIN"
    install -m 0755 "$download/protoc-$PROTOC_JAVA_VERSION-linux-x86_64.exe" "$binary"
    rm -rf "$download"
}

install_protoc_gen_grpc_java() {
    local binary="$GRPC_JAVA_BIN/protoc-gen-grpc-java"
    if [[ -x "$binary" ]]; then
        return 0
    fi
    local coordinates="io.grpc:protoc-gen-grpc-java:$PROTOC_GEN_GRPC_JAVA_VERSION:exe:linux-x86_64"
    local download
    download="$(mktemp -d)"
    mvn_quiet "$MAVEN_DEPENDENCY_PLUGIN:copy" -Dartifact="$coordinates" \
        -DoutputDirectory="$download"
    mkdir -p "$GRPC_JAVA_BIN"
    install -m 0755 "$download/protoc-gen-grpc-java-$PROTOC_GEN_GRPC_JAVA_VERSION-linux-x86_64.exe" \
        "$binary"
    rm -rf "$download"
}

# Creates the smoke-test virtualenv with the build backend that sdks/python/pyproject.toml
# pins, so that wheels build without an isolated environment of their own each time.
install_python_sdk_environment() {
    if [[ ! -x "$PY_VENV/bin/python" ]] || ! "$PY_VENV/bin/python" -c 'import sys' >/dev/null 2>&1; then
        rm -rf "$PY_VENV"
        python3 -m venv "$PY_VENV"
    fi
    local backend
    backend="$(sed -n 's/^requires = \["\(hatchling==[^"]*\)"\]$/\1/p' sdks/python/pyproject.toml)"
    [[ -n "$backend" ]] || die "sdks/python/pyproject.toml does not pin hatchling in [build-system] requires"
    if [[ "$("$PY_VENV/bin/python" -m pip show hatchling 2>/dev/null | sed -n 's/^Version: //p')" != "${backend#hatchling==}" ]]; then
        "$PY_VENV/bin/python" -m pip install --disable-pip-version-check --no-input -q "$backend"
    fi
}

step_tools() {
    install_buf
    install_node_packages
    install_grpcio_tools
    go_install google.golang.org/protobuf/cmd/protoc-gen-go "$PROTOC_GEN_GO_VERSION" \
        protoc-gen-go "protoc-gen-go $PROTOC_GEN_GO_VERSION"
    go_install google.golang.org/grpc/cmd/protoc-gen-go-grpc "$PROTOC_GEN_GO_GRPC_VERSION" \
        protoc-gen-go-grpc "protoc-gen-go-grpc ${PROTOC_GEN_GO_GRPC_VERSION#v}"
    install_protoc_java
    install_protoc_gen_grpc_java
    if sdk_selected python; then
        install_python_sdk_environment
    fi
    log "buf $("$BUF" --version); ts-proto $(node -p 'require("./sdks/typescript/node_modules/ts-proto/package.json").version');" \
        "grpcio-tools $("$GEN_VENV/bin/python" -m pip show grpcio-tools 2>/dev/null | sed -n 's/^Version: //p')" \
        "($("$GEN_VENV/bin/python" -m grpc_tools.protoc --version));" \
        "$("$GOBIN/protoc-gen-go" --version); $("$GOBIN/protoc-gen-go-grpc" --version);" \
        "protoc-java $("$GEN_BIN/protoc-java" --version);" \
        "protoc-gen-grpc-java $PROTOC_GEN_GRPC_JAVA_VERSION"
}

# ---------------------------------------------------------------------------------------------
# Step generate

step_generate() {
    [[ -x "$BUF" ]] || die "buf is not installed in $TOOLS_DIR; run: scripts/sdks.sh tools"
    [[ -x sdks/typescript/node_modules/.bin/protoc-gen-ts_proto ]] \
        || die "ts-proto is not installed in sdks/typescript/node_modules; run: scripts/sdks.sh tools"
    [[ -x "$GRPC_JAVA_BIN/protoc-gen-grpc-java" ]] \
        || die "protoc-gen-grpc-java $PROTOC_GEN_GRPC_JAVA_VERSION is not installed in $GRPC_JAVA_BIN; run: scripts/sdks.sh tools"
    rm -rf "${GENERATED_DIRS[@]}"
    PATH="$(generator_path)" "$BUF" generate
    if [[ -n "$CHECK" ]]; then
        local changes
        changes="$(git status --porcelain --untracked-files=all -- "${GENERATED_DIRS[@]}")"
        if [[ -n "$changes" ]]; then
            printf '%s\n' "$changes" | head -n 40 >&2
            die "the generated SDK code differs from the committed code (listed above); run scripts/sdks.sh generate and commit the result"
        fi
        log "generated code matches the committed code"
    fi
}

# ---------------------------------------------------------------------------------------------
# Step build

build_typescript() {
    (cd sdks/typescript && npm run --silent build && npx --no-install tsc -p smoke/tsconfig.json)
}

# Builds the wheel and installs it, with its dependencies at the versions of constraints.txt,
# into the smoke-test virtualenv.
build_python() {
    install_python_sdk_environment
    local wheels
    wheels="$(mktemp -d)"
    "$PY_VENV/bin/python" -m pip wheel --disable-pip-version-check --no-input -q --no-deps \
        --no-build-isolation -w "$wheels" ./sdks/python
    local wheel
    wheel="$(find "$wheels" -name 'globemeet-*.whl' | head -n 1)"
    [[ -n "$wheel" ]] || die "pip built no wheel from sdks/python"
    "$PY_VENV/bin/python" -m pip install --disable-pip-version-check --no-input -q \
        -c sdks/python/constraints.txt "$wheel"
    "$PY_VENV/bin/python" -m pip install --disable-pip-version-check --no-input -q \
        --no-deps --force-reinstall "$wheel"
    rm -rf "$wheels"
}

build_go() {
    (cd sdks/go && go build ./... && go vet ./...)
}

build_java() {
    (cd sdks/java && mvn_quiet package \
        "$MAVEN_DEPENDENCY_PLUGIN:build-classpath" -Dmdep.outputFile=target/classpath.txt)
}

step_build() {
    local sdk started
    for sdk in $ALL_SDKS; do
        if sdk_selected "$sdk"; then
            started="$EPOCHREALTIME"
            "build_$sdk"
            log "built $sdk in $(seconds_since "$started") s"
        fi
    done
}

# ---------------------------------------------------------------------------------------------
# Step smoke

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Copies the server binary to the private work directory: the shared target directory may be
# rebuilt by someone else while the smoke tests run.
server_binary() {
    if [[ -n "${GLOBEMEET_BINARY:-}" ]]; then
        cp "$GLOBEMEET_BINARY" "$WORK_DIR/globemeet"
    else
        cargo build --locked
        cp "$CARGO_TARGET/debug/globemeet" "$WORK_DIR/globemeet"
    fi
}

start_server() {
    local port="$1"
    export GLOBEMEET_LISTEN="127.0.0.1:$port"
    export GLOBEMEET_DATABASE_URL="sqlite://$WORK_DIR/globemeet.db"
    export GLOBEMEET_MEDIA_URL="file://$WORK_DIR/media"
    "$WORK_DIR/globemeet" serve >"$WORK_DIR/server.log" 2>&1 &
    SERVER_PID=$!
    local attempt
    for (( attempt = 0; attempt < 300; attempt++ )); do
        if curl -fsS -o /dev/null "http://127.0.0.1:$port/readyz" 2>/dev/null; then
            return 0
        fi
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            tail -n 30 "$WORK_DIR/server.log" >&2
            die "the server exited before it was ready; log above"
        fi
        sleep 0.1
    done
    tail -n 30 "$WORK_DIR/server.log" >&2
    die "the server on 127.0.0.1:$port was not ready after 30 s; log above"
}

smoke_typescript() {
    (cd sdks/typescript && node dist-smoke/smoke.js)
}

smoke_python() {
    "$PY_VENV/bin/python" sdks/python/smoke/smoke.py
}

smoke_go() {
    (cd sdks/go && go run ./internal/smoke)
}

smoke_java() {
    (cd sdks/java && java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
        io.globemeet.api.smoke.Smoke)
}

step_smoke() {
    WORK_DIR="$(mktemp -d /tmp/globemeet-sdks.XXXXXX)"
    server_binary
    # The tenant and client exist before the server starts; bootstrap applies the migrations.
    GLOBEMEET_DATABASE_URL="sqlite://$WORK_DIR/globemeet.db" \
        "$WORK_DIR/globemeet" admin bootstrap --tenant acme --client-id acme >"$WORK_DIR/client.json"
    local port
    port="$(free_port)"
    start_server "$port"
    log "server on 127.0.0.1:$port (log: $WORK_DIR/server.log)"

    export GLOBEMEET_ENDPOINT="127.0.0.1:$port"
    GLOBEMEET_CLIENT_ID="$(python3 -c 'import json, sys; print(json.load(sys.stdin)["client_id"])' <"$WORK_DIR/client.json")"
    GLOBEMEET_CLIENT_SECRET="$(python3 -c 'import json, sys; print(json.load(sys.stdin)["client_secret"])' <"$WORK_DIR/client.json")"
    export GLOBEMEET_CLIENT_ID GLOBEMEET_CLIENT_SECRET

    local sdk started passed=0 failed=0 failures=""
    for sdk in $ALL_SDKS; do
        if ! sdk_selected "$sdk"; then
            continue
        fi
        started="$EPOCHREALTIME"
        log "-- smoke $sdk"
        if "smoke_$sdk"; then
            passed=$(( passed + 1 ))
            log "-- smoke $sdk passed in $(seconds_since "$started") s"
        else
            failed=$(( failed + 1 ))
            failures="$failures $sdk"
            log "-- smoke $sdk FAILED after $(seconds_since "$started") s"
        fi
    done
    log "sdks: $passed passed, $failed failed"
    if (( failed > 0 )); then
        tail -n 20 "$WORK_DIR/server.log" >&2
        die "smoke tests failed:$failures"
    fi
}

# ---------------------------------------------------------------------------------------------
# Main

STEPS=""
for arg in "$@"; do
    case "$arg" in
        --check) CHECK=1 ;;
        -h|--help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *)
            [[ " $ALL_STEPS " == *" $arg "* ]] || die "unknown step '$arg'; steps: $ALL_STEPS"
            STEPS="$STEPS $arg"
            ;;
    esac
done
STEPS="${STEPS:-$ALL_STEPS}"
for sdk in $SDKS; do
    [[ " $ALL_SDKS " == *" $sdk "* ]] || die "unknown SDK '$sdk' in GLOBEMEET_SDKS; SDKs: $ALL_SDKS"
done

cd "$(dirname "${BASH_SOURCE[0]}")/.."
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

for step in $ALL_STEPS; do
    if [[ " $STEPS " == *" $step "* ]]; then
        started="$EPOCHREALTIME"
        log "== sdks $step"
        "step_$step"
        log "== sdks $step: $(seconds_since "$started") s"
    fi
done
