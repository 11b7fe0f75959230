//! Integration tests: each starts a real server on 127.0.0.1:0 with its own database.

mod agents;
mod auth;
mod cli;
mod lists;
mod members;
mod ops;
mod queues;
mod recordings;
mod rest;
mod support;
mod tls;
mod traffic;
