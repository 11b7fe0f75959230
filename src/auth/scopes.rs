//! Scopes, and the scope each RPC needs, derived from its `google.api.http` rule: a GET needs
//! `{collection}:read`, any other method `{collection}:write`.

use std::collections::HashMap;

use prost_reflect::{DescriptorPool, MethodDescriptor};

use crate::http_rule::{self, HttpRule};

/// The scope that allows everything under `/v1/tenants`.
pub const PLATFORM_ADMIN: &str = "platform:admin";

/// The collections whose scopes tenant clients may hold.
pub const TENANT_COLLECTIONS: &[&str] = &[
    "queues",
    "agents",
    "sessions",
    "recordings",
    "scorecards",
    "evaluations",
    "webhooks",
    "clients",
];

/// Every scope a tenant client may hold, `queues:read` through `clients:write`.
pub fn tenant_scopes() -> Vec<String> {
    TENANT_COLLECTIONS
        .iter()
        .flat_map(|collection| [format!("{collection}:read"), format!("{collection}:write")])
        .collect()
}

/// What a caller needs to call one method.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Requirement {
    /// A tenant token holding this scope.
    Scope(String),
    /// Any valid tenant token.
    AnyTenant,
    /// A token holding `platform:admin`.
    PlatformAdmin,
}

/// The requirement of every GlobeMeet RPC, keyed by gRPC path (`/globemeet.v1.QueueService/GetQueue`).
#[derive(Debug, Clone, Default)]
pub struct ScopeTable(HashMap<String, Requirement>);

impl ScopeTable {
    /// Derives the table from the descriptors. A unary RPC without an http rule, or an RPC under
    /// a path with no known scope, is an error: every RPC must be reachable and guarded.
    ///
    /// Streaming RPCs have no http rule (REST has no streams); they take the collection of
    /// their service's other RPCs and count as a GET when they only stream responses, so a
    /// download needs `:read` and an upload `:write`.
    pub fn from_pool(pool: &DescriptorPool) -> Result<Self, String> {
        let mut table = HashMap::new();
        for service in pool
            .services()
            .filter(|service| service.package_name() == "globemeet.v1")
        {
            for method in service.methods() {
                let requirement = match http_rule::of(&method) {
                    Some(rule) => requirement_of(&method, &rule)?,
                    None => streaming_requirement(&method)?,
                };
                table.insert(
                    format!("/{}/{}", service.full_name(), method.name()),
                    requirement,
                );
            }
        }
        Ok(Self(table))
    }

    /// The requirement of a gRPC path, or `None` for paths outside the GlobeMeet services.
    pub fn get(&self, grpc_path: &str) -> Option<&Requirement> {
        self.0.get(grpc_path)
    }
}

/// The requirement of a streaming RPC: that of a GET (server streaming only) or of a write
/// on the collection its service's unary RPCs share.
fn streaming_requirement(method: &MethodDescriptor) -> Result<Requirement, String> {
    if !method.is_client_streaming() && !method.is_server_streaming() {
        return Err(format!(
            "{} has no google.api.http rule",
            method.full_name()
        ));
    }
    let collections: Vec<String> = method
        .parent_service()
        .methods()
        .filter_map(|sibling| http_rule::of(&sibling))
        .map(|rule| collection_of(&rule).to_owned())
        .collect();
    let Some(collection) = collections.first() else {
        return Err(format!(
            "{} streams and its service has no RPC with an http rule to take its scope from",
            method.full_name()
        ));
    };
    if collections.iter().any(|other| other != collection) {
        return Err(format!(
            "{} streams, and its service spans several collections; its scope is ambiguous",
            method.full_name()
        ));
    }
    let method_name = if method.is_client_streaming() {
        "POST"
    } else {
        "GET"
    };
    let rule = HttpRule {
        method: method_name.to_owned(),
        path: format!("/v1/{collection}"),
        body: String::new(),
    };
    requirement_of(method, &rule)
}

/// The first path segment after `/v1/` of a rule, such as `queues`.
fn collection_of(rule: &HttpRule) -> &str {
    rule.path
        .trim_start_matches("/v1/")
        .split(['/', ':'])
        .next()
        .unwrap_or_default()
}

fn requirement_of(method: &MethodDescriptor, rule: &HttpRule) -> Result<Requirement, String> {
    let collection = collection_of(rule);
    let access = if rule.method == "GET" {
        "read"
    } else {
        "write"
    };

    let requirement = match collection {
        "tenants" => Requirement::PlatformAdmin,
        "tenant" | "license" => Requirement::AnyTenant,
        "webhook-events" | "webhook-replays" | "webhook-event-types" => {
            Requirement::Scope(format!("webhooks:{access}"))
        }
        known if TENANT_COLLECTIONS.contains(&known) => {
            Requirement::Scope(format!("{known}:{access}"))
        }
        other => {
            return Err(format!(
                "{} is under /v1/{other}, which has no scope; add the collection to the scope table",
                method.full_name()
            ));
        }
    };
    Ok(requirement)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::DESCRIPTOR_POOL;

    #[test]
    fn scopes_follow_the_http_verb() {
        let table = ScopeTable::from_pool(&DESCRIPTOR_POOL).expect("every RPC has a scope");
        let cases = [
            (
                "/globemeet.v1.QueueService/GetQueue",
                Requirement::Scope("queues:read".into()),
            ),
            (
                "/globemeet.v1.QueueService/ListQueueMembers",
                Requirement::Scope("queues:read".into()),
            ),
            (
                "/globemeet.v1.QueueService/CreateQueue",
                Requirement::Scope("queues:write".into()),
            ),
            (
                "/globemeet.v1.QueueService/BatchAddQueueMembers",
                Requirement::Scope("queues:write".into()),
            ),
            (
                "/globemeet.v1.AgentService/SetAgentPresence",
                Requirement::Scope("agents:write".into()),
            ),
            (
                "/globemeet.v1.ClientService/RotateClientSecret",
                Requirement::Scope("clients:write".into()),
            ),
            (
                "/globemeet.v1.TenantService/ListTenants",
                Requirement::PlatformAdmin,
            ),
            (
                "/globemeet.v1.TenantService/CreateTenantClient",
                Requirement::PlatformAdmin,
            ),
            (
                "/globemeet.v1.TenantService/GetCurrentTenant",
                Requirement::AnyTenant,
            ),
            (
                "/globemeet.v1.RecordingService/GetRecordingMediaUrl",
                Requirement::Scope("recordings:read".into()),
            ),
            (
                "/globemeet.v1.RecordingService/UploadRecordingMedia",
                Requirement::Scope("recordings:write".into()),
            ),
            (
                "/globemeet.v1.RecordingService/DownloadRecordingMedia",
                Requirement::Scope("recordings:read".into()),
            ),
        ];
        for (path, expected) in cases {
            assert_eq!(table.get(path), Some(&expected), "{path}");
        }
        assert_eq!(table.get("/grpc.health.v1.Health/Check"), None);
    }
}
