#!/usr/bin/env bash
# Builds the release server binary and runs the request-path benchmark against it.
# `cargo bench` builds target/release/globemeet itself, with the bench profile, which inherits the
# release settings, so a separate `cargo build --release` would only compile the crate twice.
# The benchmark pins the server to CPU 1 and itself to CPU 0 with taskset, and sends traffic only
# to 127.0.0.1. It needs two CPUs and runs for about 40 seconds once built.
# GLOBEMEET_BENCH_CONCURRENCY, GLOBEMEET_BENCH_WARMUP_SECS and GLOBEMEET_BENCH_MEASURE_SECS
# change the load; BENCHMARKS.md describes the defaults.
set -euo pipefail

cd "$(dirname "$0")/.."

if ! command -v taskset >/dev/null; then
    echo "taskset (util-linux) is needed to pin the server and the harness" >&2
    exit 1
fi

cargo bench --bench request_path
