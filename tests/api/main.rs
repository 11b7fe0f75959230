//! Integration tests: each starts a real server on 127.0.0.1:0 with its own database.

mod agents;
mod auth;
mod cli;
mod evaluations;
mod licenses;
mod lists;
mod members;
mod openapi;
mod ops;
mod queues;
mod receiver;
mod recordings;
mod rest;
mod scorecards;
mod sessions;
mod support;
mod tls;
mod traffic;
mod webhook_bench;
mod webhook_crash;
mod webhook_delivery;
mod webhooks;
