//! Example request bodies, made from the descriptors: the fields a request must carry, with
//! values the server accepts. The Postman collection sends them.
//!
//! Most values follow from a field's type and name. A few messages need values that no
//! descriptor states (which answers fit which questions); [`OVERLAYS`] lists them.

use prost_reflect::{FieldDescriptor, Kind, MessageDescriptor};
use serde_json::{Map, Value, json};

use super::schema::{Form, has_behavior, is_required};
use crate::proto::json::short_enum_name;

/// The depth of nested messages below which examples stop.
const MAX_DEPTH: usize = 4;

/// Fields added to the examples of a message, by its full name, beyond its required fields.
/// They are JSON as the REST surface reads it and follow the same rules as generated values
/// (`QUESTION_42` is the id the generated question of a scorecard has).
const OVERLAYS: &[(&str, &str)] = &[(
    // An evaluation can only be submitted with every question answered. The agent is named
    // because a transferred session no longer has one to take it from.
    "globemeet.v1.Evaluation",
    r#"{"agent_id": "AGENT_42", "answers": [{"question_id": "QUESTION_42", "yes_no": true}]}"#,
)];

/// A timestamp in the past, so that a range a request starts with it contains data.
const PAST_TIME: &str = "2020-01-01T00:00:00Z";

/// A timestamp in the future, for fields named after an expiry (`expires_at`).
const FUTURE_TIME: &str = "2030-01-01T00:00:00Z";

/// A URL in a documentation range (192.0.2.0/24, RFC 5737). The webhook SSRF guard rejects it,
/// so an example sent unchanged makes the server contact no host.
const EXAMPLE_URL: &str = "https://192.0.2.10/globemeet";

/// Returns an example of `message` in `form`: the required fields that a client writes, less
/// the path fields of a body, plus the message's overlay. A PATCH body leaves out the
/// immutable fields, and without required fields it gets the first writable text field, so
/// the example changes something.
pub fn message(message: &MessageDescriptor, form: &Form) -> Value {
    let excluded: &[String] = match form {
        Form::Body(excluded) => excluded,
        _ => &[],
    };
    let partial = *form == Form::Partial;
    let mut example = fields(message, excluded, partial, 0);
    if partial
        && example.is_empty()
        && let Some(field) = message.fields().find(|field| {
            matches!(field.kind(), Kind::String)
                && !field.is_list()
                && client_sets(field)
                && !has_behavior(field, "IMMUTABLE")
                && field.name() != "etag"
        })
    {
        example.insert(field.name().to_owned(), self::field(&field));
    }
    Value::Object(example)
}

/// Returns an example value of one field.
pub fn field(field: &FieldDescriptor) -> Value {
    field_at(field, 0)
}

/// Returns the required fields a client writes and the overlay of `message`, less `excluded`
/// and, in a PATCH body (`partial`), less the immutable fields.
fn fields(
    message: &MessageDescriptor,
    excluded: &[String],
    partial: bool,
    depth: usize,
) -> Map<String, Value> {
    let writable = |field: &FieldDescriptor| {
        client_sets(field)
            && !excluded.iter().any(|name| name == field.name())
            && !(partial && has_behavior(field, "IMMUTABLE"))
    };
    let mut example: Map<String, Value> = message
        .fields()
        .filter(|field| is_required(field) && writable(field))
        .map(|field| (field.name().to_owned(), field_at(&field, depth)))
        .collect();
    for (name, value) in overlay(message) {
        if message
            .get_field_by_name(&name)
            .is_some_and(|field| writable(&field))
        {
            example.insert(name, value);
        }
    }
    example
}

/// Returns the fields [`OVERLAYS`] adds to the examples of `message`.
fn overlay(message: &MessageDescriptor) -> Map<String, Value> {
    OVERLAYS
        .iter()
        .find(|(name, _)| *name == message.full_name())
        .map(|(_, text)| serde_json::from_str(text).expect("an overlay is a JSON object"))
        .unwrap_or_default()
}

fn client_sets(field: &FieldDescriptor) -> bool {
    !has_behavior(field, "OUTPUT_ONLY")
}

fn field_at(field: &FieldDescriptor, depth: usize) -> Value {
    if field.is_map() {
        return json!({});
    }
    if field.is_list() {
        let singular = super::singular(field.name());
        return json!([single(field, &singular, depth)]);
    }
    single(field, field.name(), depth)
}

/// Returns an example value of one element of `field`, named `name` (singular for a list).
fn single(field: &FieldDescriptor, name: &str, depth: usize) -> Value {
    match field.kind() {
        Kind::String => json!(text_example(field, name)),
        Kind::Bytes => json!("AA=="),
        Kind::Bool => json!(false),
        Kind::Int32 | Kind::Sint32 | Kind::Sfixed32 | Kind::Uint32 | Kind::Fixed32 => json!(1),
        Kind::Int64 | Kind::Sint64 | Kind::Sfixed64 | Kind::Uint64 | Kind::Fixed64 => json!("1"),
        Kind::Float | Kind::Double => json!(1.0),
        Kind::Enum(descriptor) => descriptor
            .values()
            .find(|value| value.number() != 0)
            .map(|value| json!(short_enum_name(&descriptor, value.name())))
            .unwrap_or(Value::Null),
        Kind::Message(message) => match message.full_name() {
            "google.protobuf.Timestamp" if name.contains("expire") => json!(FUTURE_TIME),
            "google.protobuf.Timestamp" => json!(PAST_TIME),
            "google.protobuf.Duration" => json!("60s"),
            "google.protobuf.FieldMask" => json!(""),
            "google.protobuf.Struct" | "google.protobuf.Empty" => json!({}),
            "google.protobuf.ListValue" => json!([]),
            "google.protobuf.Value" => json!("value"),
            "google.protobuf.BoolValue" => json!(false),
            "google.protobuf.StringValue" => json!(text_example(field, name)),
            "google.protobuf.Int64Value" | "google.protobuf.UInt64Value" => json!("1"),
            name if name.starts_with("google.protobuf.") && name.ends_with("Value") => json!(1),
            _ if depth >= MAX_DEPTH => json!({}),
            _ => Value::Object(fields(&message, &[], false, depth + 1)),
        },
    }
}

/// Returns a text value. Ids are in the id alphabet and name their kind, so that a reference
/// and the id it refers to agree. `agent_id` gives `AGENT_42`, and the `id` of a message gives
/// the last word of the message name: `QUESTION_42` in a `ScorecardQuestion`, as an answer's
/// `question_id` does. URLs are [`EXAMPLE_URL`], and other text is made from the field name.
fn text_example(field: &FieldDescriptor, name: &str) -> String {
    if name == "id" {
        let message = field.parent_message();
        return format!("{}_42", last_word(message.name()).to_ascii_uppercase());
    }
    if let Some(resource) = name.strip_suffix("_id") {
        return format!("{}_42", resource.to_ascii_uppercase());
    }
    if name == "url" || name.ends_with("_url") {
        return EXAMPLE_URL.to_owned();
    }
    format!("Example {}", name.replace('_', " "))
}

/// Returns the last word of a CamelCase name: `Question` of `ScorecardQuestion`.
fn last_word(name: &str) -> &str {
    let start = name
        .char_indices()
        .filter(|(_, character)| character.is_ascii_uppercase())
        .map(|(index, _)| index)
        .next_back()
        .unwrap_or(0);
    &name[start..]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::DESCRIPTOR_POOL;

    fn message_named(name: &str) -> MessageDescriptor {
        DESCRIPTOR_POOL.get_message_by_name(name).unwrap()
    }

    #[test]
    fn examples_carry_the_required_fields() {
        let queue = message(&message_named("globemeet.v1.Queue"), &Form::Whole);
        assert_eq!(queue, json!({"name": "Example name"}));

        let add = message(
            &message_named("globemeet.v1.AddQueueMemberRequest"),
            &Form::Body(vec!["queue_id".into()]),
        );
        assert_eq!(add, json!({"agent_id": "AGENT_42"}));

        let batch = message(
            &message_named("globemeet.v1.BatchAddQueueMembersRequest"),
            &Form::Body(vec!["queue_id".into()]),
        );
        assert_eq!(batch, json!({"agent_ids": ["AGENT_42"]}));

        let presence = message(
            &message_named("globemeet.v1.SetAgentPresenceRequest"),
            &Form::Body(vec!["agent_id".into()]),
        );
        assert_eq!(presence, json!({"presence": "available"}));
    }

    #[test]
    fn references_match_the_ids_they_name() {
        let scorecard = message(&message_named("globemeet.v1.Scorecard"), &Form::Whole);
        let question = &scorecard["sections"][0]["questions"][0];
        assert_eq!(question["id"], "QUESTION_42");
        assert_eq!(question["type"], "yes_no");

        let evaluation = message(&message_named("globemeet.v1.Evaluation"), &Form::Whole);
        assert_eq!(evaluation["answers"][0]["question_id"], question["id"]);
        assert_eq!(evaluation["answers"][0]["yes_no"], true);
        assert_eq!(evaluation["scorecard_id"], "SCORECARD_42");
        assert_eq!(evaluation["agent_id"], "AGENT_42");
    }

    #[test]
    fn patch_examples_leave_out_immutable_fields() {
        let evaluation = message(&message_named("globemeet.v1.Evaluation"), &Form::Partial);
        let keys: Vec<&String> = evaluation.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["answers"]);

        let recording = message(&message_named("globemeet.v1.Recording"), &Form::Partial);
        assert_eq!(recording, json!({"description": "Example description"}));
    }

    #[test]
    fn times_and_urls_fit_their_use() {
        let replay = message(
            &message_named("globemeet.v1.ReplayWebhookEventsRequest"),
            &Form::Whole,
        );
        assert_eq!(replay["start_time"], PAST_TIME);

        let license = message(&message_named("globemeet.v1.License"), &Form::Whole);
        assert_eq!(license["expires_at"], FUTURE_TIME);

        let webhook = message(&message_named("globemeet.v1.Webhook"), &Form::Whole);
        assert_eq!(webhook["url"], EXAMPLE_URL);
    }

    #[test]
    fn overlays_name_writable_fields() {
        for (name, text) in OVERLAYS {
            let descriptor = message_named(name);
            let overlay: Map<String, Value> = serde_json::from_str(text).unwrap();
            for field in overlay.keys() {
                let field = descriptor
                    .get_field_by_name(field)
                    .unwrap_or_else(|| panic!("{name} has no field {field}"));
                assert!(client_sets(&field), "{name}.{} is writable", field.name());
            }
        }
    }

    #[test]
    fn last_word_splits_camel_case() {
        assert_eq!(last_word("ScorecardQuestion"), "Question");
        assert_eq!(last_word("Queue"), "Queue");
        assert_eq!(last_word("lower"), "lower");
    }
}
