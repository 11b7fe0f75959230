//! Example request bodies, made from the descriptors: the fields a request must carry, with
//! values the server accepts. The Postman collection sends them.

use prost_reflect::{FieldDescriptor, Kind, MessageDescriptor};
use serde_json::{Map, Value, json};

use super::schema::{Form, has_behavior, is_required};
use crate::proto::json::short_enum_name;

/// The depth of nested messages below which examples stop.
const MAX_DEPTH: usize = 4;

/// Returns an example of `message` in `form`: the required fields that a client writes, less
/// the path fields of a body. A PATCH body without required fields gets the first writable
/// text field, so the example changes something.
pub fn message(message: &MessageDescriptor, form: &Form) -> Value {
    let excluded: &[String] = match form {
        Form::Body(excluded) => excluded,
        _ => &[],
    };
    let mut example = required_fields(message, excluded, 0);
    if *form == Form::Partial
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

fn required_fields(
    message: &MessageDescriptor,
    excluded: &[String],
    depth: usize,
) -> Map<String, Value> {
    message
        .fields()
        .filter(|field| is_required(field) && client_sets(field))
        .filter(|field| !excluded.iter().any(|name| name == field.name()))
        .map(|field| (field.name().to_owned(), field_at(&field, depth)))
        .collect()
}

fn client_sets(field: &FieldDescriptor) -> bool {
    !has_behavior(field, "OUTPUT_ONLY")
}

fn field_at(field: &FieldDescriptor, depth: usize) -> Value {
    if field.is_map() {
        return json!({});
    }
    if field.is_list() {
        let singular = field
            .name()
            .strip_suffix('s')
            .unwrap_or(field.name())
            .to_owned();
        return json!([single(&field.kind(), &singular, depth)]);
    }
    single(&field.kind(), field.name(), depth)
}

fn single(kind: &Kind, name: &str, depth: usize) -> Value {
    match kind {
        Kind::String => json!(text_example(name)),
        Kind::Bytes => json!("AA=="),
        Kind::Bool => json!(false),
        Kind::Int32 | Kind::Sint32 | Kind::Sfixed32 | Kind::Uint32 | Kind::Fixed32 => json!(1),
        Kind::Int64 | Kind::Sint64 | Kind::Sfixed64 | Kind::Uint64 | Kind::Fixed64 => json!("1"),
        Kind::Float | Kind::Double => json!(1.0),
        Kind::Enum(descriptor) => descriptor
            .values()
            .find(|value| value.number() != 0)
            .map(|value| json!(short_enum_name(descriptor, value.name())))
            .unwrap_or(Value::Null),
        Kind::Message(message) => match message.full_name() {
            "google.protobuf.Timestamp" => json!("2030-01-01T00:00:00Z"),
            "google.protobuf.Duration" => json!("60s"),
            "google.protobuf.FieldMask" => json!(""),
            "google.protobuf.Struct" | "google.protobuf.Empty" => json!({}),
            "google.protobuf.ListValue" => json!([]),
            "google.protobuf.Value" => json!("value"),
            "google.protobuf.BoolValue" => json!(false),
            "google.protobuf.StringValue" => json!(text_example(name)),
            "google.protobuf.Int64Value" | "google.protobuf.UInt64Value" => json!("1"),
            name if name.starts_with("google.protobuf.") && name.ends_with("Value") => json!(1),
            _ if depth >= MAX_DEPTH => json!({}),
            _ => Value::Object(required_fields(message, &[], depth + 1)),
        },
    }
}

/// Returns a text value: an id in the id alphabet for fields named `…_id` (`agent_id` gives
/// `AGENT_42`), else a readable phrase made from the field name.
fn text_example(name: &str) -> String {
    match name.strip_suffix("_id") {
        Some(resource) => format!("{}_42", resource.to_ascii_uppercase()),
        None => format!("Example {}", name.replace('_', " ")),
    }
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
}
