//! Turns a checked [`ListQuery`] into typed diesel expressions on either backend: the filter
//! and the keyset condition as one boxed `WHERE` expression, and the order as `ORDER BY` terms.
//! Every value is a bound parameter; nothing is spliced into SQL text.
//!
//! Nullable columns sort with their unset values after all others, in ascending and descending
//! order alike, on both backends: the order puts `column IS NULL` before the column itself, and
//! the keyset condition treats a null cursor value explicitly. A comparison in a filter never
//! matches an unset value.

use chrono::{DateTime, NaiveDateTime};
use diesel::{
    BoolExpressionMethods, BoxableExpression, ExpressionMethods, NullableExpressionMethods, Table,
    TextExpressionMethods,
    dsl::not,
    expression_methods::EscapeExpressionMethods,
    sql_types::{Bool, Integer, Nullable, Text, Timestamp},
};

use diesel::{
    dsl::{Asc, Desc},
    query_builder::{BoxedSelectStatement, FromClause},
    query_dsl::methods::ThenOrderDsl,
};

use super::{Backend, DbError};
use crate::list::{CursorValue, Expr, ListQuery, Operator, OrderKey, Value};

/// A boolean condition on table `T`.
pub type Condition<T> = Box<dyn BoxableExpression<T, Backend, SqlType = Bool>>;

/// A column of table `T` that lists may filter or sort on, by how it is stored.
pub enum Column<T> {
    Text(Box<dyn BoxableExpression<T, Backend, SqlType = Text>>),
    NullableText(Box<dyn BoxableExpression<T, Backend, SqlType = Nullable<Text>>>),
    Integer(Box<dyn BoxableExpression<T, Backend, SqlType = Integer>>),
    NullableInteger(Box<dyn BoxableExpression<T, Backend, SqlType = Nullable<Integer>>>),
    Bool(Box<dyn BoxableExpression<T, Backend, SqlType = Bool>>),
    Timestamp(Box<dyn BoxableExpression<T, Backend, SqlType = Timestamp>>),
    NullableTimestamp(Box<dyn BoxableExpression<T, Backend, SqlType = Nullable<Timestamp>>>),
    /// A JSON array of strings; `:` tests for an element.
    JsonStrings(Box<dyn BoxableExpression<T, Backend, SqlType = Text>>),
    /// A JSON array of objects with a `name`; `:` tests for an element of that name.
    JsonNames(Box<dyn BoxableExpression<T, Backend, SqlType = Text>>),
}

/// The `WHERE` condition of a list query: its filter and, after the first page, the keyset
/// condition that starts after the previous page's last row.
pub fn condition<T: Table + 'static>(
    query: &ListQuery,
    column: impl Fn(&str) -> Column<T>,
) -> Result<Option<Condition<T>>, DbError> {
    let filter = query
        .filter
        .as_ref()
        .map(|expr| filter_condition(expr, &column))
        .transpose()?;
    let keyset = query
        .after
        .as_ref()
        .map(|after| keyset_condition(query, after, &column))
        .transpose()?;
    Ok(match (filter, keyset) {
        (Some(filter), Some(keyset)) => Some(Box::new(filter.and(keyset))),
        (filter, keyset) => filter.or(keyset),
    })
}

fn filter_condition<T: Table + 'static>(
    expr: &Expr,
    column: &impl Fn(&str) -> Column<T>,
) -> Result<Condition<T>, DbError> {
    match expr {
        Expr::And(operands) => combine(operands, column, |left, right| Box::new(left.and(right))),
        Expr::Or(operands) => combine(operands, column, |left, right| Box::new(left.or(right))),
        Expr::Not(inner) => Ok(Box::new(not(filter_condition(inner, column)?))),
        Expr::Compare { field, op, value } => compare(column(field), *op, value, field),
    }
}

fn combine<T: Table + 'static>(
    operands: &[Expr],
    column: &impl Fn(&str) -> Column<T>,
    join: impl Fn(Condition<T>, Condition<T>) -> Condition<T>,
) -> Result<Condition<T>, DbError> {
    let mut conditions = operands
        .iter()
        .map(|operand| filter_condition(operand, column));
    let first = conditions
        .next()
        .expect("the parser never builds an empty AND or OR")?;
    conditions.try_fold(first, |joined, next| Ok(join(joined, next?)))
}

/// Rows strictly after the cursor in the query's order: for keys k1..kn,
/// `k1 > v1 OR (k1 = v1 AND k2 > v2) OR …`, with `<` for descending keys.
fn keyset_condition<T: Table + 'static>(
    query: &ListQuery,
    after: &[CursorValue],
    column: &impl Fn(&str) -> Column<T>,
) -> Result<Condition<T>, DbError> {
    let mut alternatives: Option<Condition<T>> = None;
    for (index, key) in query.order.iter().enumerate() {
        let Some(mut branch) = sorts_after(column, key, &after[index])? else {
            continue;
        };
        for (earlier, value) in query.order[..index].iter().zip(after) {
            let equal = equals(column, earlier.field, value)?;
            branch = Box::new(equal.and(branch));
        }
        alternatives = Some(match alternatives {
            Some(previous) => Box::new(previous.or(branch)),
            None => branch,
        });
    }
    alternatives
        .ok_or_else(|| DbError::InvalidFilter("the page token has no sort values".to_owned()))
}

/// Selects the rows whose `key` sorts strictly after `value`. Returns `None` when none can,
/// which is the case after a null because nulls sort last.
fn sorts_after<T: Table + 'static>(
    column: &impl Fn(&str) -> Column<T>,
    key: &OrderKey,
    value: &CursorValue,
) -> Result<Option<Condition<T>>, DbError> {
    let op = if key.descending {
        Operator::Lt
    } else {
        Operator::Gt
    };
    let null = is_null(column(key.field));
    match (cursor_value(value), null) {
        (None, Some(_)) => Ok(None),
        (None, None) => Err(null_cursor(key.field)),
        (Some(value), None) => compare(column(key.field), op, &value, key.field).map(Some),
        (Some(value), Some(null)) => {
            let later = compare(column(key.field), op, &value, key.field)?;
            Ok(Some(Box::new(later.or(null))))
        }
    }
}

/// Selects the rows whose `field` equals `value`, a null included.
fn equals<T: Table + 'static>(
    column: &impl Fn(&str) -> Column<T>,
    field: &str,
    value: &CursorValue,
) -> Result<Condition<T>, DbError> {
    match cursor_value(value) {
        Some(value) => compare(column(field), Operator::Eq, &value, field),
        None => is_null(column(field)).ok_or_else(|| null_cursor(field)),
    }
}

fn null_cursor(field: &str) -> DbError {
    DbError::InvalidFilter(format!(
        "the page token has no value for {field}, which is never null; omit page_token to start over"
    ))
}

/// Builds `column IS NULL` for a nullable column, or `None` for the others.
fn is_null<T: Table + 'static>(column: Column<T>) -> Option<Condition<T>> {
    match column {
        Column::NullableText(column) => Some(Box::new(column.is_null())),
        Column::NullableInteger(column) => Some(Box::new(column.is_null())),
        Column::NullableTimestamp(column) => Some(Box::new(column.is_null())),
        _ => None,
    }
}

/// Converts a cursor value to a filter value, or `None` for a null.
fn cursor_value(value: &CursorValue) -> Option<Value> {
    Some(match value {
        CursorValue::Text(text) => Value::String(text.clone()),
        CursorValue::Integer(number) => Value::Integer(*number),
        CursorValue::Bool(flag) => Value::Bool(*flag),
        CursorValue::Timestamp(micros) => {
            Value::Timestamp(DateTime::from_timestamp_micros(*micros).unwrap_or_default())
        }
        CursorValue::Null => return None,
    })
}

/// The cursor value of a stored timestamp.
pub fn timestamp_cursor(value: NaiveDateTime) -> CursorValue {
    CursorValue::Timestamp(value.and_utc().timestamp_micros())
}

/// Returns the cursor value of a nullable timestamp.
pub fn nullable_timestamp_cursor(value: Option<NaiveDateTime>) -> CursorValue {
    value.map_or(CursorValue::Null, timestamp_cursor)
}

/// Returns the cursor value of a nullable integer.
pub fn nullable_integer_cursor(value: Option<i32>) -> CursorValue {
    value.map_or(CursorValue::Null, |number| {
        CursorValue::Integer(i64::from(number))
    })
}

/// One comparison of a column with a bound value.
fn compare<T: Table + 'static>(
    column: Column<T>,
    op: Operator,
    value: &Value,
    field: &str,
) -> Result<Condition<T>, DbError> {
    let mismatch = || DbError::InvalidFilter(format!("{field} cannot be compared with {value:?}"));
    let condition: Condition<T> = match (column, value) {
        (Column::Text(column), Value::String(text) | Value::Enum(text)) => {
            text_condition(column, op, text.clone())
        }
        (Column::NullableText(column), Value::String(text)) => {
            let present = column.assume_not_null();
            text_condition(Box::new(present), op, text.clone())
        }
        (Column::Integer(column), Value::Integer(number)) => {
            integer_condition(column, op, *number, field).ok_or_else(mismatch)??
        }
        (Column::NullableInteger(column), Value::Integer(number)) => {
            let present = Box::new(column.assume_not_null());
            integer_condition(present, op, *number, field).ok_or_else(mismatch)??
        }
        (Column::Bool(column), Value::Bool(flag)) => match op {
            Operator::Eq => Box::new(column.eq(*flag)),
            Operator::Ne => Box::new(column.ne(*flag)),
            _ => return Err(mismatch()),
        },
        (Column::Timestamp(column), Value::Timestamp(instant)) => {
            timestamp_condition(column, op, instant.naive_utc()).ok_or_else(mismatch)?
        }
        (Column::NullableTimestamp(column), Value::Timestamp(instant)) => {
            let present = Box::new(column.assume_not_null());
            timestamp_condition(present, op, instant.naive_utc()).ok_or_else(mismatch)?
        }
        (Column::JsonStrings(column), Value::String(text)) if op == Operator::Has => {
            let element = serde_json::to_string(text).expect("strings serialize");
            Box::new(
                column
                    .like(format!("%{}%", escape_like(&element)))
                    .escape('\\'),
            )
        }
        (Column::JsonNames(column), Value::String(text)) if op == Operator::Has => {
            let member = format!(
                "\"name\":{}",
                serde_json::to_string(text).expect("strings serialize")
            );
            Box::new(
                column
                    .like(format!("%{}%", escape_like(&member)))
                    .escape('\\'),
            )
        }
        _ => return Err(mismatch()),
    };
    Ok(condition)
}

/// Builds an integer comparison, or `None` for `:`, which integers do not take.
fn integer_condition<T: Table + 'static>(
    column: Box<dyn BoxableExpression<T, Backend, SqlType = Integer>>,
    op: Operator,
    number: i64,
    field: &str,
) -> Option<Result<Condition<T>, DbError>> {
    let number = match i32::try_from(number) {
        Ok(number) => number,
        Err(_) => {
            return Some(Err(DbError::InvalidFilter(format!(
                "{number} is out of range for {field}; use a 32-bit integer"
            ))));
        }
    };
    let condition: Condition<T> = match op {
        Operator::Eq => Box::new(column.eq(number)),
        Operator::Ne => Box::new(column.ne(number)),
        Operator::Lt => Box::new(column.lt(number)),
        Operator::Le => Box::new(column.le(number)),
        Operator::Gt => Box::new(column.gt(number)),
        Operator::Ge => Box::new(column.ge(number)),
        Operator::Has => return None,
    };
    Some(Ok(condition))
}

/// Builds a timestamp comparison, or `None` for `:`, which timestamps do not take.
fn timestamp_condition<T: Table + 'static>(
    column: Box<dyn BoxableExpression<T, Backend, SqlType = Timestamp>>,
    op: Operator,
    instant: NaiveDateTime,
) -> Option<Condition<T>> {
    Some(match op {
        Operator::Eq => Box::new(column.eq(instant)),
        Operator::Ne => Box::new(column.ne(instant)),
        Operator::Lt => Box::new(column.lt(instant)),
        Operator::Le => Box::new(column.le(instant)),
        Operator::Gt => Box::new(column.gt(instant)),
        Operator::Ge => Box::new(column.ge(instant)),
        Operator::Has => return None,
    })
}

fn text_condition<T: Table + 'static>(
    column: Box<dyn BoxableExpression<T, Backend, SqlType = Text>>,
    op: Operator,
    text: String,
) -> Condition<T> {
    match op {
        Operator::Eq => Box::new(column.eq(text)),
        Operator::Ne => Box::new(column.ne(text)),
        Operator::Lt => Box::new(column.lt(text)),
        Operator::Le => Box::new(column.le(text)),
        Operator::Gt => Box::new(column.gt(text)),
        Operator::Ge => Box::new(column.ge(text)),
        Operator::Has => Box::new(
            column
                .like(format!("%{}%", escape_like(&text)))
                .escape('\\'),
        ),
    }
}

/// Escapes the `LIKE` wildcards `%` and `_` and the escape character itself, so a value is
/// matched literally.
fn escape_like(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        if matches!(character, '%' | '_' | '\\') {
            escaped.push('\\');
        }
        escaped.push(character);
    }
    escaped
}

/// A boxed select of table `T`.
pub type BoxedSelect<'a, T, ST> = BoxedSelectStatement<'a, ST, FromClause<T>, Backend>;

type Boxed<T, ST> = Box<dyn BoxableExpression<T, Backend, SqlType = ST>>;

/// Appends the query's order to a boxed select of table `T`.
pub fn order<'a, T, ST>(
    mut query: BoxedSelect<'a, T, ST>,
    keys: &[crate::list::OrderKey],
    column: impl Fn(&str) -> Column<T>,
) -> BoxedSelect<'a, T, ST>
where
    T: Table + 'static,
    BoxedSelect<'a, T, ST>: ThenOrderDsl<Asc<Boxed<T, Text>>, Output = BoxedSelect<'a, T, ST>>
        + ThenOrderDsl<Desc<Boxed<T, Text>>, Output = BoxedSelect<'a, T, ST>>
        + ThenOrderDsl<Asc<Boxed<T, Integer>>, Output = BoxedSelect<'a, T, ST>>
        + ThenOrderDsl<Desc<Boxed<T, Integer>>, Output = BoxedSelect<'a, T, ST>>
        + ThenOrderDsl<Asc<Boxed<T, Timestamp>>, Output = BoxedSelect<'a, T, ST>>
        + ThenOrderDsl<Desc<Boxed<T, Timestamp>>, Output = BoxedSelect<'a, T, ST>>
        + ThenOrderDsl<Asc<Boxed<T, Bool>>, Output = BoxedSelect<'a, T, ST>>
        + ThenOrderDsl<Desc<Boxed<T, Bool>>, Output = BoxedSelect<'a, T, ST>>,
{
    for key in keys {
        query = match (column(key.field), key.descending) {
            (Column::Text(column), false) => query.then_order_by(column.asc()),
            (Column::Text(column), true) => query.then_order_by(column.desc()),
            (Column::Integer(column), false) => query.then_order_by(column.asc()),
            (Column::Integer(column), true) => query.then_order_by(column.desc()),
            (Column::Timestamp(column), false) => query.then_order_by(column.asc()),
            (Column::Timestamp(column), true) => query.then_order_by(column.desc()),
            (Column::Bool(column), false) => query.then_order_by(column.asc()),
            (Column::Bool(column), true) => query.then_order_by(column.desc()),
            // Nulls last either way: `IS NULL` (false before true) comes first, and among the
            // rest the column cannot be null, so it sorts as its non-null type.
            (Column::NullableInteger(nullable), descending) => {
                let null: Boxed<T, Bool> = Box::new(nullable.is_null());
                let Column::NullableInteger(nullable) = column(key.field) else {
                    unreachable!("a field maps to one column")
                };
                let present: Boxed<T, Integer> = Box::new(nullable.assume_not_null());
                let query = query.then_order_by(null.asc());
                if descending {
                    query.then_order_by(present.desc())
                } else {
                    query.then_order_by(present.asc())
                }
            }
            (Column::NullableTimestamp(nullable), descending) => {
                let null: Boxed<T, Bool> = Box::new(nullable.is_null());
                let Column::NullableTimestamp(nullable) = column(key.field) else {
                    unreachable!("a field maps to one column")
                };
                let present: Boxed<T, Timestamp> = Box::new(nullable.assume_not_null());
                let query = query.then_order_by(null.asc());
                if descending {
                    query.then_order_by(present.desc())
                } else {
                    query.then_order_by(present.asc())
                }
            }
            // NOTE: nullable text and JSON columns are not declared sortable by any collection.
            _ => query,
        };
    }
    query
}
