//! The JSON rules of the REST surface, driven by the descriptors: proto field names on output,
//! proto or lowerCamelCase names on input, short lowercase enum names both ways (`high` for
//! `PRIORITY_HIGH`), unknown fields and duplicate keys rejected with the field's path.

use std::fmt;

use prost_reflect::{
    DynamicMessage, EnumDescriptor, FieldDescriptor, Kind, MessageDescriptor, ReflectMessage,
    SerializeOptions,
};
use serde::de::{self, Deserialize as _, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

/// An invalid part of a JSON request: the field path and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    pub field: String,
    pub description: String,
}

impl JsonError {
    fn new(field: impl Into<String>, description: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            description: description.into(),
        }
    }
}

/// Parses JSON text, rejecting objects that repeat a key: parsers disagree on which copy wins,
/// so neither is taken.
pub fn parse_strict(bytes: &[u8]) -> Result<Value, String> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value = StrictValue::deserialize(&mut deserializer).map_err(|error| error.to_string())?;
    deserializer.end().map_err(|error| error.to_string())?;
    Ok(value.0)
}

struct StrictValue(Value);

impl<'de> de::Deserialize<'de> for StrictValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(StrictVisitor).map(StrictValue)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a JSON value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(Value::Number(value.into()))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(Value::Number(value.into()))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Value, E> {
        Ok(Number::from_f64(value).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(Value::String(value.to_owned()))
    }

    fn visit_string<E>(self, value: String) -> Result<Value, E> {
        Ok(Value::String(value))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(StrictValue(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let StrictValue(value) = map.next_value()?;
            if object.insert(key.clone(), value).is_some() {
                return Err(de::Error::custom(format!("duplicate key {key:?}")));
            }
        }
        Ok(Value::Object(object))
    }
}

/// The prefix shared by the value names of a protobuf enum, by the style rule that values
/// start with the enum name in UPPER_SNAKE_CASE: `OverflowAction` gives `OVERFLOW_ACTION_`.
pub fn enum_prefix(descriptor: &EnumDescriptor) -> String {
    let mut prefix = String::new();
    for (index, character) in descriptor.name().chars().enumerate() {
        if character.is_ascii_uppercase() && index > 0 {
            prefix.push('_');
        }
        prefix.push(character.to_ascii_uppercase());
    }
    prefix.push('_');
    let all_prefixed = descriptor
        .values()
        .all(|value| value.name().starts_with(&prefix));
    if all_prefixed { prefix } else { String::new() }
}

/// The short JSON name of an enum value: `PRIORITY_HIGH` becomes `high`.
pub fn short_enum_name(descriptor: &EnumDescriptor, full_name: &str) -> String {
    let prefix = enum_prefix(descriptor);
    full_name
        .strip_prefix(&prefix)
        .unwrap_or(full_name)
        .to_ascii_lowercase()
}

/// Whether a message is a well-known type with its own JSON form (a string or a scalar).
fn has_scalar_json(descriptor: &MessageDescriptor) -> bool {
    matches!(
        descriptor.full_name(),
        "google.protobuf.Timestamp"
            | "google.protobuf.Duration"
            | "google.protobuf.FieldMask"
            | "google.protobuf.Struct"
            | "google.protobuf.Value"
            | "google.protobuf.ListValue"
            | "google.protobuf.Any"
            | "google.protobuf.Empty"
    ) || descriptor.full_name().ends_with("Value") && descriptor.package_name() == "google.protobuf"
}

/// Checks a JSON request against the message and rewrites it into what prost-reflect reads:
/// keys as proto names, enum values as full names. `path` prefixes field paths in errors.
pub fn normalize(
    value: &mut Value,
    message: &MessageDescriptor,
    path: &str,
) -> Result<(), JsonError> {
    let Value::Object(object) = value else {
        return Err(JsonError::new(display_path(path), "must be a JSON object"));
    };
    let mut normalized = Map::new();
    for (key, mut field_value) in std::mem::take(object) {
        let field = message
            .get_field_by_name(&key)
            .or_else(|| message.get_field_by_json_name(&key))
            .ok_or_else(|| {
                JsonError::new(
                    join(path, &key),
                    format!("is not a field of {}; remove it", message.name()),
                )
            })?;
        let field_path = join(path, field.name());
        if normalized.contains_key(field.name()) {
            return Err(JsonError::new(
                field_path,
                "is given twice (as snake_case and lowerCamelCase); send it once",
            ));
        }
        if field_value.is_null() {
            continue;
        }
        normalize_field(&mut field_value, &field, &field_path)?;
        normalized.insert(field.name().to_owned(), field_value);
    }
    *object = normalized;
    Ok(())
}

fn normalize_field(
    value: &mut Value,
    field: &FieldDescriptor,
    path: &str,
) -> Result<(), JsonError> {
    if field.is_map() {
        let Kind::Message(entry) = field.kind() else {
            unreachable!("map fields are messages")
        };
        let value_field = entry.map_entry_value_field();
        let Value::Object(entries) = value else {
            return Err(JsonError::new(path, "must be a JSON object"));
        };
        for (key, entry_value) in entries.iter_mut() {
            normalize_single(
                entry_value,
                &value_field.kind(),
                &format!("{path}[{key:?}]"),
            )?;
        }
        return Ok(());
    }
    if field.is_list() {
        let Value::Array(items) = value else {
            return Err(JsonError::new(path, "must be a JSON array"));
        };
        for (index, item) in items.iter_mut().enumerate() {
            normalize_single(item, &field.kind(), &format!("{path}[{index}]"))?;
        }
        return Ok(());
    }
    normalize_single(value, &field.kind(), path)
}

fn normalize_single(value: &mut Value, kind: &Kind, path: &str) -> Result<(), JsonError> {
    match kind {
        Kind::Enum(descriptor) => normalize_enum(value, descriptor, path),
        Kind::Message(descriptor) if !has_scalar_json(descriptor) => {
            normalize(value, descriptor, path)
        }
        Kind::Message(_) => Ok(()),
        Kind::String | Kind::Bytes => expect(value.is_string(), path, "must be a string"),
        Kind::Bool => expect(value.is_boolean(), path, "must be true or false"),
        Kind::Int32 | Kind::Sint32 | Kind::Sfixed32 => {
            integer(value, path, i64::from(i32::MIN), i64::from(i32::MAX))
        }
        Kind::Uint32 | Kind::Fixed32 => integer(value, path, 0, i64::from(u32::MAX)),
        Kind::Int64 | Kind::Sint64 | Kind::Sfixed64 | Kind::Uint64 | Kind::Fixed64 => {
            let valid = value.is_i64()
                || value.is_u64()
                || value
                    .as_str()
                    .is_some_and(|text| text.parse::<i128>().is_ok());
            expect(
                valid,
                path,
                "must be an integer, as a JSON string or number",
            )
        }
        Kind::Float | Kind::Double => {
            let valid = value.is_number()
                || matches!(value.as_str(), Some("NaN" | "Infinity" | "-Infinity"));
            expect(valid, path, "must be a number")
        }
    }
}

fn expect(valid: bool, path: &str, description: &str) -> Result<(), JsonError> {
    if valid {
        Ok(())
    } else {
        Err(JsonError::new(path, description))
    }
}

fn integer(value: &mut Value, path: &str, min: i64, max: i64) -> Result<(), JsonError> {
    let parsed = match value {
        Value::Number(number) => number.as_i64(),
        Value::String(text) => text.parse::<i64>().ok(),
        _ => None,
    };
    match parsed {
        Some(number) if (min..=max).contains(&number) => {
            *value = Value::Number(number.into());
            Ok(())
        }
        Some(number) => Err(JsonError::new(
            path,
            format!("{number} is out of range; use {min} to {max}"),
        )),
        None => Err(JsonError::new(path, "must be an integer")),
    }
}

fn normalize_enum(
    value: &mut Value,
    descriptor: &EnumDescriptor,
    path: &str,
) -> Result<(), JsonError> {
    let allowed = || {
        descriptor
            .values()
            .filter(|value| value.number() != 0)
            .map(|value| short_enum_name(descriptor, value.name()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let full_name = match value {
        Value::String(text) => {
            let prefix = enum_prefix(descriptor);
            let candidate = format!("{prefix}{}", text.to_ascii_uppercase());
            descriptor
                .get_value_by_name(&candidate)
                .or_else(|| descriptor.get_value_by_name(text))
                .map(|value| value.name().to_owned())
        }
        Value::Number(number) => number
            .as_i64()
            .and_then(|number| i32::try_from(number).ok())
            .and_then(|number| descriptor.get_value(number))
            .map(|value| value.name().to_owned()),
        _ => None,
    };
    match full_name {
        Some(name) => {
            *value = Value::String(name);
            Ok(())
        }
        None => Err(JsonError::new(
            path,
            format!("{value} is not a defined value; use one of {}", allowed()),
        )),
    }
}

fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_owned()
    } else {
        format!("{path}.{field}")
    }
}

fn display_path(path: &str) -> String {
    if path.is_empty() {
        "body".to_owned()
    } else {
        path.to_owned()
    }
}

/// Renders a message as the REST surface does: proto field names, every field emitted (an
/// unset field with presence, such as a proto3 `optional` scalar or a message, as `null`),
/// int64 as strings, enums as short names.
pub fn render(message: &DynamicMessage) -> Value {
    let options = SerializeOptions::new()
        .use_proto_field_name(true)
        .skip_default_fields(false);
    let mut value = message
        .serialize_with_options(serde_json::value::Serializer, &options)
        .expect("a protobuf message always serializes to JSON");
    if !has_scalar_json(&message.descriptor()) {
        finish_rendering(&mut value, &message.descriptor());
    }
    value
}

/// Shortens the enum names of a rendered message and adds `null` for each unset field that
/// prost-reflect leaves out (those with presence), so every field is present.
fn finish_rendering(value: &mut Value, message: &MessageDescriptor) {
    let Value::Object(object) = value else { return };
    for field in message.fields() {
        let Some(field_value) = object.get_mut(field.name()) else {
            object.insert(field.name().to_owned(), Value::Null);
            continue;
        };
        if field.is_map() {
            let Kind::Message(entry) = field.kind() else {
                continue;
            };
            let kind = entry.map_entry_value_field().kind();
            if let Value::Object(entries) = field_value {
                entries
                    .values_mut()
                    .for_each(|entry_value| shorten_single(entry_value, &kind));
            }
        } else if field.is_list() {
            if let Value::Array(items) = field_value {
                items
                    .iter_mut()
                    .for_each(|item| shorten_single(item, &field.kind()));
            }
        } else {
            shorten_single(field_value, &field.kind());
        }
    }
}

fn shorten_single(value: &mut Value, kind: &Kind) {
    match kind {
        Kind::Enum(descriptor) => {
            if let Value::String(name) = value {
                *name = short_enum_name(descriptor, name);
            }
        }
        Kind::Message(descriptor)
            if matches!(
                descriptor.full_name(),
                "google.protobuf.Struct" | "google.protobuf.Value" | "google.protobuf.ListValue"
            ) =>
        {
            integral_numbers(value)
        }
        Kind::Message(descriptor) if !has_scalar_json(descriptor) => {
            finish_rendering(value, descriptor)
        }
        _ => {}
    }
}

/// Writes the whole numbers of free-form JSON (`google.protobuf.Struct`, which stores every
/// number as a double) without a fraction, so `300` reads back as `300`, not `300.0`.
fn integral_numbers(value: &mut Value) {
    /// Doubles hold every integer up to 2^53 exactly.
    const EXACT: f64 = 9_007_199_254_740_992.0;
    match value {
        Value::Number(number) => {
            if let Some(float) = number.as_f64()
                && float.fract() == 0.0
                && float.abs() <= EXACT
                && !number.is_i64()
            {
                *number = serde_json::Number::from(float as i64);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(integral_numbers),
        Value::Object(object) => object.values_mut().for_each(integral_numbers),
        _ => {}
    }
}

/// The update mask of a PATCH body: one path per key, snake_case or lowerCamelCase, descending
/// into nested messages so `{"overflow": {"action": "queue"}}` names `overflow.action` only. A
/// key whose value is `null` is named too: the field is cleared.
pub fn mask_paths(body: &Value, message: &MessageDescriptor) -> Vec<String> {
    let mut paths = Vec::new();
    collect_mask_paths(body, message, "", &mut paths);
    paths
}

fn collect_mask_paths(
    value: &Value,
    message: &MessageDescriptor,
    prefix: &str,
    paths: &mut Vec<String>,
) {
    let Value::Object(object) = value else { return };
    for (key, field_value) in object {
        let Some(field) = message
            .get_field_by_name(key)
            .or_else(|| message.get_field_by_json_name(key))
        else {
            continue;
        };
        let path = join(prefix, field.name());
        match (field.kind(), field_value) {
            (Kind::Message(nested), Value::Object(inner))
                if !field.is_map()
                    && !field.is_list()
                    && !has_scalar_json(&nested)
                    && !inner.is_empty() =>
            {
                collect_mask_paths(field_value, &nested, &path, paths);
            }
            _ => paths.push(path),
        }
    }
}

/// Renders a generated message as the REST surface does, given its full protobuf name, such as
/// `globemeet.v1.Queue`. Events use it to carry a resource exactly as REST clients see it.
pub fn render_message(message: &impl prost::Message, full_name: &str) -> Value {
    let descriptor = crate::proto::DESCRIPTOR_POOL
        .get_message_by_name(full_name)
        .unwrap_or_else(|| panic!("{full_name} is in the descriptor pool"));
    let dynamic = DynamicMessage::decode(descriptor, message.encode_to_vec().as_slice())
        .expect("a message re-encodes as its own type");
    render(&dynamic)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::DESCRIPTOR_POOL;

    fn queue() -> MessageDescriptor {
        DESCRIPTOR_POOL
            .get_message_by_name("globemeet.v1.Queue")
            .unwrap()
    }

    #[test]
    fn duplicate_keys_are_rejected() {
        assert!(parse_strict(br#"{"a": 1, "b": {"c": 2}}"#).is_ok());
        let error = parse_strict(br#"{"a": 1, "a": 2}"#).unwrap_err();
        assert!(error.contains("duplicate key \"a\""), "{error}");
        assert!(parse_strict(br#"{"x": {"a": 1, "a": 1}}"#).is_err());
        assert!(parse_strict(br#"{"a": 1} trailing"#).is_err());
    }

    #[test]
    fn camel_case_and_short_enums_are_accepted() {
        let mut value = serde_json::json!({"name": "Q", "maxWaitSeconds": 30, "priority": "high", "overflow": {"action": 2}});
        normalize(&mut value, &queue(), "queue").unwrap();
        assert_eq!(value["max_wait_seconds"], 30);
        assert_eq!(value["priority"], "PRIORITY_HIGH");
        assert_eq!(value["overflow"]["action"], "OVERFLOW_ACTION_VOICEMAIL");
    }

    #[test]
    fn invalid_values_name_the_field() {
        let cases = [
            (serde_json::json!({"colour": "red"}), "queue.colour"),
            (serde_json::json!({"priority": "extreme"}), "queue.priority"),
            (serde_json::json!({"priority": 99}), "queue.priority"),
            (
                serde_json::json!({"max_wait_seconds": "soon"}),
                "queue.max_wait_seconds",
            ),
            (
                serde_json::json!({"max_wait_seconds": 3_000_000_000_i64}),
                "queue.max_wait_seconds",
            ),
            (serde_json::json!({"skills": "english"}), "queue.skills"),
            (serde_json::json!({"skills": [1]}), "queue.skills[0]"),
            (
                serde_json::json!({"overflow": {"target": "x"}}),
                "queue.overflow.target",
            ),
            (
                serde_json::json!({"name": "a", "max_wait_seconds": 1, "maxWaitSeconds": 2}),
                "queue.max_wait_seconds",
            ),
        ];
        for (mut value, field) in cases {
            let error = normalize(&mut value, &queue(), "queue").unwrap_err();
            assert_eq!(error.field, field, "{error:?}");
        }
    }

    #[test]
    fn enum_prefixes_follow_the_style_rule() {
        let priority = DESCRIPTOR_POOL
            .get_enum_by_name("globemeet.v1.Priority")
            .unwrap();
        assert_eq!(enum_prefix(&priority), "PRIORITY_");
        assert_eq!(short_enum_name(&priority, "PRIORITY_URGENT"), "urgent");
        let state = DESCRIPTOR_POOL
            .get_enum_by_name("globemeet.v1.RoutingState")
            .unwrap();
        assert_eq!(short_enum_name(&state, "ROUTING_STATE_WRAP_UP"), "wrap_up");
    }

    #[test]
    fn struct_numbers_drop_whole_fractions() {
        let mut value = serde_json::json!({"a": 300.0, "b": [1.5, 2.0], "c": {"d": -7.0}});
        integral_numbers(&mut value);
        assert_eq!(value.to_string(), r#"{"a":300,"b":[1.5,2],"c":{"d":-7}}"#);
    }

    #[test]
    fn unset_fields_with_presence_render_as_null() {
        let mut message = DynamicMessage::new(queue());
        message.set_field_by_name("name", prost_reflect::Value::String("Q".into()));
        let rendered = render(&message);
        let object = rendered.as_object().unwrap();
        for field in queue().fields() {
            assert!(
                object.contains_key(field.name()),
                "{} is missing",
                field.name()
            );
        }
        assert_eq!(rendered["max_queue_size"], Value::Null);
        assert_eq!(rendered["overflow"], Value::Null);
        assert_eq!(rendered["create_time"], Value::Null);
        assert_eq!(rendered["priority"], "unspecified");
        assert_eq!(rendered["skills"], serde_json::json!([]));

        message.set_field_by_name("max_queue_size", prost_reflect::Value::I32(0));
        assert_eq!(render(&message)["max_queue_size"], 0);
    }

    #[test]
    fn mask_paths_descend_into_messages() {
        let body = serde_json::json!({"name": "x", "overflow": {"action": "queue"}, "skills": []});
        let mut paths = mask_paths(&body, &queue());
        paths.sort();
        assert_eq!(paths, vec!["name", "overflow.action", "skills"]);
    }

    #[test]
    fn mask_paths_name_cleared_and_camel_case_fields() {
        let body = serde_json::json!({"maxQueueSize": null, "overflow": {"targetQueueId": "q"}});
        let mut paths = mask_paths(&body, &queue());
        paths.sort();
        assert_eq!(paths, vec!["max_queue_size", "overflow.target_queue_id"]);
        assert!(mask_paths(&serde_json::json!({}), &queue()).is_empty());
    }
}
