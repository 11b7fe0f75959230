//! GlobeMeet API server: tonic services over protobuf definitions, with plain HTTP operations
//! routes on the same listener.

pub mod admin;
pub mod auth;
pub mod caller;
pub mod cli;
pub mod clock;
pub mod config;
pub mod db;
pub mod error;
pub mod events;
pub mod http_rule;
pub mod idempotency;
pub mod ids;
pub mod jobs;
pub mod licenses;
pub mod list;
pub mod media;
pub mod metrics;
pub mod object_store;
pub mod openapi;
pub mod ops;
pub mod proto;
pub mod qa;
pub mod ratelimit;
pub mod rest;
pub mod rpc;
pub mod server;
pub mod telemetry;
pub mod webhooks;
