//! `google.api.http` path templates: literal segments, variables (`{queue_id}`, or
//! `{name=prefix/*}` with `*` for one segment and `**` for the rest of the path) and a trailing
//! custom verb (`:batchAdd`).

use std::fmt;

/// One segment of a template's path pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    /// Matches exactly this text.
    Literal(String),
    /// `*`: matches any one segment.
    Any,
    /// `**`: matches the remaining segments, at least one.
    Rest,
}

/// A variable: the request field it fills and the segments it spans.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Variable {
    field_path: String,
    start: usize,
    /// Segments covered, or `None` when the variable ends in `**`.
    length: Option<usize>,
}

/// A parsed path template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathTemplate {
    source: String,
    segments: Vec<Segment>,
    variables: Vec<Variable>,
    verb: Option<String>,
}

/// A template that does not follow the `google.api.http` syntax.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid path template {template:?}: {reason}")]
pub struct TemplateError {
    template: String,
    reason: String,
}

impl PathTemplate {
    /// Parses a template such as `/v1/queues/{queue_id}/agents:batchAdd`.
    pub fn parse(template: &str) -> Result<Self, TemplateError> {
        let error = |reason: &str| TemplateError {
            template: template.to_owned(),
            reason: reason.to_owned(),
        };
        let path = template
            .strip_prefix('/')
            .ok_or_else(|| error("it must start with /"))?;
        let (path, verb) = split_verb(path);

        let mut segments = Vec::new();
        let mut variables = Vec::new();
        for part in split_outside_braces(path).map_err(|reason| error(&reason))? {
            if let Some(inner) = part
                .strip_prefix('{')
                .and_then(|rest| rest.strip_suffix('}'))
            {
                let (field_path, pattern) = inner.split_once('=').unwrap_or((inner, "*"));
                if field_path.is_empty() {
                    return Err(error("a variable has no field name"));
                }
                let start = segments.len();
                for piece in pattern.split('/') {
                    segments.push(
                        parse_segment(piece)
                            .ok_or_else(|| error("a variable pattern segment is empty"))?,
                    );
                }
                let length = (!matches!(segments.last(), Some(Segment::Rest)))
                    .then(|| segments.len() - start);
                variables.push(Variable {
                    field_path: field_path.to_owned(),
                    start,
                    length,
                });
            } else {
                segments.push(parse_segment(&part).ok_or_else(|| error("a segment is empty"))?);
            }
        }
        if segments
            .iter()
            .rev()
            .skip(1)
            .any(|segment| *segment == Segment::Rest)
        {
            return Err(error("** may only end the template"));
        }
        Ok(Self {
            source: template.to_owned(),
            segments,
            variables,
            verb: verb.map(str::to_owned),
        })
    }

    /// The template as written in the proto.
    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// The custom verb, such as `batchAdd`.
    pub fn verb(&self) -> Option<&str> {
        self.verb.as_deref()
    }

    /// The request field paths the template binds, in order.
    pub fn field_paths(&self) -> impl Iterator<Item = &str> {
        self.variables
            .iter()
            .map(|variable| variable.field_path.as_str())
    }

    /// Matches a request path (still percent-encoded) and returns each variable's field path
    /// with its decoded value.
    pub fn matches(&self, path: &str) -> Option<Vec<(String, String)>> {
        let path = path.strip_prefix('/')?;
        let (path, verb) = split_verb(path);
        if verb != self.verb.as_deref() {
            return None;
        }
        let parts: Vec<&str> = if path.is_empty() {
            Vec::new()
        } else {
            path.split('/').collect()
        };
        if !self.segments_match(&parts) {
            return None;
        }

        let mut bindings = Vec::with_capacity(self.variables.len());
        for variable in &self.variables {
            let end = variable
                .length
                .map_or(parts.len(), |length| variable.start + length);
            let raw = parts[variable.start..end].join("/");
            let value = percent_encoding::percent_decode_str(&raw)
                .decode_utf8()
                .ok()?
                .into_owned();
            bindings.push((variable.field_path.clone(), value));
        }
        Some(bindings)
    }

    fn segments_match(&self, parts: &[&str]) -> bool {
        let ends_with_rest = matches!(self.segments.last(), Some(Segment::Rest));
        if ends_with_rest {
            if parts.len() < self.segments.len() {
                return false;
            }
        } else if parts.len() != self.segments.len() {
            return false;
        }
        self.segments
            .iter()
            .zip(parts)
            .all(|(segment, part)| match segment {
                Segment::Literal(text) => text == part,
                Segment::Any | Segment::Rest => !part.is_empty(),
            })
    }

    /// The path with each variable replaced by `{field_path}`, as OpenAPI writes it.
    pub fn openapi_path(&self) -> String {
        let mut out = String::new();
        let mut index = 0;
        while index < self.segments.len() {
            out.push('/');
            if let Some(variable) = self
                .variables
                .iter()
                .find(|variable| variable.start == index)
            {
                out.push_str(&format!("{{{}}}", variable.field_path));
                index += variable.length.unwrap_or(self.segments.len() - index);
                continue;
            }
            match &self.segments[index] {
                Segment::Literal(text) => out.push_str(text),
                Segment::Any => out.push('*'),
                Segment::Rest => out.push_str("**"),
            }
            index += 1;
        }
        if let Some(verb) = &self.verb {
            out.push(':');
            out.push_str(verb);
        }
        out
    }
}

impl fmt::Display for PathTemplate {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.source)
    }
}

/// Splits a trailing `:verb` off the last segment. Ids never contain `:`, so a colon in the
/// last segment always starts a verb.
fn split_verb(path: &str) -> (&str, Option<&str>) {
    let last_start = path.rfind('/').map_or(0, |index| index + 1);
    match path[last_start..].rfind(':') {
        Some(offset) if !path[last_start..].ends_with('}') => {
            let colon = last_start + offset;
            (&path[..colon], Some(&path[colon + 1..]))
        }
        _ => (path, None),
    }
}

/// Splits on `/` except inside `{…}`.
fn split_outside_braces(path: &str) -> Result<Vec<String>, String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut depth = 0;
    for character in path.chars() {
        match character {
            '{' if depth == 0 => {
                depth = 1;
                current.push(character);
            }
            '{' => return Err("variables cannot nest".to_owned()),
            '}' if depth == 1 => {
                depth = 0;
                current.push(character);
            }
            '}' => return Err("unbalanced }".to_owned()),
            '/' if depth == 0 => parts.push(std::mem::take(&mut current)),
            other => current.push(other),
        }
    }
    if depth != 0 {
        return Err("unclosed {".to_owned());
    }
    parts.push(current);
    Ok(parts)
}

fn parse_segment(piece: &str) -> Option<Segment> {
    match piece {
        "" => None,
        "*" => Some(Segment::Any),
        "**" => Some(Segment::Rest),
        literal => Some(Segment::Literal(literal.to_owned())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bindings(template: &str, path: &str) -> Option<Vec<(String, String)>> {
        PathTemplate::parse(template).unwrap().matches(path)
    }

    #[test]
    fn variables_bind_one_segment() {
        assert_eq!(
            bindings("/v1/queues/{queue_id}", "/v1/queues/q_1"),
            Some(vec![("queue_id".into(), "q_1".into())])
        );
        assert_eq!(
            bindings("/v1/queues/{queue_id}", "/v1/queues/q_1/agents"),
            None
        );
        assert_eq!(bindings("/v1/queues/{queue_id}", "/v1/queues/"), None);
        assert_eq!(bindings("/v1/queues", "/v1/queues"), Some(vec![]));
    }

    #[test]
    fn custom_verbs_must_match() {
        let template = "/v1/queues/{queue_id}/agents:batchAdd";
        assert_eq!(
            bindings(template, "/v1/queues/Q1/agents:batchAdd"),
            Some(vec![("queue_id".into(), "Q1".into())])
        );
        assert_eq!(bindings(template, "/v1/queues/Q1/agents"), None);
        assert_eq!(bindings(template, "/v1/queues/Q1/agents:batchRemove"), None);
        assert_eq!(
            bindings(
                "/v1/queues/{queue_id}/agents",
                "/v1/queues/Q1/agents:batchAdd"
            ),
            None
        );
        assert_eq!(
            bindings("/v1/webhook-events:replay", "/v1/webhook-events:replay"),
            Some(vec![])
        );
        assert_eq!(
            bindings(
                "/v1/agents/{agent_id}:setPresence",
                "/v1/agents/AGENT_42:setPresence"
            ),
            Some(vec![("agent_id".into(), "AGENT_42".into())])
        );
    }

    #[test]
    fn patterns_with_wildcards() {
        assert_eq!(
            bindings("/v1/{name=files/**}", "/v1/files/a/b/c"),
            Some(vec![("name".into(), "files/a/b/c".into())])
        );
        assert_eq!(bindings("/v1/{name=files/**}", "/v1/files"), None);
        assert_eq!(
            bindings(
                "/v1/{parent=shelves/*}/books/{book.id}",
                "/v1/shelves/s1/books/b%202"
            ),
            Some(vec![
                ("parent".into(), "shelves/s1".into()),
                ("book.id".into(), "b 2".into())
            ])
        );
        assert_eq!(bindings("/v1/*/x", "/v1/anything/x"), Some(vec![]));
    }

    #[test]
    fn openapi_paths_name_the_fields() {
        let template = PathTemplate::parse("/v1/queues/{queue_id}/agents:batchAdd").unwrap();
        assert_eq!(
            template.openapi_path(),
            "/v1/queues/{queue_id}/agents:batchAdd"
        );
        let template = PathTemplate::parse("/v1/{name=files/**}").unwrap();
        assert_eq!(template.openapi_path(), "/v1/{name}");
    }

    #[test]
    fn malformed_templates_are_rejected() {
        assert!(PathTemplate::parse("v1/queues").is_err());
        assert!(PathTemplate::parse("/v1/{queue_id").is_err());
        assert!(PathTemplate::parse("/v1/{}").is_err());
        assert!(PathTemplate::parse("/v1/**/x").is_err());
    }
}
