//! Event types: what happened to a tenant's resources, recorded in the same transaction as the
//! change and delivered to webhook endpoints.

/// Every event type, with what it reports. `GET /v1/webhook-event-types` lists them.
pub const EVENT_TYPES: &[(&str, &str)] = &[
    ("session.created", "A session entered a queue."),
    ("session.offered", "A session was offered to an agent."),
    ("session.connected", "An agent accepted a session."),
    ("session.held", "A connected session was put on hold."),
    ("session.resumed", "A held session was taken off hold."),
    ("session.wrap_up", "A session moved to wrap-up."),
    ("session.transferred", "A session moved to another queue."),
    ("session.ended", "A session ended."),
    ("agent.presence_changed", "An agent's presence changed."),
    (
        "recording.completed",
        "A recording's media became available.",
    ),
    (
        "qa_score.recorded",
        "An evaluation was submitted with its score.",
    ),
    (
        "queue.overflow",
        "A session overflowed its queue and got the queue's overflow action.",
    ),
    (
        "license.expiring",
        "A license reached an expiry threshold (30, 7 or 1 days).",
    ),
    ("license.expired", "A license expired."),
    (
        "webhook.endpoint_disabled",
        "A webhook endpoint was disabled: it failed for 5 days or answered 410 Gone.",
    ),
    ("webhook.test", "A test event requested through :test."),
];

/// Whether `event_type` is a defined event type.
pub fn is_known(event_type: &str) -> bool {
    EVENT_TYPES.iter().any(|(name, _)| *name == event_type)
}

/// Returns whether a subscription pattern takes `event_type`: the exact type, or a `prefix.*`
/// pattern such as `session.*` for the types under that prefix.
pub fn pattern_matches(pattern: &str, event_type: &str) -> bool {
    match pattern.strip_suffix(".*") {
        Some(prefix) => event_type
            .strip_prefix(prefix)
            .is_some_and(|rest| rest.starts_with('.')),
        None => pattern == event_type,
    }
}

/// Returns whether a subscription pattern is an event type or the prefix of at least one.
pub fn is_valid_pattern(pattern: &str) -> bool {
    EVENT_TYPES
        .iter()
        .any(|(name, _)| pattern_matches(pattern, name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_match_exact_types_and_prefixes() {
        assert!(pattern_matches("session.ended", "session.ended"));
        assert!(pattern_matches("session.*", "session.ended"));
        assert!(!pattern_matches("session.*", "sessions.ended"));
        assert!(!pattern_matches("session", "session.ended"));
        assert!(!pattern_matches("session.ended", "session.ended_x"));
        assert!(is_valid_pattern("license.*"));
        assert!(is_valid_pattern("qa_score.recorded"));
        assert!(!is_valid_pattern("lisense.*"));
        assert!(!is_valid_pattern("*"));
    }
}
