//! JSON Schemas of messages and enums that follow the transcoder's JSON rules exactly. Field names
//! are the proto names, enums their short lowercase names, 64-bit integers strings, and
//! well-known types their JSON forms. Every field is emitted (one with presence as `null` when
//! unset), and unknown fields are rejected.

use std::collections::{BTreeMap, HashMap};

use prost_reflect::{EnumDescriptor, FieldDescriptor, Kind, MessageDescriptor};
use serde_json::{Map, Value, json};

use super::comments::Comments;
use crate::{http_rule, proto::json::short_enum_name};

/// The package whose messages get short component names (`Queue`); others keep their full
/// name (`google.rpc.ErrorInfo`).
pub const API_PACKAGE: &str = "globemeet.v1";

/// The `$ref` prefix of component schemas.
const SCHEMA_REF: &str = "#/components/schemas/";

/// The form of a message that a component describes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Form {
    /// The message as the transcoder reads and writes it.
    Whole,
    /// A request body: the message without the fields the path binds.
    Body(Vec<String>),
    /// A PATCH body: any subset of the fields, none required.
    Partial,
    /// An entry of `error.details`: the message with its `@type`.
    Detail,
}

/// Builds component schemas on demand: asking for a reference queues the component, and
/// [`Schemas::finish`] writes every component reached.
pub struct Schemas<'a> {
    comments: &'a Comments,
    names: HashMap<(String, Form), String>,
    pending: Vec<(MessageDescriptor, Form, String)>,
    components: BTreeMap<String, Value>,
}

impl<'a> Schemas<'a> {
    pub fn new(comments: &'a Comments) -> Self {
        Self {
            comments,
            names: HashMap::new(),
            pending: Vec::new(),
            components: BTreeMap::new(),
        }
    }

    /// Returns a `$ref` to the component of `message` in `form`, queueing the component.
    pub fn message_ref(&mut self, message: &MessageDescriptor, form: Form) -> Value {
        if let Some(schema) = well_known(message) {
            return schema;
        }
        let key = (message.full_name().to_owned(), form.clone());
        let name = match self.names.get(&key) {
            Some(name) => name.clone(),
            None => {
                let name = self.unique_name(component_name(message.full_name(), &form));
                self.names.insert(key, name.clone());
                self.pending.push((message.clone(), form, name.clone()));
                name
            }
        };
        json!({ "$ref": format!("{SCHEMA_REF}{name}") })
    }

    /// Returns the schema of one field as it appears in a message.
    pub fn field(&mut self, field: &FieldDescriptor) -> Value {
        let mut schema = if field.is_map() {
            let Kind::Message(entry) = field.kind() else {
                unreachable!("map fields are messages")
            };
            let mut map = json!({
                "type": "object",
                "additionalProperties": self.single(&entry.map_entry_value_field().kind()),
            });
            if let Some(keys) = map_key_pattern(&entry.map_entry_key_field().kind()) {
                map["propertyNames"] = json!({ "pattern": keys });
            }
            map
        } else if field.is_list() {
            json!({ "type": "array", "items": self.single(&field.kind()) })
        } else if field.supports_presence() {
            nullable(self.single(&field.kind()))
        } else {
            self.single(&field.kind())
        };
        let description = self.comments.of(&field.parent_file(), field.path());
        annotate(&mut schema, &description, field);
        schema
    }

    /// Returns the schema of a single value of `kind`.
    pub fn single(&mut self, kind: &Kind) -> Value {
        match kind {
            Kind::Double | Kind::Float => {
                let format = if matches!(kind, Kind::Double) {
                    "double"
                } else {
                    "float"
                };
                json!({
                    "anyOf": [
                        { "type": "number", "format": format },
                        { "type": "string", "enum": ["NaN", "Infinity", "-Infinity"] },
                    ]
                })
            }
            Kind::Int32 | Kind::Sint32 | Kind::Sfixed32 => json!({
                "type": "integer",
                "format": "int32",
                "minimum": i32::MIN,
                "maximum": i32::MAX,
            }),
            Kind::Uint32 | Kind::Fixed32 => json!({
                "type": "integer",
                "minimum": 0,
                "maximum": u32::MAX,
            }),
            Kind::Int64 | Kind::Sint64 | Kind::Sfixed64 => int64_schema(),
            Kind::Uint64 | Kind::Fixed64 => json!({
                "type": "string",
                "format": "uint64",
                "pattern": "^[0-9]+$",
            }),
            Kind::Bool => json!({ "type": "boolean" }),
            Kind::String => json!({ "type": "string" }),
            Kind::Bytes => json!({ "type": "string", "contentEncoding": "base64" }),
            Kind::Enum(descriptor) => self.enum_ref(descriptor),
            Kind::Message(message) => self.message_ref(message, Form::Whole),
        }
    }

    fn enum_ref(&mut self, descriptor: &EnumDescriptor) -> Value {
        let name = component_name(descriptor.full_name(), &Form::Whole);
        if !self.components.contains_key(&name) {
            let schema = self.enum_schema(descriptor);
            self.components.insert(name.clone(), schema);
        }
        json!({ "$ref": format!("{SCHEMA_REF}{name}") })
    }

    fn enum_schema(&self, descriptor: &EnumDescriptor) -> Value {
        let file = descriptor.parent_file();
        let names: Vec<String> = descriptor
            .values()
            .map(|value| short_enum_name(descriptor, value.name()))
            .collect();
        let mut description = self.comments.of(&file, descriptor.path());
        let listed: Vec<String> = descriptor
            .values()
            .zip(&names)
            .map(|(value, name)| {
                let comment =
                    super::comments::first_sentence(&self.comments.of(&file, value.path()));
                format!("- `{name}`: {comment}")
            })
            .collect();
        if !description.is_empty() {
            description.push_str("\n\n");
        }
        description.push_str(&listed.join("\n"));
        json!({ "type": "string", "enum": names, "description": description })
    }

    /// Writes the queued components until none is left and returns all of them.
    pub fn finish(mut self) -> BTreeMap<String, Value> {
        while let Some((message, form, name)) = self.pending.pop() {
            let schema = self.message_schema(&message, &form);
            self.components.insert(name, schema);
        }
        self.components
    }

    fn message_schema(&mut self, message: &MessageDescriptor, form: &Form) -> Value {
        let mut properties = Map::new();
        let mut required = Vec::new();
        if *form == Form::Detail {
            properties.insert(
                "@type".to_owned(),
                json!({
                    "type": "string",
                    "const": format!("type.googleapis.com/{}", message.full_name()),
                    "description": "The type of this detail.",
                }),
            );
            required.push("@type".to_owned());
        }
        for field in message.fields() {
            if let Form::Body(excluded) = form
                && excluded.iter().any(|name| name == field.name())
            {
                continue;
            }
            properties.insert(field.name().to_owned(), self.field(&field));
            if *form != Form::Partial && is_required(&field) {
                required.push(field.name().to_owned());
            }
        }
        let mut description = self.comments.of(&message.parent_file(), message.path());
        if *form == Form::Partial {
            description.push_str(
                "\n\nIn a PATCH body every field is optional: the fields present are the ones changed.",
            );
        }
        let mut schema = json!({
            "type": "object",
            "description": description.trim(),
            "properties": properties,
            "additionalProperties": false,
        });
        if !required.is_empty() {
            schema["required"] = json!(required);
        }
        schema
    }

    fn unique_name(&self, base: String) -> String {
        let taken = |name: &String| {
            self.names.values().any(|used| used == name) || self.components.contains_key(name)
        };
        if !taken(&base) {
            return base;
        }
        (2..)
            .map(|index| format!("{base}{index}"))
            .find(|name| !taken(name))
            .expect("some numbered name is free")
    }
}

/// Returns whether a field carries `REQUIRED`.
pub fn is_required(field: &FieldDescriptor) -> bool {
    has_behavior(field, "REQUIRED")
}

/// Returns whether a field carries the `google.api.field_behavior` value `behavior`.
pub fn has_behavior(field: &FieldDescriptor, behavior: &str) -> bool {
    http_rule::field_behaviors(field)
        .iter()
        .any(|value| value == behavior)
}

/// Returns the component name of a message or enum in a form.
fn component_name(full_name: &str, form: &Form) -> String {
    let base = full_name
        .strip_prefix(API_PACKAGE)
        .and_then(|rest| rest.strip_prefix('.'))
        .unwrap_or(full_name);
    match form {
        Form::Whole | Form::Detail => base.to_owned(),
        Form::Body(_) => format!("{base}Body"),
        Form::Partial => format!("{base}Patch"),
    }
}

fn int64_schema() -> Value {
    json!({ "type": "string", "format": "int64", "pattern": "^-?[0-9]+$" })
}

/// Returns the JSON form of a well-known type, or `None` for an ordinary message. The list
/// matches the types that the transcoder renders as scalars.
pub fn well_known(message: &MessageDescriptor) -> Option<Value> {
    let schema = match message.full_name() {
        "google.protobuf.Timestamp" => json!({ "type": "string", "format": "date-time" }),
        "google.protobuf.Duration" => json!({
            "type": "string",
            "pattern": "^-?[0-9]+(\\.[0-9]{1,9})?s$",
            "description": "A duration in seconds with an `s` suffix, such as `1.5s`.",
        }),
        "google.protobuf.FieldMask" => json!({
            "type": "string",
            "description": "Comma-separated field paths in lowerCamelCase.",
        }),
        "google.protobuf.Struct" => json!({ "type": "object" }),
        "google.protobuf.Value" => json!({}),
        "google.protobuf.ListValue" => json!({ "type": "array" }),
        "google.protobuf.Empty" => json!({ "type": "object", "additionalProperties": false }),
        "google.protobuf.Any" => json!({
            "type": "object",
            "required": ["@type"],
            "properties": { "@type": { "type": "string" } },
        }),
        "google.protobuf.DoubleValue" | "google.protobuf.FloatValue" => {
            json!({ "type": "number" })
        }
        "google.protobuf.Int64Value" => int64_schema(),
        "google.protobuf.UInt64Value" => {
            json!({ "type": "string", "format": "uint64", "pattern": "^[0-9]+$" })
        }
        "google.protobuf.Int32Value" => {
            json!({ "type": "integer", "format": "int32", "minimum": i32::MIN, "maximum": i32::MAX })
        }
        "google.protobuf.UInt32Value" => {
            json!({ "type": "integer", "minimum": 0, "maximum": u32::MAX })
        }
        "google.protobuf.BoolValue" => json!({ "type": "boolean" }),
        "google.protobuf.StringValue" => json!({ "type": "string" }),
        "google.protobuf.BytesValue" => json!({ "type": "string", "contentEncoding": "base64" }),
        _ => return None,
    };
    Some(schema)
}

/// Returns the pattern of the JSON object keys of a map whose keys are not strings.
fn map_key_pattern(kind: &Kind) -> Option<&'static str> {
    match kind {
        Kind::String => None,
        Kind::Bool => Some("^(true|false)$"),
        Kind::Uint32 | Kind::Fixed32 | Kind::Uint64 | Kind::Fixed64 => Some("^[0-9]+$"),
        _ => Some("^-?[0-9]+$"),
    }
}

/// Lets a schema also be `null`, the value of an unset field with presence.
pub fn nullable(schema: Value) -> Value {
    let simple_type = schema
        .get("type")
        .and_then(Value::as_str)
        .map(str::to_owned);
    match simple_type {
        Some(kind) if schema.get("$ref").is_none() => {
            let mut schema = schema;
            schema["type"] = json!([kind, "null"]);
            if let Some(Value::Array(values)) = schema.get_mut("enum") {
                values.push(Value::Null);
            }
            schema
        }
        _ if schema.as_object().is_some_and(|object| object.is_empty()) => schema,
        _ => json!({ "anyOf": [schema, { "type": "null" }] }),
    }
}

/// Adds the description and the OpenAPI forms of `google.api.field_behavior`.
fn annotate(schema: &mut Value, description: &str, field: &FieldDescriptor) {
    let Value::Object(object) = schema else {
        return;
    };
    if !description.is_empty() {
        object.insert("description".to_owned(), json!(description));
    }
    if has_behavior(field, "OUTPUT_ONLY") {
        object.insert("readOnly".to_owned(), json!(true));
    }
    if has_behavior(field, "INPUT_ONLY") {
        object.insert("writeOnly".to_owned(), json!(true));
    }
    let deprecated = field
        .field_descriptor_proto()
        .options
        .as_ref()
        .is_some_and(|options| options.deprecated());
    if deprecated {
        object.insert("deprecated".to_owned(), json!(true));
    }
}
