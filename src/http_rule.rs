//! Reads the `google.api.http` rule of an RPC from the descriptor pool.

use std::sync::LazyLock;

use prost_reflect::{ExtensionDescriptor, MethodDescriptor, Value};

use crate::proto::DESCRIPTOR_POOL;

/// One HTTP binding of an RPC.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpRule {
    /// The HTTP method in upper case, such as `GET`.
    pub method: String,
    /// The path template, such as `/v1/queues/{queue_id}`.
    pub path: String,
    /// The request field carried in the body: `*`, a field name, or empty for none.
    pub body: String,
}

static HTTP_EXTENSION: LazyLock<ExtensionDescriptor> = LazyLock::new(|| {
    DESCRIPTOR_POOL
        .get_extension_by_name("google.api.http")
        .expect("google/api/annotations.proto is compiled into the descriptor set")
});

/// Returns the primary http rule of the method, or `None` when it has none.
pub fn of(method: &MethodDescriptor) -> Option<HttpRule> {
    let options = method.options();
    if !options.has_extension(&HTTP_EXTENSION) {
        return None;
    }
    let value = options.get_extension(&HTTP_EXTENSION);
    let Value::Message(rule) = value.as_ref() else {
        return None;
    };

    let body = match rule.get_field_by_name("body").as_deref() {
        Some(Value::String(body)) => body.clone(),
        _ => String::new(),
    };
    for verb in ["get", "put", "post", "delete", "patch"] {
        if let Some(Value::String(path)) = rule.get_field_by_name(verb).as_deref()
            && !path.is_empty()
        {
            return Some(HttpRule {
                method: verb.to_ascii_uppercase(),
                path: path.clone(),
                body,
            });
        }
    }
    if let Some(Value::Message(custom)) = rule.get_field_by_name("custom").as_deref() {
        let kind = custom
            .get_field_by_name("kind")
            .and_then(|v| v.as_str().map(str::to_owned))?;
        let path = custom
            .get_field_by_name("path")
            .and_then(|v| v.as_str().map(str::to_owned))?;
        return Some(HttpRule {
            method: kind.to_ascii_uppercase(),
            path,
            body,
        });
    }
    None
}

static FIELD_BEHAVIOR_EXTENSION: LazyLock<ExtensionDescriptor> = LazyLock::new(|| {
    DESCRIPTOR_POOL
        .get_extension_by_name("google.api.field_behavior")
        .expect("google/api/field_behavior.proto is compiled into the descriptor set")
});

/// The `google.api.field_behavior` values of a field, such as `REQUIRED` or `OUTPUT_ONLY`.
pub fn field_behaviors(field: &prost_reflect::FieldDescriptor) -> Vec<String> {
    let options = field.options();
    if !options.has_extension(&FIELD_BEHAVIOR_EXTENSION) {
        return Vec::new();
    }
    let value = options.get_extension(&FIELD_BEHAVIOR_EXTENSION);
    let Some(prost_reflect::Kind::Enum(behavior)) = Some(FIELD_BEHAVIOR_EXTENSION.kind()) else {
        return Vec::new();
    };
    let numbers: Vec<i32> = match value.as_ref() {
        Value::List(items) => items.iter().filter_map(Value::as_enum_number).collect(),
        Value::EnumNumber(number) => vec![*number],
        _ => Vec::new(),
    };
    numbers
        .into_iter()
        .filter_map(|number| {
            behavior
                .get_value(number)
                .map(|value| value.name().to_owned())
        })
        .collect()
}
