//! Parser for the `order_by` parameter of list methods. It takes comma-separated sort keys,
//! each a field name optionally followed by `asc` or `desc` (`"priority desc, create_time"`).
//!
//! Field names must be on the collection's allow-list and match it exactly, while `asc` and
//! `desc` are accepted in any letter case. A field may appear only once.

/// Maximum number of sort keys in one `order_by`.
pub const MAX_ORDER_KEYS: usize = 5;

/// One sortable field of a collection, as named in `order_by` strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OrderField {
    pub name: &'static str,
}

/// A field to sort by and its direction. Ascending is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OrderKey {
    pub field: &'static str,
    pub descending: bool,
}

/// An invalid `order_by`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct OrderError {
    /// 1-based character position where the problem starts. For an unexpected end it is one
    /// past the last character.
    pub position: usize,
    /// Plain-English description that contains the position, what was found and what was
    /// expected.
    pub message: String,
}

impl OrderError {
    fn new(position: usize, message: String) -> Self {
        Self { position, message }
    }
}

/// Parses `order_by` against `fields`, the collection's sortable fields.
///
/// Returns the keys in the order they were written, the most significant first, and an empty
/// list for an empty or whitespace-only `order_by`.
///
/// # Errors
///
/// Returns an [`OrderError`] for an unknown or repeated field, a word other than `asc` or
/// `desc` after a field, an empty key, or more than [`MAX_ORDER_KEYS`] keys.
pub fn parse(order_by: &str, fields: &[OrderField]) -> Result<Vec<OrderKey>, OrderError> {
    let tokens = tokenize(order_by);
    let end_position = order_by.chars().count() + 1;
    let mut parser = Parser {
        tokens: tokens.into_iter().peekable(),
        fields,
        end_position,
        keys: Vec::new(),
    };
    parser.parse_keys()?;
    Ok(parser.keys.into_iter().map(|(key, _)| key).collect())
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum TokenKind {
    Comma,
    /// A run of characters other than whitespace and commas.
    Word(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Token {
    kind: TokenKind,
    /// 1-based character position of the token's first character.
    position: usize,
}

fn tokenize(order_by: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut word = String::new();
    let mut word_position = 0;

    for (index, character) in order_by.chars().enumerate() {
        let position = index + 1;
        if character != ',' && !character.is_whitespace() {
            if word.is_empty() {
                word_position = position;
            }
            word.push(character);
            continue;
        }

        push_word(&mut tokens, &mut word, word_position);
        if character == ',' {
            tokens.push(Token {
                kind: TokenKind::Comma,
                position,
            });
        }
    }
    push_word(&mut tokens, &mut word, word_position);
    tokens
}

fn push_word(tokens: &mut Vec<Token>, word: &mut String, position: usize) {
    if word.is_empty() {
        return;
    }
    tokens.push(Token {
        kind: TokenKind::Word(std::mem::take(word)),
        position,
    });
}

struct Parser<'a> {
    tokens: std::iter::Peekable<std::vec::IntoIter<Token>>,
    fields: &'a [OrderField],
    /// Position reported for an unexpected end of `order_by`.
    end_position: usize,
    /// Keys parsed so far, each with the position of its field name.
    keys: Vec<(OrderKey, usize)>,
}

impl Parser<'_> {
    /// Parses `key ("," key)*`, or nothing at all.
    fn parse_keys(&mut self) -> Result<(), OrderError> {
        if self.tokens.peek().is_none() {
            return Ok(());
        }
        loop {
            self.parse_key()?;
            match self.tokens.next() {
                None => return Ok(()),
                Some(Token {
                    kind: TokenKind::Comma,
                    ..
                }) => {}
                Some(token) => {
                    return Err(self.unexpected(Some(token), "\",\" or the end of order_by"));
                }
            }
        }
    }

    /// Parses `field ["asc" | "desc"]` and appends it to the keys.
    fn parse_key(&mut self) -> Result<(), OrderError> {
        let (name, position) = match self.tokens.next() {
            Some(Token {
                kind: TokenKind::Word(name),
                position,
            }) => (name, position),
            other => return Err(self.unexpected(other, "a field name")),
        };

        let field = self.lookup_field(&name, position)?;
        self.check_not_repeated(field, position)?;
        self.check_key_count(position)?;
        let descending = self.parse_direction();
        self.keys.push((OrderKey { field, descending }, position));
        Ok(())
    }

    /// Consumes an `asc` or `desc` if one comes next, and returns whether it was `desc`.
    fn parse_direction(&mut self) -> bool {
        let direction = match self.tokens.peek() {
            Some(Token {
                kind: TokenKind::Word(word),
                ..
            }) => word.to_ascii_lowercase(),
            _ => return false,
        };
        match direction.as_str() {
            "asc" => {
                self.tokens.next();
                false
            }
            "desc" => {
                self.tokens.next();
                true
            }
            _ => false,
        }
    }

    fn lookup_field(&self, name: &str, position: usize) -> Result<&'static str, OrderError> {
        if let Some(field) = self.fields.iter().find(|field| field.name == name) {
            return Ok(field.name);
        }
        let name = excerpt(name);
        let allowed = if self.fields.is_empty() {
            "this collection has no sortable fields".to_string()
        } else {
            let names: Vec<&str> = self.fields.iter().map(|field| field.name).collect();
            format!("sortable fields are {}", names.join(", "))
        };
        Err(OrderError::new(
            position,
            format!("unknown field {name:?} at position {position}; {allowed}"),
        ))
    }

    fn check_not_repeated(&self, field: &'static str, position: usize) -> Result<(), OrderError> {
        let Some((_, first_position)) = self.keys.iter().find(|(key, _)| key.field == field) else {
            return Ok(());
        };
        Err(OrderError::new(
            position,
            format!(
                "field {field:?} at position {position} is already a sort key at position \
                 {first_position}; sort by each field at most once"
            ),
        ))
    }

    fn check_key_count(&self, position: usize) -> Result<(), OrderError> {
        if self.keys.len() < MAX_ORDER_KEYS {
            return Ok(());
        }
        Err(OrderError::new(
            position,
            format!(
                "too many sort keys at position {position}; order_by may name at most \
                 {MAX_ORDER_KEYS} fields"
            ),
        ))
    }

    fn unexpected(&self, token: Option<Token>, expected: &str) -> OrderError {
        let (found, position) = match token {
            None => ("end of order_by".to_string(), self.end_position),
            Some(Token {
                kind: TokenKind::Comma,
                position,
            }) => ("\",\"".to_string(), position),
            Some(Token {
                kind: TokenKind::Word(word),
                position,
            }) => (format!("{:?}", excerpt(&word)), position),
        };
        OrderError::new(
            position,
            format!("unexpected {found} at position {position}; expected {expected}"),
        )
    }
}

/// Shortens client text to at most 40 characters for an error message.
fn excerpt(text: &str) -> String {
    const MAX_CHARS: usize = 40;
    if text.chars().count() <= MAX_CHARS {
        return text.to_string();
    }
    let mut short: String = text.chars().take(MAX_CHARS).collect();
    short.push('…');
    short
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIELDS: &[OrderField] = &[
        OrderField { name: "name" },
        OrderField { name: "priority" },
        OrderField {
            name: "create_time",
        },
        OrderField {
            name: "update_time",
        },
        OrderField {
            name: "max_wait_seconds",
        },
        OrderField { name: "id" },
    ];

    fn key(field: &'static str, descending: bool) -> OrderKey {
        OrderKey { field, descending }
    }

    fn parse_ok(order_by: &str) -> Vec<OrderKey> {
        match parse(order_by, FIELDS) {
            Ok(keys) => keys,
            Err(error) => panic!("{order_by:?} failed: {error}"),
        }
    }

    fn parse_err(order_by: &str) -> OrderError {
        match parse(order_by, FIELDS) {
            Ok(keys) => panic!("{order_by:?} parsed to {keys:?}, expected an error"),
            Err(error) => error,
        }
    }

    #[test]
    fn empty_order_by_is_empty() {
        for order_by in ["", " ", "\t\n ", "\u{3000}"] {
            assert_eq!(parse_ok(order_by), Vec::new(), "{order_by:?}");
        }
    }

    #[test]
    fn single_key_directions() {
        assert_eq!(parse_ok("name"), vec![key("name", false)]);
        assert_eq!(parse_ok("name asc"), vec![key("name", false)]);
        assert_eq!(parse_ok("name desc"), vec![key("name", true)]);
        assert_eq!(parse_ok("name DESC"), vec![key("name", true)]);
        assert_eq!(parse_ok("name Desc"), vec![key("name", true)]);
        assert_eq!(parse_ok("name ASC"), vec![key("name", false)]);
    }

    #[test]
    fn several_keys_keep_order() {
        let expected = vec![
            key("priority", true),
            key("create_time", false),
            key("name", false),
        ];
        assert_eq!(parse_ok("priority desc, create_time asc, name"), expected);
        assert_eq!(parse_ok("priority desc,create_time asc,name"), expected);
        assert_eq!(
            parse_ok("  priority\tdesc ,\n create_time  ASC ,name  "),
            expected
        );
    }

    #[test]
    fn maximum_key_count_accepted() {
        let keys = parse_ok("name, priority desc, create_time, update_time, max_wait_seconds");
        assert_eq!(keys.len(), MAX_ORDER_KEYS);
        assert_eq!(keys[4], key("max_wait_seconds", false));
    }

    #[test]
    fn too_many_keys_rejected() {
        let error = parse_err("name, priority, create_time, update_time, max_wait_seconds, id");
        assert_eq!(error.position, 61);
        assert_eq!(
            error.message,
            "too many sort keys at position 61; order_by may name at most 5 fields"
        );
    }

    #[test]
    fn unknown_field_lists_allowed() {
        let error = parse_err("name, colour desc");
        assert_eq!(error.position, 7);
        assert_eq!(
            error.message,
            "unknown field \"colour\" at position 7; sortable fields are name, priority, \
             create_time, update_time, max_wait_seconds, id"
        );

        let error = parse("name", &[]).expect_err("no fields are sortable");
        assert!(error.message.contains("no sortable fields"), "{error}");
    }

    #[test]
    fn field_names_are_case_sensitive() {
        let error = parse_err("Name");
        assert_eq!(error.position, 1);
        assert!(error.message.contains("unknown field \"Name\""), "{error}");
    }

    #[test]
    fn repeated_field_rejected() {
        let error = parse_err("name, priority, name desc");
        assert_eq!(error.position, 17);
        assert_eq!(
            error.message,
            "field \"name\" at position 17 is already a sort key at position 1; sort by each \
             field at most once"
        );
    }

    #[test]
    fn error_positions_and_messages() {
        let cases = [
            (
                ",name",
                1,
                "unexpected \",\" at position 1; expected a field name",
            ),
            (
                "name,,priority",
                6,
                "unexpected \",\" at position 6; expected a field name",
            ),
            (
                "name,",
                6,
                "unexpected end of order_by at position 6; expected a field name",
            ),
            (
                "name, ",
                7,
                "unexpected end of order_by at position 7; expected a field name",
            ),
            (
                "name up",
                6,
                "unexpected \"up\" at position 6; expected \",\" or the end of order_by",
            ),
            (
                "name desc desc",
                11,
                "unexpected \"desc\" at position 11; expected \",\" or the end of order_by",
            ),
            (
                "name priority",
                6,
                "unexpected \"priority\" at position 6; expected \",\" or the end of order_by",
            ),
            (
                "desc",
                1,
                "unknown field \"desc\" at position 1; sortable fields are name, priority, \
                 create_time, update_time, max_wait_seconds, id",
            ),
        ];
        for (order_by, position, message) in cases {
            let error = parse_err(order_by);
            assert_eq!(error.position, position, "{order_by}");
            assert_eq!(error.message, message, "{order_by}");
        }
    }

    #[test]
    fn positions_count_characters_not_bytes() {
        let error = parse_err("name, 日本 desc");
        assert_eq!(error.position, 7);

        let error = parse_err("name desc, priority 🙂");
        assert_eq!(error.position, 21);
    }

    #[test]
    fn error_display_is_message() {
        let error = parse_err("colour");
        assert_eq!(error.to_string(), error.message);
    }

    #[test]
    fn long_field_name_shortened_in_message() {
        let error = parse_err(&"x".repeat(500));
        assert!(error.message.len() < 200, "{error}");
        assert!(error.message.contains('…'), "{error}");
    }

    /// Deterministic xorshift64 generator, so a failing input can be reproduced.
    struct Generator(u64);

    impl Generator {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn below(&mut self, bound: usize) -> usize {
            (self.next() % bound as u64) as usize
        }
    }

    const FUZZ_PIECES: &[&str] = &[
        ",",
        " ",
        "\t",
        "\n",
        "\0",
        "name",
        "priority",
        "id",
        "create_time",
        "asc",
        "desc",
        "DESC",
        "é",
        "日本",
        "🙂",
        "\u{202E}",
        "\"",
        "'",
        "(",
        ")",
        "-",
        ".",
    ];

    #[test]
    fn garbage_input_never_panics() {
        let mut generator = Generator(0xD1B5_4A32_D192_ED03);
        let mut accepted = 0;
        for _ in 0..20_000 {
            let mut order_by = String::new();
            for _ in 0..generator.below(16) {
                if generator.below(4) == 0 {
                    let code = (generator.next() % 0x11_0000) as u32;
                    order_by.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
                } else {
                    order_by.push_str(FUZZ_PIECES[generator.below(FUZZ_PIECES.len())]);
                }
            }

            match parse(&order_by, FIELDS) {
                Ok(keys) => {
                    accepted += 1;
                    assert!(keys.len() <= MAX_ORDER_KEYS, "{order_by:?}");
                }
                Err(error) => {
                    let length = order_by.chars().count();
                    assert!(
                        (1..=length + 1).contains(&error.position),
                        "{order_by:?}: position {} outside 1..={}",
                        error.position,
                        length + 1
                    );
                    let stated = format!("position {}", error.position);
                    assert!(error.message.contains(&stated), "{order_by:?}: {error}");
                }
            }
        }
        assert!(accepted > 0, "the generator produced no valid order_by");
    }
}
