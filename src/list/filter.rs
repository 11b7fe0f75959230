//! Parser and type checker for the `filter` parameter of list methods.
//!
//! The language is a subset of AIP-160: comparisons of an allow-listed field with a literal,
//! combined with `AND`, `OR`, `NOT` or `-`, and parentheses. Function calls, `.` traversal
//! into messages and bare values without a field (global restrictions) are not supported. A
//! name that contains a dot is still accepted when the allow-list declares it.
//!
//! Precedence follows AIP-160, not SQL: `NOT` binds tightest, then `OR`, then `AND`, so
//! `a = 1 AND b = 2 OR c = 3` means `a = 1 AND (b = 2 OR c = 3)`. Two terms separated only by
//! whitespace are joined by `AND`, binding tighter than an explicit `AND` and looser than `OR`.
//!
//! The output is a typed [`Expr`]. Values carry no pattern semantics: `*`, `%` and `_` in a
//! value are plain characters, and the translation into SQL must bind every value as a
//! parameter.

use chrono::{DateTime, Utc};

/// Maximum length of a filter, in characters (Unicode scalar values).
pub const MAX_FILTER_LENGTH: usize = 2000;

/// Maximum nesting of parentheses, `NOT` and `-` in a filter. The parser recurses once per
/// level, so this limit also bounds its stack use.
pub const MAX_FILTER_DEPTH: usize = 32;

/// The type of a filterable field, which decides the operators and values it accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    /// Text. Accepts every operator, and `:` tests for a substring.
    String,
    /// 64-bit signed integer. Accepts `=`, `!=`, `<`, `<=`, `>` and `>=`.
    Integer,
    /// Boolean written `true` or `false`. Accepts `=` and `!=`.
    Bool,
    /// RFC 3339 timestamp with an offset. Accepts `=`, `!=`, `<`, `<=`, `>` and `>=`.
    Timestamp,
    /// Enumeration whose values are these lowercase names. Accepts `=` and `!=`.
    Enum(&'static [&'static str]),
    /// Repeated string. Accepts only `:`, which tests whether the list contains an element.
    StringList,
}

/// One filterable field of a collection, as named in filter strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FilterField {
    pub name: &'static str,
    pub field_type: FieldType,
}

/// A literal value, already converted to the type of the field that it is compared with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// Text, exactly as written after unescaping. String and string-list fields take it.
    String(String),
    Integer(i64),
    Bool(bool),
    /// A timestamp converted to UTC from the offset it was written with.
    Timestamp(DateTime<Utc>),
    /// One of the field's declared enum names, in lowercase.
    Enum(String),
}

/// A comparison operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Operator {
    /// `=`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `:`, which means "contains the substring" on a string field and "contains the element"
    /// on a string-list field.
    Has,
}

impl Operator {
    fn symbol(self) -> &'static str {
        match self {
            Operator::Eq => "=",
            Operator::Ne => "!=",
            Operator::Lt => "<",
            Operator::Le => "<=",
            Operator::Gt => ">",
            Operator::Ge => ">=",
            Operator::Has => ":",
        }
    }
}

/// A type-checked filter expression.
///
/// `And` and `Or` always have at least two operands, and an operand is never of the same
/// variant as its parent, because the parser flattens `a AND (b AND c)` into one `And` of three.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expr {
    And(Vec<Expr>),
    Or(Vec<Expr>),
    Not(Box<Expr>),
    /// A comparison whose value has the field's type: a `Value::String` for string and
    /// string-list fields, and the matching variant for the others.
    Compare {
        field: &'static str,
        op: Operator,
        value: Value,
    },
}

/// An invalid filter.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct FilterError {
    /// 1-based character position where the problem starts. For an unexpected end of the
    /// filter it is one past the last character.
    pub position: usize,
    /// Plain-English description that contains the position, what was found and what was
    /// expected.
    pub message: String,
}

impl FilterError {
    fn new(position: usize, message: String) -> Self {
        Self { position, message }
    }
}

/// Parses `filter` and type-checks it against `fields`, the collection's filterable fields.
///
/// Returns `Ok(None)` for an empty or whitespace-only filter, which means no filter.
///
/// # Errors
///
/// Returns a [`FilterError`] for a syntax error, an unknown field, an operator or value that
/// the field's type does not accept, a filter longer than [`MAX_FILTER_LENGTH`] characters, or
/// nesting deeper than [`MAX_FILTER_DEPTH`] levels.
pub fn parse(filter: &str, fields: &[FilterField]) -> Result<Option<Expr>, FilterError> {
    check_length(filter)?;
    parse_without_length_limit(filter, fields)
}

fn check_length(filter: &str) -> Result<(), FilterError> {
    let length = filter.chars().count();
    if length <= MAX_FILTER_LENGTH {
        return Ok(());
    }
    let position = MAX_FILTER_LENGTH + 1;
    Err(FilterError::new(
        position,
        format!(
            "filter is too long at position {position}; it has {length} characters and the \
             maximum is {MAX_FILTER_LENGTH}"
        ),
    ))
}

/// Parses a filter of any length. Kept separate from [`parse`] so that tests can show that
/// the depth limit alone protects the stack.
fn parse_without_length_limit(
    filter: &str,
    fields: &[FilterField],
) -> Result<Option<Expr>, FilterError> {
    let tokens = tokenize(filter)?;
    if tokens.is_empty() {
        return Ok(None);
    }

    let mut parser = Parser {
        tokens,
        index: 0,
        fields,
        end_position: filter.chars().count() + 1,
    };
    let expression = parser.parse_expression(0)?;
    parser.expect_end()?;
    Ok(Some(expression))
}

// ---------------------------------------------------------------------------------------------
// Tokenizer
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq)]
enum TokenKind {
    LeftParen,
    RightParen,
    /// `-` written before a term, which negates it.
    Minus,
    And,
    Or,
    Not,
    Comparator(Operator),
    /// Unquoted text: a field name or a value.
    Word(String),
    /// The unescaped contents of a single- or double-quoted string.
    Quoted(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Token {
    kind: TokenKind,
    /// 1-based character position of the token's first character.
    position: usize,
}

/// Splits a filter into tokens.
///
/// The tokenizer reads the token after a comparator as a value. There a leading `-` belongs to
/// the word (`priority > -5`), and `:` does not end it (`create_time > 2026-01-01T00:00:00Z`).
fn tokenize(filter: &str) -> Result<Vec<Token>, FilterError> {
    let mut lexer = Lexer {
        chars: filter.chars().collect(),
        index: 0,
    };
    let mut tokens: Vec<Token> = Vec::new();
    loop {
        let value_expected = matches!(
            tokens.last(),
            Some(Token {
                kind: TokenKind::Comparator(_),
                ..
            })
        );
        match lexer.next_token(value_expected)? {
            Some(token) => tokens.push(token),
            None => return Ok(tokens),
        }
    }
}

struct Lexer {
    chars: Vec<char>,
    /// 0-based index of the next character to read.
    index: usize,
}

impl Lexer {
    fn position(&self) -> usize {
        self.index + 1
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.index).copied()
    }

    fn skip_whitespace(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.index += 1;
        }
    }

    fn next_token(&mut self, value_expected: bool) -> Result<Option<Token>, FilterError> {
        self.skip_whitespace();
        let Some(current) = self.peek() else {
            return Ok(None);
        };
        let position = self.position();

        let kind = match current {
            '(' => self.single(TokenKind::LeftParen),
            ')' => self.single(TokenKind::RightParen),
            '"' | '\'' => self.read_quoted(current)?,
            '=' | '!' | '<' | '>' | ':' => self.read_comparator()?,
            '-' if !value_expected => self.single(TokenKind::Minus),
            _ if current.is_control() => return Err(control_character_error(current, position)),
            _ => self.read_word(value_expected),
        };
        Ok(Some(Token { kind, position }))
    }

    fn single(&mut self, kind: TokenKind) -> TokenKind {
        self.index += 1;
        kind
    }

    fn read_comparator(&mut self) -> Result<TokenKind, FilterError> {
        let position = self.position();
        let first = self.peek();
        self.index += 1;
        let followed_by_equals = self.peek() == Some('=');

        let operator = match (first, followed_by_equals) {
            (Some('!'), true) => Operator::Ne,
            (Some('<'), true) => Operator::Le,
            (Some('>'), true) => Operator::Ge,
            (Some('<'), false) => Operator::Lt,
            (Some('>'), false) => Operator::Gt,
            (Some(':'), _) => Operator::Has,
            (Some('='), _) => Operator::Eq,
            _ => {
                return Err(FilterError::new(
                    position,
                    format!("unexpected \"!\" at position {position}; expected \"!=\""),
                ));
            }
        };
        if matches!(operator, Operator::Ne | Operator::Le | Operator::Ge) {
            self.index += 1;
        }
        Ok(TokenKind::Comparator(operator))
    }

    /// Reads a string quoted with `quote`. Inside it, `\\`, `\"` and `\'` are the only escapes.
    fn read_quoted(&mut self, quote: char) -> Result<TokenKind, FilterError> {
        let start = self.position();
        self.index += 1;
        let mut text = String::new();
        loop {
            let position = self.position();
            let Some(current) = self.peek() else {
                return Err(unterminated_string_error(start));
            };
            self.index += 1;

            if current == quote {
                return Ok(TokenKind::Quoted(text));
            }
            if current == '\\' {
                text.push(self.read_escape(start, position)?);
            } else if current.is_control() {
                return Err(control_character_error(current, position));
            } else {
                text.push(current);
            }
        }
    }

    /// Reads the character after a backslash that starts at `position`.
    fn read_escape(&mut self, start: usize, position: usize) -> Result<char, FilterError> {
        let Some(escaped) = self.peek() else {
            return Err(unterminated_string_error(start));
        };
        if !matches!(escaped, '\\' | '"' | '\'') {
            let sequence = format!("\\{escaped}");
            return Err(FilterError::new(
                position,
                format!(
                    "invalid escape sequence {sequence:?} at position {position}; inside a \
                     string only \\\", \\' and \\\\ are allowed"
                ),
            ));
        }
        self.index += 1;
        Ok(escaped)
    }

    fn read_word(&mut self, value_expected: bool) -> TokenKind {
        let mut text = String::new();
        while let Some(current) = self.peek() {
            if ends_word(current, value_expected) {
                break;
            }
            text.push(current);
            self.index += 1;
        }

        match text.as_str() {
            "AND" => TokenKind::And,
            "OR" => TokenKind::Or,
            "NOT" => TokenKind::Not,
            _ => TokenKind::Word(text),
        }
    }
}

fn ends_word(character: char, value_expected: bool) -> bool {
    character.is_whitespace()
        || character.is_control()
        || matches!(character, '(' | ')' | '"' | '\'' | '=' | '!' | '<' | '>')
        || (character == ':' && !value_expected)
}

fn unterminated_string_error(start: usize) -> FilterError {
    FilterError::new(
        start,
        format!("unterminated string starting at position {start}; close it with the same quote"),
    )
}

fn control_character_error(character: char, position: usize) -> FilterError {
    let code = u32::from(character);
    FilterError::new(
        position,
        format!(
            "invalid control character U+{code:04X} at position {position}; a filter may \
             contain no control characters except whitespace between tokens"
        ),
    )
}

// ---------------------------------------------------------------------------------------------
// Parser
// ---------------------------------------------------------------------------------------------

/// Recursive-descent parser over the tokens. Grammar, from the loosest binding:
///
/// ```text
/// or         := and ("OR" and)*
/// and        := unary (["AND"] unary)*
/// unary      := ("NOT" | "-") unary | "(" or ")" | comparison
/// comparison := WORD COMPARATOR (WORD | QUOTED)
/// ```
struct Parser<'a> {
    tokens: Vec<Token>,
    index: usize,
    fields: &'a [FilterField],
    /// Position reported for an unexpected end of the filter.
    end_position: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.index)
    }

    fn peek_kind(&self) -> Option<&TokenKind> {
        self.peek().map(|token| &token.kind)
    }

    fn advance(&mut self) -> Option<Token> {
        let token = self.tokens.get(self.index).cloned();
        self.index += 1;
        token
    }

    fn unexpected(&self, token: Option<&Token>, expected: &str) -> FilterError {
        let position = token.map_or(self.end_position, |token| token.position);
        let found = describe(token);
        FilterError::new(
            position,
            format!("unexpected {found} at position {position}; expected {expected}"),
        )
    }

    fn expect_end(&self) -> Result<(), FilterError> {
        match self.peek() {
            None => Ok(()),
            Some(token) if token.kind == TokenKind::RightParen => {
                let position = token.position;
                Err(FilterError::new(
                    position,
                    format!("unexpected \")\" at position {position}; no \"(\" is open"),
                ))
            }
            Some(token) => Err(self.unexpected(Some(token), "AND, OR or the end of the filter")),
        }
    }

    /// Parses sequences joined by explicit `AND`, the loosest binding.
    fn parse_expression(&mut self, depth: usize) -> Result<Expr, FilterError> {
        let mut operands = vec![self.parse_sequence(depth)?];
        while self.peek_kind() == Some(&TokenKind::And) {
            self.index += 1;
            operands.push(self.parse_sequence(depth)?);
        }
        Ok(combine(operands, Join::And))
    }

    /// Parses factors written next to each other, which AIP-160 joins by `AND`.
    fn parse_sequence(&mut self, depth: usize) -> Result<Expr, FilterError> {
        let mut operands = vec![self.parse_factor(depth)?];
        while self.peek_kind().is_some_and(starts_term) {
            operands.push(self.parse_factor(depth)?);
        }
        Ok(combine(operands, Join::And))
    }

    /// Parses terms joined by `OR`, which binds tighter than `AND`.
    fn parse_factor(&mut self, depth: usize) -> Result<Expr, FilterError> {
        let mut operands = vec![self.parse_unary(depth)?];
        while self.peek_kind() == Some(&TokenKind::Or) {
            self.index += 1;
            operands.push(self.parse_unary(depth)?);
        }
        Ok(combine(operands, Join::Or))
    }

    fn parse_unary(&mut self, depth: usize) -> Result<Expr, FilterError> {
        let Some(token) = self.peek() else {
            return Err(self.unexpected(None, "a field name"));
        };
        let position = token.position;

        match token.kind {
            TokenKind::Not | TokenKind::Minus => {
                let depth = enter(depth, position)?;
                self.index += 1;
                Ok(Expr::Not(Box::new(self.parse_unary(depth)?)))
            }
            TokenKind::LeftParen => {
                let depth = enter(depth, position)?;
                self.index += 1;
                self.parse_group_rest(depth, position)
            }
            _ => self.parse_comparison(),
        }
    }

    /// Parses the inside of a group and its `)`, after the `(` at `open_position`.
    fn parse_group_rest(
        &mut self,
        depth: usize,
        open_position: usize,
    ) -> Result<Expr, FilterError> {
        let inner = self.parse_expression(depth)?;
        match self.advance() {
            Some(Token {
                kind: TokenKind::RightParen,
                ..
            }) => Ok(inner),
            other => {
                let expected =
                    format!("AND, OR or \")\" to close the \"(\" at position {open_position}");
                Err(self.unexpected(other.as_ref(), &expected))
            }
        }
    }

    fn parse_comparison(&mut self) -> Result<Expr, FilterError> {
        let field = self.parse_field()?;
        let (op, op_position) = self.parse_operator(field)?;
        check_operator(field, op, op_position)?;
        let (text, value_position) = self.parse_value(op)?;
        let value = convert_value(field, &text, value_position)?;
        Ok(Expr::Compare {
            field: field.name,
            op,
            value,
        })
    }

    fn parse_field(&mut self) -> Result<FilterField, FilterError> {
        match self.advance() {
            Some(Token {
                kind: TokenKind::Word(name),
                position,
            }) => self.lookup_field(&name, position),
            other => Err(self.unexpected(other.as_ref(), "a field name")),
        }
    }

    fn lookup_field(&self, name: &str, position: usize) -> Result<FilterField, FilterError> {
        if let Some(field) = self.fields.iter().find(|field| field.name == name) {
            return Ok(*field);
        }
        let name = excerpt(name);
        let allowed = if self.fields.is_empty() {
            "this collection has no filterable fields".to_string()
        } else {
            let names: Vec<&str> = self.fields.iter().map(|field| field.name).collect();
            format!("filterable fields are {}", names.join(", "))
        };
        Err(FilterError::new(
            position,
            format!("unknown field {name:?} at position {position}; {allowed}"),
        ))
    }

    fn parse_operator(&mut self, field: FilterField) -> Result<(Operator, usize), FilterError> {
        match self.advance() {
            Some(Token {
                kind: TokenKind::Comparator(op),
                position,
            }) => Ok((op, position)),
            other => {
                let expected = format!(
                    "a comparison operator (=, !=, <, <=, >, >= or :) after {:?}",
                    field.name
                );
                Err(self.unexpected(other.as_ref(), &expected))
            }
        }
    }

    fn parse_value(&mut self, op: Operator) -> Result<(String, usize), FilterError> {
        match self.advance() {
            Some(Token {
                kind: TokenKind::Word(text) | TokenKind::Quoted(text),
                position,
            }) => Ok((text, position)),
            Some(
                token @ Token {
                    kind: TokenKind::And | TokenKind::Or | TokenKind::Not,
                    ..
                },
            ) => Err(self.unexpected(
                Some(&token),
                "a value; to compare with the word AND, OR or NOT, put it in quotes",
            )),
            other => {
                let expected = format!("a value after {:?}", op.symbol());
                Err(self.unexpected(other.as_ref(), &expected))
            }
        }
    }
}

/// Returns the depth inside a `(`, `NOT` or `-` at `position`, or an error past the limit.
fn enter(depth: usize, position: usize) -> Result<usize, FilterError> {
    let depth = depth + 1;
    if depth <= MAX_FILTER_DEPTH {
        return Ok(depth);
    }
    Err(FilterError::new(
        position,
        format!(
            "filter is nested too deeply at position {position}; at most {MAX_FILTER_DEPTH} \
             levels of parentheses, NOT and \"-\" are allowed"
        ),
    ))
}

fn starts_term(kind: &TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Word(_)
            | TokenKind::Quoted(_)
            | TokenKind::LeftParen
            | TokenKind::Not
            | TokenKind::Minus
    )
}

/// The two ways to join operands.
#[derive(Debug, Clone, Copy)]
enum Join {
    And,
    Or,
}

/// Joins `operands` with `join`, inlining operands that are already joins of the same kind.
/// A single operand that is not such a join is returned as it is.
fn combine(operands: Vec<Expr>, join: Join) -> Expr {
    let mut flat = Vec::with_capacity(operands.len());
    for operand in operands {
        match (join, operand) {
            (Join::And, Expr::And(inner)) | (Join::Or, Expr::Or(inner)) => flat.extend(inner),
            (_, operand) => flat.push(operand),
        }
    }

    if flat.len() == 1
        && let Some(only) = flat.pop()
    {
        return only;
    }
    match join {
        Join::And => Expr::And(flat),
        Join::Or => Expr::Or(flat),
    }
}

/// Describes a token for an error message, quoting any text that the client wrote.
fn describe(token: Option<&Token>) -> String {
    let Some(token) = token else {
        return "end of filter".to_string();
    };
    match &token.kind {
        TokenKind::LeftParen => "\"(\"".to_string(),
        TokenKind::RightParen => "\")\"".to_string(),
        TokenKind::Minus => "\"-\"".to_string(),
        TokenKind::And => "\"AND\"".to_string(),
        TokenKind::Or => "\"OR\"".to_string(),
        TokenKind::Not => "\"NOT\"".to_string(),
        TokenKind::Comparator(op) => format!("{:?}", op.symbol()),
        TokenKind::Word(text) => format!("{:?}", excerpt(text)),
        TokenKind::Quoted(text) => format!("string {:?}", excerpt(text)),
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

// ---------------------------------------------------------------------------------------------
// Type checking
// ---------------------------------------------------------------------------------------------

const ALL_OPERATORS: &[Operator] = &[
    Operator::Eq,
    Operator::Ne,
    Operator::Lt,
    Operator::Le,
    Operator::Gt,
    Operator::Ge,
    Operator::Has,
];
const ORDERING_OPERATORS: &[Operator] = &[
    Operator::Eq,
    Operator::Ne,
    Operator::Lt,
    Operator::Le,
    Operator::Gt,
    Operator::Ge,
];
const EQUALITY_OPERATORS: &[Operator] = &[Operator::Eq, Operator::Ne];
const HAS_OPERATOR: &[Operator] = &[Operator::Has];

fn check_operator(field: FilterField, op: Operator, position: usize) -> Result<(), FilterError> {
    let (allowed, hint) = match field.field_type {
        FieldType::String => (ALL_OPERATORS, ""),
        FieldType::Integer | FieldType::Timestamp => {
            (ORDERING_OPERATORS, "use =, !=, <, <=, > or >=")
        }
        FieldType::Bool | FieldType::Enum(_) => (EQUALITY_OPERATORS, "use = or !="),
        FieldType::StringList => (
            HAS_OPERATOR,
            "use \":\" to match lists that contain a value",
        ),
    };
    if allowed.contains(&op) {
        return Ok(());
    }
    Err(FilterError::new(
        position,
        format!(
            "operator {:?} at position {position} is not supported for {} field {:?}; {hint}",
            op.symbol(),
            type_name(field.field_type),
            field.name,
        ),
    ))
}

fn type_name(field_type: FieldType) -> &'static str {
    match field_type {
        FieldType::String => "string",
        FieldType::Integer => "integer",
        FieldType::Bool => "boolean",
        FieldType::Timestamp => "timestamp",
        FieldType::Enum(_) => "enum",
        FieldType::StringList => "string list",
    }
}

/// Converts the text of a value, quoted or not, to the field's type.
fn convert_value(field: FilterField, text: &str, position: usize) -> Result<Value, FilterError> {
    let invalid = |expected: String| invalid_value_error(field, text, position, &expected);

    match field.field_type {
        FieldType::String | FieldType::StringList => Ok(Value::String(text.to_string())),
        FieldType::Integer => text
            .parse::<i64>()
            .map(Value::Integer)
            .map_err(|_| invalid("a 64-bit integer such as 42 or -7".to_string())),
        FieldType::Bool => parse_bool(text)
            .map(Value::Bool)
            .ok_or_else(|| invalid("true or false".to_string())),
        FieldType::Timestamp => parse_timestamp(text)
            .map(Value::Timestamp)
            .map_err(|reason| {
                invalid(format!(
                    "an RFC 3339 timestamp with an offset, such as 2026-01-01T00:00:00Z or \
                 2026-01-01T09:30:00+02:00 ({reason})"
                ))
            }),
        FieldType::Enum(names) => parse_enum(text, names)
            .map(Value::Enum)
            .ok_or_else(|| invalid(format!("one of {}", names.join(", ")))),
    }
}

fn invalid_value_error(
    field: FilterField,
    text: &str,
    position: usize,
    expected: &str,
) -> FilterError {
    FilterError::new(
        position,
        format!(
            "invalid value {:?} at position {position} for {} field {:?}; expected {expected}",
            excerpt(text),
            type_name(field.field_type),
            field.name,
        ),
    )
}

/// Accepts `true` and `false` in any letter case.
fn parse_bool(text: &str) -> Option<bool> {
    if text.eq_ignore_ascii_case("true") {
        Some(true)
    } else if text.eq_ignore_ascii_case("false") {
        Some(false)
    } else {
        None
    }
}

/// Parses RFC 3339, which requires an offset (`Z` or `±hh:mm`), and converts it to UTC.
fn parse_timestamp(text: &str) -> Result<DateTime<Utc>, chrono::ParseError> {
    DateTime::parse_from_rfc3339(text).map(|timestamp| timestamp.with_timezone(&Utc))
}

/// Matches `text` against the declared names in any ASCII letter case.
fn parse_enum(text: &str, names: &[&str]) -> Option<String> {
    names
        .iter()
        .find(|name| name.eq_ignore_ascii_case(text))
        .map(|name| name.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    const PRIORITIES: &[&str] = &["low", "normal", "high"];
    const STATES: &[&str] = &["open", "ended"];

    const FIELDS: &[FilterField] = &[
        FilterField {
            name: "name",
            field_type: FieldType::String,
        },
        FilterField {
            name: "priority",
            field_type: FieldType::Enum(PRIORITIES),
        },
        FilterField {
            name: "state",
            field_type: FieldType::Enum(STATES),
        },
        FilterField {
            name: "max_wait_seconds",
            field_type: FieldType::Integer,
        },
        FilterField {
            name: "active",
            field_type: FieldType::Bool,
        },
        FilterField {
            name: "create_time",
            field_type: FieldType::Timestamp,
        },
        FilterField {
            name: "skills",
            field_type: FieldType::StringList,
        },
    ];

    fn parse_ok(filter: &str) -> Expr {
        match parse(filter, FIELDS) {
            Ok(Some(expression)) => expression,
            Ok(None) => panic!("{filter:?} parsed to no expression"),
            Err(error) => panic!("{filter:?} failed: {error}"),
        }
    }

    fn parse_err(filter: &str) -> FilterError {
        match parse(filter, FIELDS) {
            Ok(expression) => panic!("{filter:?} parsed to {expression:?}, expected an error"),
            Err(error) => error,
        }
    }

    fn compare(field: &'static str, op: Operator, value: Value) -> Expr {
        Expr::Compare { field, op, value }
    }

    fn string(field: &'static str, text: &str) -> Expr {
        compare(field, Operator::Eq, Value::String(text.to_string()))
    }

    fn integer(value: i64) -> Expr {
        compare("max_wait_seconds", Operator::Eq, Value::Integer(value))
    }

    fn not(expression: Expr) -> Expr {
        Expr::Not(Box::new(expression))
    }

    fn utc(year: i32, month: u32, day: u32, hour: u32, minute: u32, second: u32) -> Value {
        let timestamp = Utc
            .with_ymd_and_hms(year, month, day, hour, minute, second)
            .single()
            .expect("valid test timestamp");
        Value::Timestamp(timestamp)
    }

    #[test]
    fn empty_filter_is_none() {
        for filter in ["", " ", "\t\n  ", "\u{3000}"] {
            assert_eq!(parse(filter, FIELDS), Ok(None), "{filter:?}");
        }
    }

    #[test]
    fn every_operator_parses() {
        let cases = [
            ("=", Operator::Eq),
            ("!=", Operator::Ne),
            ("<", Operator::Lt),
            ("<=", Operator::Le),
            (">", Operator::Gt),
            (">=", Operator::Ge),
        ];
        for (symbol, op) in cases {
            let expected = compare("max_wait_seconds", op, Value::Integer(30));
            assert_eq!(parse_ok(&format!("max_wait_seconds {symbol} 30")), expected);
            assert_eq!(parse_ok(&format!("max_wait_seconds{symbol}30")), expected);
        }
        let has = compare("name", Operator::Has, Value::String("prem".to_string()));
        assert_eq!(parse_ok("name:prem"), has);
        assert_eq!(parse_ok("name : \"prem\""), has);
    }

    #[test]
    fn or_binds_tighter_than_and() {
        let expected = Expr::And(vec![
            Expr::Or(vec![integer(1), string("name", "b")]),
            string("name", "c"),
        ]);
        assert_eq!(
            parse_ok("max_wait_seconds = 1 OR name = b AND name = c"),
            expected
        );

        let expected = Expr::And(vec![
            integer(1),
            Expr::Or(vec![string("name", "b"), string("name", "c")]),
        ]);
        assert_eq!(
            parse_ok("max_wait_seconds = 1 AND name = b OR name = c"),
            expected
        );
    }

    #[test]
    fn adjacency_binds_between_or_and_and() {
        let expected = Expr::And(vec![
            integer(1),
            Expr::Or(vec![string("name", "b"), string("name", "c")]),
        ]);
        assert_eq!(
            parse_ok("max_wait_seconds = 1 name = b OR name = c"),
            expected
        );
    }

    #[test]
    fn parentheses_override_precedence() {
        let expected = Expr::Or(vec![
            Expr::And(vec![integer(1), string("name", "b")]),
            string("name", "c"),
        ]);
        assert_eq!(
            parse_ok("(max_wait_seconds = 1 AND name = b) OR name = c"),
            expected
        );
        assert_eq!(parse_ok("((((name = b))))"), string("name", "b"));
    }

    #[test]
    fn not_binds_tighter_than_and() {
        let expected = Expr::And(vec![not(string("name", "a")), string("name", "b")]);
        assert_eq!(parse_ok("NOT name = a AND name = b"), expected);

        let expected = not(Expr::And(vec![string("name", "a"), string("name", "b")]));
        assert_eq!(parse_ok("NOT (name = a AND name = b)"), expected);
        assert_eq!(parse_ok("NOT(name = a AND name = b)"), expected);
    }

    #[test]
    fn minus_negates_term() {
        let ended = compare("state", Operator::Eq, Value::Enum("ended".to_string()));
        assert_eq!(parse_ok("-state = \"ended\""), not(ended.clone()));
        assert_eq!(parse_ok("-state=ended"), not(ended.clone()));
        assert_eq!(parse_ok("NOT -state = ended"), not(not(ended.clone())));
        assert_eq!(
            parse_ok("-(state = ended OR name = x)"),
            not(Expr::Or(vec![ended, string("name", "x")]))
        );
    }

    #[test]
    fn adjacent_terms_are_and() {
        let expected = Expr::And(vec![
            string("name", "x"),
            compare("active", Operator::Eq, Value::Bool(true)),
        ]);
        assert_eq!(parse_ok("name = x active = true"), expected);
        assert_eq!(parse_ok("name = x AND active = true"), expected);

        let expected = Expr::And(vec![
            string("name", "a"),
            Expr::Or(vec![string("name", "b"), string("name", "c")]),
        ]);
        assert_eq!(parse_ok("name = a name = b OR name = c"), expected);

        let expected = Expr::And(vec![string("name", "a"), not(string("name", "b"))]);
        assert_eq!(parse_ok("name = a -name = b"), expected);
        assert_eq!(parse_ok("name = a NOT name = b"), expected);
    }

    #[test]
    fn nested_joins_are_flattened() {
        let expected = Expr::And(vec![
            string("name", "a"),
            string("name", "b"),
            string("name", "c"),
        ]);
        assert_eq!(parse_ok("name = a AND (name = b AND name = c)"), expected);
        assert_eq!(parse_ok("(name = a name = b) name = c"), expected);

        let expected = Expr::Or(vec![
            string("name", "a"),
            string("name", "b"),
            string("name", "c"),
        ]);
        assert_eq!(parse_ok("(name = a OR name = b) OR name = c"), expected);
    }

    #[test]
    fn dotted_field_name_when_declared() {
        let fields = [FilterField {
            name: "member.agent_id",
            field_type: FieldType::String,
        }];
        let expected = string("member.agent_id", "AGENT_42");
        assert_eq!(
            parse("member.agent_id = AGENT_42", &fields),
            Ok(Some(expected))
        );

        let error = parse("member.queue_id = q", &fields).expect_err("undeclared field");
        assert_eq!(error.position, 1);
    }

    #[test]
    fn value_may_contain_colons() {
        let expected = compare("name", Operator::Has, Value::String("a:b".to_string()));
        assert_eq!(parse_ok("name:a:b"), expected);
    }

    #[test]
    fn keywords_are_case_sensitive() {
        let error = parse_err("name = x and active = true");
        assert_eq!(error.position, 10);
        assert!(error.message.contains("unknown field \"and\""), "{error}");

        assert_eq!(parse_ok("name = or"), string("name", "or"));
        assert_eq!(parse_ok("name = ANDROID"), string("name", "ANDROID"));
    }

    #[test]
    fn keyword_as_value_is_rejected() {
        let error = parse_err("name = AND");
        assert_eq!(error.position, 8);
        assert!(error.message.contains("put it in quotes"), "{error}");
        assert_eq!(parse_ok("name = \"AND\""), string("name", "AND"));
    }

    #[test]
    fn string_values_quoted_and_bare() {
        assert_eq!(parse_ok("name = Premium"), string("name", "Premium"));
        assert_eq!(
            parse_ok("name = \"Premium Support\""),
            string("name", "Premium Support")
        );
        assert_eq!(
            parse_ok("name = 'Premium Support'"),
            string("name", "Premium Support")
        );
        assert_eq!(parse_ok("name = \"\""), string("name", ""));
        assert_eq!(
            parse_ok("name = \"日本語 🙂\""),
            string("name", "日本語 🙂")
        );
        assert_eq!(parse_ok("name = 42"), string("name", "42"));
        assert_eq!(parse_ok("name = a-b"), string("name", "a-b"));
        assert_eq!(parse_ok("name = -x"), string("name", "-x"));
        assert_eq!(
            parse_ok("name = 'say \"hi\"'"),
            string("name", "say \"hi\"")
        );
    }

    #[test]
    fn string_escapes_are_decoded() {
        assert_eq!(parse_ok(r#"name = "a\"b""#), string("name", "a\"b"));
        assert_eq!(parse_ok(r#"name = "a\\b""#), string("name", "a\\b"));
        assert_eq!(parse_ok(r"name = 'it\'s'"), string("name", "it's"));
        assert_eq!(parse_ok(r#"name = "\\""#), string("name", "\\"));
        assert_eq!(parse_ok(r#"name = "it\'s""#), string("name", "it's"));
    }

    #[test]
    fn values_have_no_pattern_semantics() {
        assert_eq!(parse_ok("name = \"*\""), string("name", "*"));
        assert_eq!(parse_ok("name = a*"), string("name", "a*"));
        assert_eq!(parse_ok("name = \"50%_off\""), string("name", "50%_off"));
        assert_eq!(
            parse_ok("name : *"),
            compare("name", Operator::Has, Value::String("*".to_string()))
        );
    }

    #[test]
    fn sql_looking_strings_kept_verbatim() {
        let cases = [
            (r#"name = "x' OR 1=1 --""#, "x' OR 1=1 --"),
            (
                r#"name = "'; DROP TABLE queues; --""#,
                "'; DROP TABLE queues; --",
            ),
            (r#"name = 'a" OR "1"="1'"#, "a\" OR \"1\"=\"1"),
            (
                r#"name = "Robert'); DELETE FROM agents WHERE ('1'='1""#,
                "Robert'); DELETE FROM agents WHERE ('1'='1",
            ),
        ];
        for (filter, text) in cases {
            assert_eq!(parse_ok(filter), string("name", text), "{filter}");
        }
    }

    #[test]
    fn integer_values() {
        assert_eq!(parse_ok("max_wait_seconds = 42"), integer(42));
        assert_eq!(parse_ok("max_wait_seconds = -5"), integer(-5));
        assert_eq!(parse_ok("max_wait_seconds=-5"), integer(-5));
        assert_eq!(parse_ok("max_wait_seconds = \"42\""), integer(42));
        assert_eq!(
            parse_ok("max_wait_seconds = 9223372036854775807"),
            integer(i64::MAX)
        );
        assert_eq!(
            parse_ok("max_wait_seconds = -9223372036854775808"),
            integer(i64::MIN)
        );
    }

    #[test]
    fn integer_rejects_non_integers() {
        for value in ["9223372036854775808", "4.5", "1e3", "forty", "\"\"", "0x10"] {
            let error = parse_err(&format!("max_wait_seconds = {value}"));
            assert_eq!(error.position, 20, "{value}");
            assert!(error.message.contains("invalid value"), "{error}");
            assert!(
                error.message.contains("integer field \"max_wait_seconds\""),
                "{error}"
            );
        }
    }

    #[test]
    fn integer_rejects_has() {
        let error = parse_err("max_wait_seconds : 4");
        assert_eq!(error.position, 18);
        assert!(error.message.contains("operator \":\""), "{error}");
        assert!(
            error.message.contains("use =, !=, <, <=, > or >="),
            "{error}"
        );
    }

    #[test]
    fn bool_values() {
        let active = |value| compare("active", Operator::Eq, Value::Bool(value));
        assert_eq!(parse_ok("active = true"), active(true));
        assert_eq!(parse_ok("active = false"), active(false));
        assert_eq!(parse_ok("active = TRUE"), active(true));
        assert_eq!(parse_ok("active = \"false\""), active(false));
        assert_eq!(
            parse_ok("active != true"),
            compare("active", Operator::Ne, Value::Bool(true))
        );

        let error = parse_err("active = yes");
        assert_eq!(error.position, 10);
        assert!(error.message.contains("expected true or false"), "{error}");
    }

    #[test]
    fn bool_rejects_ordering_and_has() {
        for symbol in ["<", "<=", ">", ">=", ":"] {
            let error = parse_err(&format!("active {symbol} true"));
            assert_eq!(error.position, 8, "{symbol}");
            assert!(
                error.message.contains("boolean field \"active\""),
                "{error}"
            );
            assert!(error.message.contains("use = or !="), "{error}");
        }
    }

    #[test]
    fn timestamp_values_normalized_to_utc() {
        let cases = [
            ("2026-01-01T00:00:00Z", utc(2026, 1, 1, 0, 0, 0)),
            ("2026-01-01T00:00:00z", utc(2026, 1, 1, 0, 0, 0)),
            ("2026-01-01T02:00:00+02:00", utc(2026, 1, 1, 0, 0, 0)),
            ("2026-01-01T00:00:00-05:30", utc(2026, 1, 1, 5, 30, 0)),
            ("2025-12-31T23:30:00-01:00", utc(2026, 1, 1, 0, 30, 0)),
            ("\"2026-06-15T12:00:00+00:00\"", utc(2026, 6, 15, 12, 0, 0)),
        ];
        for (text, expected) in cases {
            let filter = format!("create_time > {text}");
            assert_eq!(
                parse_ok(&filter),
                compare("create_time", Operator::Gt, expected),
                "{filter}"
            );
        }
    }

    #[test]
    fn timestamp_keeps_fractional_seconds() {
        let expected = Utc
            .with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
            .single()
            .expect("valid test timestamp")
            + chrono::Duration::milliseconds(250);
        assert_eq!(
            parse_ok("create_time<=2026-01-01T01:00:00.25+01:00"),
            compare("create_time", Operator::Le, Value::Timestamp(expected))
        );
    }

    #[test]
    fn timestamp_rejects_invalid_text() {
        for value in [
            "2026-01-01T00:00:00",
            "2026-01-01",
            "2026-02-30T00:00:00Z",
            "yesterday",
            "1767225600",
        ] {
            let error = parse_err(&format!("create_time >= {value}"));
            assert_eq!(error.position, 16, "{value}");
            assert!(
                error.message.contains("timestamp field \"create_time\""),
                "{error}"
            );
            assert!(error.message.contains("RFC 3339"), "{error}");
        }
    }

    #[test]
    fn timestamp_rejects_has() {
        let error = parse_err("create_time : 2026-01-01T00:00:00Z");
        assert_eq!(error.position, 13);
        assert!(error.message.contains("timestamp field"), "{error}");
    }

    #[test]
    fn enum_values_case_insensitive() {
        let high = compare("priority", Operator::Eq, Value::Enum("high".to_string()));
        assert_eq!(parse_ok("priority = high"), high);
        assert_eq!(parse_ok("priority = HIGH"), high);
        assert_eq!(parse_ok("priority = \"High\""), high);
        assert_eq!(
            parse_ok("priority != low"),
            compare("priority", Operator::Ne, Value::Enum("low".to_string()))
        );
    }

    #[test]
    fn enum_rejects_unknown_value() {
        let error = parse_err("priority = urgent");
        assert_eq!(error.position, 12);
        assert_eq!(
            error.message,
            "invalid value \"urgent\" at position 12 for enum field \"priority\"; \
             expected one of low, normal, high"
        );
    }

    #[test]
    fn enum_rejects_ordering_and_has() {
        for symbol in ["<", "<=", ">", ">=", ":"] {
            let error = parse_err(&format!("priority {symbol} low"));
            assert_eq!(error.position, 10, "{symbol}");
            assert!(error.message.contains("enum field \"priority\""), "{error}");
        }
    }

    #[test]
    fn string_list_supports_only_has() {
        let has = |text: &str| compare("skills", Operator::Has, Value::String(text.to_string()));
        assert_eq!(parse_ok("skills:english"), has("english"));
        assert_eq!(parse_ok("skills : \"customer care\""), has("customer care"));
        assert_eq!(parse_ok("skills:42"), has("42"));

        for symbol in ["=", "!=", "<", "<=", ">", ">="] {
            let error = parse_err(&format!("skills {symbol} english"));
            assert_eq!(error.position, 8, "{symbol}");
            assert!(
                error.message.contains("string list field \"skills\""),
                "{error}"
            );
            assert!(error.message.contains("use \":\""), "{error}");
        }
    }

    #[test]
    fn string_supports_every_operator() {
        for symbol in ["=", "!=", "<", "<=", ">", ">=", ":"] {
            let filter = format!("name {symbol} m");
            assert!(parse(&filter, FIELDS).is_ok(), "{filter}");
        }
    }

    #[test]
    fn unknown_field_lists_allowed() {
        let error = parse_err("colour = red");
        assert_eq!(error.position, 1);
        assert_eq!(
            error.message,
            "unknown field \"colour\" at position 1; filterable fields are name, priority, \
             state, max_wait_seconds, active, create_time, skills"
        );

        let error = parse("name = x", &[]).expect_err("no fields are filterable");
        assert!(error.message.contains("no filterable fields"), "{error}");
    }

    #[test]
    fn error_positions_and_messages() {
        let cases = [
            (
                "name = \"abc",
                8,
                "unterminated string starting at position 8; close it with the same quote",
            ),
            (
                "name = x AND )",
                14,
                "unexpected \")\" at position 14; expected a field name",
            ),
            (
                "(name = x))",
                11,
                "unexpected \")\" at position 11; no \"(\" is open",
            ),
            (
                "name =",
                7,
                "unexpected end of filter at position 7; expected a value after \"=\"",
            ),
            (
                "name x",
                6,
                "unexpected \"x\" at position 6; expected a comparison operator \
                 (=, !=, <, <=, >, >= or :) after \"name\"",
            ),
            (
                "(name = x",
                10,
                "unexpected end of filter at position 10; expected AND, OR or \")\" to close \
                 the \"(\" at position 1",
            ),
            (
                "name ! x",
                6,
                "unexpected \"!\" at position 6; expected \"!=\"",
            ),
            (
                "name = x OR OR name = y",
                13,
                "unexpected \"OR\" at position 13; expected a field name",
            ),
            (
                "name = x = y",
                10,
                "unexpected \"=\" at position 10; expected AND, OR or the end of the filter",
            ),
            (
                "\"name\" = x",
                1,
                "unexpected string \"name\" at position 1; expected a field name",
            ),
            (
                "name = x AND",
                13,
                "unexpected end of filter at position 13; expected a field name",
            ),
            (
                "()",
                2,
                "unexpected \")\" at position 2; expected a field name",
            ),
            (
                "name = (x)",
                8,
                "unexpected \"(\" at position 8; expected a value after \"=\"",
            ),
        ];
        for (filter, position, message) in cases {
            let error = parse_err(filter);
            assert_eq!(error.position, position, "{filter}");
            assert_eq!(error.message, message, "{filter}");
        }
    }

    #[test]
    fn invalid_escape_position() {
        let error = parse_err(r#"name = "a\qb""#);
        assert_eq!(error.position, 10);
        assert!(
            error.message.contains("invalid escape sequence \"\\\\q\""),
            "{error}"
        );

        let error = parse_err(r#"name = "abc\"#);
        assert_eq!(error.position, 8);
        assert!(error.message.starts_with("unterminated string"), "{error}");
    }

    #[test]
    fn positions_count_characters_not_bytes() {
        let error = parse_err("name = \"日本\" AND colour = x");
        assert_eq!(error.position, 17);

        let error = parse_err("name = 🙂 🙂");
        assert_eq!(error.position, 10);
    }

    #[test]
    fn control_characters_rejected() {
        let error = parse_err("name = a\0b");
        assert_eq!(error.position, 9);
        assert!(error.message.contains("U+0000"), "{error}");

        let error = parse_err("name = \"a\0b\"");
        assert_eq!(error.position, 10);

        let error = parse_err("name = \"a\tb\"");
        assert_eq!(error.position, 10);
        assert!(error.message.contains("U+0009"), "{error}");

        assert_eq!(parse_ok("name\t=\nx\r\n"), string("name", "x"));
    }

    #[test]
    fn error_display_is_message() {
        let error = parse_err("colour = red");
        assert_eq!(error.to_string(), error.message);
    }

    #[test]
    fn depth_limit_allows_maximum() {
        let open = "(".repeat(MAX_FILTER_DEPTH);
        let close = ")".repeat(MAX_FILTER_DEPTH);
        assert_eq!(
            parse_ok(&format!("{open}name = x{close}")),
            string("name", "x")
        );

        let nots = "NOT ".repeat(MAX_FILTER_DEPTH);
        assert!(parse(&format!("{nots}name = x"), FIELDS).is_ok());
    }

    #[test]
    fn depth_limit_rejects_deeper() {
        let depth = MAX_FILTER_DEPTH + 1;
        let filter = format!("{}name = x{}", "(".repeat(depth), ")".repeat(depth));
        let error = parse_err(&filter);
        assert_eq!(error.position, depth);
        assert!(error.message.contains("nested too deeply"), "{error}");

        let error = parse_err(&format!("{}name = x", "-".repeat(depth)));
        assert_eq!(error.position, depth);

        let error = parse_err(&format!("{}name = x", "NOT ".repeat(depth)));
        assert_eq!(error.position, 4 * MAX_FILTER_DEPTH + 1);

        let mixed = "(NOT -".repeat(11);
        let error = parse_err(&format!("{mixed}name = x"));
        assert_eq!(error.position, 6 * 10 + 6);
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let deep = "(".repeat(10_000);
        let error = parse_err(&deep);
        assert!(error.message.contains("too long"), "{error}");

        for deep in [
            "(".repeat(10_000),
            "-".repeat(10_000),
            "NOT ".repeat(10_000),
        ] {
            let error = parse_without_length_limit(&deep, FIELDS)
                .expect_err("nesting past the limit must fail");
            assert!(error.message.contains("nested too deeply"), "{error}");
        }
    }

    #[test]
    fn length_limit() {
        let padding = " ".repeat(MAX_FILTER_LENGTH - "name = x".len());
        assert_eq!(parse_ok(&format!("name = x{padding}")), string("name", "x"));

        let long = format!("name = x{padding} ");
        let error = parse_err(&long);
        assert_eq!(error.position, MAX_FILTER_LENGTH + 1);
        assert!(error.message.contains("2001 characters"), "{error}");

        let wide = "é".repeat(MAX_FILTER_LENGTH);
        let error = parse_err(&wide);
        assert!(error.message.contains("unknown field"), "{error}");
    }

    #[test]
    fn long_flat_filter_parses() {
        let filter = vec!["name = x"; 150].join(" OR ");
        match parse_ok(&filter) {
            Expr::Or(operands) => assert_eq!(operands.len(), 150),
            other => panic!("expected an Or, got {other:?}"),
        }
    }

    #[test]
    fn long_value_is_shortened_in_message() {
        let value = "x".repeat(500);
        let error = parse_err(&format!("priority = {value}"));
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
        "(",
        ")",
        "\"",
        "'",
        "\\",
        "\0",
        "AND",
        "OR",
        "NOT",
        "-",
        "=",
        "!=",
        "!",
        "<",
        "<=",
        ">",
        ">=",
        ":",
        " ",
        "\t",
        "\n",
        "name",
        "priority",
        "skills",
        "create_time",
        "active",
        "max_wait_seconds",
        "state",
        "high",
        "true",
        "42",
        "-7",
        "2026-01-01T00:00:00Z",
        "é",
        "日本",
        "🙂",
        "\u{202E}",
        "\u{FEFF}",
        "\u{85}",
        "*",
        "%",
        ",",
        ".",
        "\"x\"",
        "'y'",
        "\\\"",
        "9999999999999999999999",
    ];

    fn random_filter(generator: &mut Generator) -> String {
        let mut filter = String::new();
        for _ in 0..generator.below(24) {
            if generator.below(4) == 0 {
                let code = (generator.next() % 0x11_0000) as u32;
                filter.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
            } else {
                filter.push_str(FUZZ_PIECES[generator.below(FUZZ_PIECES.len())]);
            }
        }
        filter
    }

    #[test]
    fn garbage_input_never_panics() {
        let mut generator = Generator(0x9E37_79B9_7F4A_7C15);
        let mut accepted = 0;
        for _ in 0..20_000 {
            let filter = random_filter(&mut generator);
            match parse(&filter, FIELDS) {
                Ok(_) => accepted += 1,
                Err(error) => {
                    let length = filter.chars().count();
                    assert!(
                        (1..=length + 1).contains(&error.position),
                        "{filter:?}: position {} outside 1..={}",
                        error.position,
                        length + 1
                    );
                    let stated = format!("position {}", error.position);
                    assert!(error.message.contains(&stated), "{filter:?}: {error}");
                }
            }
        }
        assert!(accepted > 0, "the generator produced no valid filter");
    }

    #[test]
    fn lone_quotes_and_symbols_fail_cleanly() {
        let cases = [
            "\"",
            "'",
            "\\",
            "(",
            ")",
            "-",
            "NOT",
            "AND",
            "OR",
            "=",
            "!",
            ":",
            "\0",
            "name =\"",
            "name = '",
            "name = \"\\",
            "-(",
            "((",
            "))",
            "name = \"x\" )",
        ];
        for filter in cases {
            let error = parse_err(filter);
            assert!(error.position >= 1, "{filter:?}");
        }
    }
}
