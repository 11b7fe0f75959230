//! Proto comments from the source info kept in the descriptor set: the leading comment of a
//! service, method, message, field, enum or enum value becomes its OpenAPI description.

use std::collections::HashMap;

use prost_reflect::{DescriptorPool, FileDescriptor};

/// The leading comments of every element of every file, keyed by file name and element path.
pub struct Comments(HashMap<(String, Vec<i32>), String>);

impl Comments {
    pub fn new(pool: &DescriptorPool) -> Self {
        let mut comments = HashMap::new();
        for file in pool.files() {
            let Some(info) = &file.file_descriptor_proto().source_code_info else {
                continue;
            };
            for location in &info.location {
                let text = clean(location.leading_comments());
                if !text.is_empty() {
                    comments.insert((file.name().to_owned(), location.path.clone()), text);
                }
            }
        }
        Self(comments)
    }

    /// Returns the comment of the element at `path` in `file`, or an empty string.
    pub fn of(&self, file: &FileDescriptor, path: &[i32]) -> String {
        self.0
            .get(&(file.name().to_owned(), path.to_vec()))
            .cloned()
            .unwrap_or_default()
    }
}

/// Strips the one space protoc keeps after `//` and the blank lines around the text. Lines stay
/// as written: Markdown joins the wrapped lines of a paragraph, and a blank line still parts
/// two paragraphs.
fn clean(raw: &str) -> String {
    let lines: Vec<&str> = raw
        .lines()
        .map(|line| line.strip_prefix(' ').unwrap_or(line).trim_end())
        .collect();
    lines.join("\n").trim().to_owned()
}

/// Returns the first sentence of a comment for an OpenAPI `summary`: the text up to the first
/// period followed by a space, with the lines of the paragraph joined.
pub fn first_sentence(comment: &str) -> String {
    let paragraph = comment.split("\n\n").next().unwrap_or_default();
    let joined = paragraph.split_whitespace().collect::<Vec<_>>().join(" ");
    match joined.find(". ") {
        Some(end) => joined[..=end].to_owned(),
        None => joined,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::DESCRIPTOR_POOL;

    #[test]
    fn comments_come_from_the_source_info() {
        let comments = Comments::new(&DESCRIPTOR_POOL);
        let queue = DESCRIPTOR_POOL
            .get_message_by_name("globemeet.v1.Queue")
            .unwrap();
        assert_eq!(
            comments.of(&queue.parent_file(), queue.path()),
            "A queue where sessions wait for an agent."
        );
        let name = queue.get_field_by_name("name").unwrap();
        assert_eq!(
            comments.of(&queue.parent_file(), name.path()),
            "The display name, 1 to 200 characters."
        );
    }

    #[test]
    fn summaries_are_the_first_sentence() {
        assert_eq!(
            first_sentence("Adds up to 100 agents.\nEither every agent is added or none is."),
            "Adds up to 100 agents."
        );
        assert_eq!(first_sentence("Returns one queue"), "Returns one queue");
        assert_eq!(
            first_sentence("Lists the members of a queue,\na page at a time.\n\nMore."),
            "Lists the members of a queue, a page at a time."
        );
    }
}
