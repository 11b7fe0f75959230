//! GlobeMeet API server: tonic services over protobuf definitions, with plain HTTP operations
//! routes on the same listener.

pub mod caller;
pub mod cli;
pub mod config;
pub mod db;
pub mod error;
pub mod ids;
pub mod metrics;
pub mod ops;
pub mod proto;
pub mod rpc;
pub mod server;
pub mod telemetry;
