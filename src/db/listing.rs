//! Turns a checked [`ListQuery`] into typed diesel expressions on either backend: the filter
//! and the keyset condition as one boxed `WHERE` expression, and the order as `ORDER BY` terms.
//! Every value is a bound parameter; nothing is spliced into SQL text.

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
use crate::list::{CursorValue, Expr, ListQuery, Operator, Value};

/// A boolean condition on table `T`.
pub type Condition<T> = Box<dyn BoxableExpression<T, Backend, SqlType = Bool>>;

/// A column of table `T` that lists may filter or sort on, by how it is stored.
pub enum Column<T> {
    Text(Box<dyn BoxableExpression<T, Backend, SqlType = Text>>),
    NullableText(Box<dyn BoxableExpression<T, Backend, SqlType = Nullable<Text>>>),
    Integer(Box<dyn BoxableExpression<T, Backend, SqlType = Integer>>),
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
        let op = if key.descending {
            Operator::Lt
        } else {
            Operator::Gt
        };
        let mut branch = compare(
            column(key.field),
            op,
            &cursor_value(&after[index]),
            key.field,
        )?;
        for (earlier, value) in query.order[..index].iter().zip(after) {
            let equal = compare(
                column(earlier.field),
                Operator::Eq,
                &cursor_value(value),
                earlier.field,
            )?;
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

fn cursor_value(value: &CursorValue) -> Value {
    match value {
        CursorValue::Text(text) => Value::String(text.clone()),
        CursorValue::Integer(number) => Value::Integer(*number),
        CursorValue::Bool(flag) => Value::Bool(*flag),
        CursorValue::Timestamp(micros) => {
            Value::Timestamp(DateTime::from_timestamp_micros(*micros).unwrap_or_default())
        }
    }
}

/// The cursor value of a stored timestamp.
pub fn timestamp_cursor(value: NaiveDateTime) -> CursorValue {
    CursorValue::Timestamp(value.and_utc().timestamp_micros())
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
            let number = i32::try_from(*number).map_err(|_| {
                DbError::InvalidFilter(format!(
                    "{number} is out of range for {field}; use a 32-bit integer"
                ))
            })?;
            match op {
                Operator::Eq => Box::new(column.eq(number)),
                Operator::Ne => Box::new(column.ne(number)),
                Operator::Lt => Box::new(column.lt(number)),
                Operator::Le => Box::new(column.le(number)),
                Operator::Gt => Box::new(column.gt(number)),
                Operator::Ge => Box::new(column.ge(number)),
                Operator::Has => return Err(mismatch()),
            }
        }
        (Column::Bool(column), Value::Bool(flag)) => match op {
            Operator::Eq => Box::new(column.eq(*flag)),
            Operator::Ne => Box::new(column.ne(*flag)),
            _ => return Err(mismatch()),
        },
        (Column::NullableTimestamp(column), Value::Timestamp(_)) => compare(
            Column::Timestamp(Box::new(column.assume_not_null())),
            op,
            value,
            field,
        )?,
        (Column::Timestamp(column), Value::Timestamp(instant)) => {
            let instant = instant.naive_utc();
            match op {
                Operator::Eq => Box::new(column.eq(instant)),
                Operator::Ne => Box::new(column.ne(instant)),
                Operator::Lt => Box::new(column.lt(instant)),
                Operator::Le => Box::new(column.le(instant)),
                Operator::Gt => Box::new(column.gt(instant)),
                Operator::Ge => Box::new(column.ge(instant)),
                Operator::Has => return Err(mismatch()),
            }
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
            // NOTE: nullable and JSON columns are not declared sortable by any collection.
            _ => query,
        };
    }
    query
}
