//! List requests: `filter` (an AIP-160 subset), `order_by`, `page_size` and `page_token`, one
//! mechanism for every collection. A collection declares its filterable and sortable fields in
//! a [`ListSpec`]; the data layer turns the checked request into typed query expressions.
//!
//! Pages use keyset cursors: the token holds the sort values of the last row returned, with
//! the id as the final key, so rows inserted or deleted between pages never shift the next
//! page. A token is bound to the tenant, the collection, the filter and the order it was
//! issued for; using it with anything else is an error.

pub mod filter;
pub mod order;

use base64::{Engine as _, engine::general_purpose::URL_SAFE_NO_PAD};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::ApiError;
pub use filter::{Expr, FieldType, FilterField, Operator, Value};
pub use order::{OrderField, OrderKey};

/// The default number of items in a page.
pub const DEFAULT_PAGE_SIZE: i32 = 50;

/// The largest number of items in a page; larger requests are clamped to it.
pub const MAX_PAGE_SIZE: i32 = 1000;

/// What a collection lets clients filter and sort on.
pub struct ListSpec {
    /// The collection name, which also binds page tokens to it.
    pub collection: &'static str,
    pub filter_fields: &'static [FilterField],
    pub order_fields: &'static [OrderField],
    /// The unique key that ends every order, such as `id` or `agent_id`.
    pub id_field: &'static str,
}

/// A checked list request.
#[derive(Debug, Clone)]
pub struct ListQuery {
    pub filter: Option<Expr>,
    /// The requested order followed by the id key (ascending) as the tie-break.
    pub order: Vec<OrderKey>,
    /// Rows to fetch: the page size plus one, to learn whether another page follows.
    pub limit: i64,
    /// The sort values of the last row of the previous page, one per key of `order`.
    pub after: Option<Vec<CursorValue>>,
    binding: String,
}

/// One sort value in a page token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum CursorValue {
    #[serde(rename = "s")]
    Text(String),
    #[serde(rename = "i")]
    Integer(i64),
    #[serde(rename = "b")]
    Bool(bool),
    /// Microseconds since the Unix epoch, UTC.
    #[serde(rename = "t")]
    Timestamp(i64),
    /// An unset value of a nullable field; such rows sort after all others.
    #[serde(rename = "n")]
    Null,
}

#[derive(Serialize, Deserialize)]
struct PageToken {
    /// Hash of the tenant, collection, filter and order the token belongs to.
    b: String,
    /// The sort values of the last row.
    k: Vec<CursorValue>,
}

impl ListSpec {
    /// Checks a list request of `tenant_id`.
    pub fn parse(
        &self,
        tenant_id: &str,
        filter: &str,
        order_by: &str,
        page_size: i32,
        page_token: &str,
    ) -> Result<ListQuery, ApiError> {
        let filter_expr = filter::parse(filter, self.filter_fields)
            .map_err(|error| ApiError::invalid("filter", error.message))?;
        let mut order = order::parse(order_by, self.order_fields)
            .map_err(|error| ApiError::invalid("order_by", error.message))?;
        if !order.iter().any(|key| key.field == self.id_field) {
            order.push(OrderKey {
                field: self.id_field,
                descending: false,
            });
        }
        let limit = i64::from(checked_page_size(page_size)?) + 1;
        let binding = self.binding(tenant_id, filter, order_by);
        let after = decode_token(page_token, &binding, order.len())?;
        Ok(ListQuery {
            filter: filter_expr,
            order,
            limit,
            after,
            binding,
        })
    }

    fn binding(&self, tenant_id: &str, filter: &str, order_by: &str) -> String {
        let mut hasher = Sha256::new();
        for part in [tenant_id, self.collection, filter.trim(), order_by.trim()] {
            hasher.update(part.as_bytes());
            hasher.update([0]);
        }
        hasher.finalize()[..12]
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect()
    }
}

impl ListQuery {
    /// Cuts the extra row and returns the token of the next page, empty on the last page.
    /// `values` gives a row's value for each key of `order`.
    pub fn finish<T>(&self, rows: &mut Vec<T>, values: impl Fn(&T, &str) -> CursorValue) -> String {
        let page_size = (self.limit - 1) as usize;
        if rows.len() <= page_size {
            return String::new();
        }
        rows.truncate(page_size);
        let Some(last) = rows.last() else {
            return String::new();
        };
        let token = PageToken {
            b: self.binding.clone(),
            k: self
                .order
                .iter()
                .map(|key| values(last, key.field))
                .collect(),
        };
        let json = serde_json::to_vec(&token).expect("page tokens serialize");
        URL_SAFE_NO_PAD.encode(json)
    }
}

fn checked_page_size(page_size: i32) -> Result<i32, ApiError> {
    if page_size < 0 {
        return Err(ApiError::invalid(
            "page_size",
            format!(
                "{page_size} is negative; use 0 for the default of {DEFAULT_PAGE_SIZE}, or up to {MAX_PAGE_SIZE}"
            ),
        ));
    }
    Ok(match page_size {
        0 => DEFAULT_PAGE_SIZE,
        size => size.min(MAX_PAGE_SIZE),
    })
}

fn decode_token(
    token: &str,
    binding: &str,
    keys: usize,
) -> Result<Option<Vec<CursorValue>>, ApiError> {
    if token.is_empty() {
        return Ok(None);
    }
    let invalid = || {
        ApiError::invalid(
            "page_token",
            "is not a next_page_token of this list; omit it to start from the first page",
        )
    };
    let bytes = URL_SAFE_NO_PAD.decode(token).map_err(|_| invalid())?;
    let decoded: PageToken = serde_json::from_slice(&bytes).map_err(|_| invalid())?;
    if decoded.b != binding {
        return Err(ApiError::invalid(
            "page_token",
            "was issued for another filter, order_by or tenant; send the same filter and order_by as the first page, or omit page_token",
        ));
    }
    if decoded.k.len() != keys || decoded.k.iter().any(has_control_characters) {
        return Err(invalid());
    }
    Ok(Some(decoded.k))
}

/// Text that PostgreSQL cannot store (NUL) or that no id contains never comes from a real token.
fn has_control_characters(value: &CursorValue) -> bool {
    matches!(value, CursorValue::Text(text) if text.chars().any(char::is_control))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: ListSpec = ListSpec {
        collection: "queues",
        filter_fields: &[FilterField {
            name: "name",
            field_type: FieldType::String,
        }],
        order_fields: &[OrderField { name: "name" }, OrderField { name: "id" }],
        id_field: "id",
    };

    #[test]
    fn page_sizes_are_clamped() {
        assert_eq!(SPEC.parse("t", "", "", 0, "").unwrap().limit, 51);
        assert_eq!(SPEC.parse("t", "", "", 5000, "").unwrap().limit, 1001);
        assert!(SPEC.parse("t", "", "", -1, "").is_err());
    }

    #[test]
    fn the_id_key_ends_every_order() {
        let query = SPEC.parse("t", "", "name desc", 10, "").unwrap();
        let fields: Vec<_> = query
            .order
            .iter()
            .map(|key| (key.field, key.descending))
            .collect();
        assert_eq!(fields, vec![("name", true), ("id", false)]);
    }

    #[test]
    fn tokens_are_bound_to_tenant_filter_and_order() {
        let query = SPEC.parse("t", "name = a", "name", 1, "").unwrap();
        let mut rows = vec!["a", "b"];
        let token = query.finish(&mut rows, |row, _| CursorValue::Text(row.to_string()));
        assert_eq!(rows, vec!["a"]);
        assert!(!token.is_empty());

        let next = SPEC.parse("t", "name = a", "name", 1, &token).unwrap();
        assert_eq!(
            next.after,
            Some(vec![
                CursorValue::Text("a".into()),
                CursorValue::Text("a".into())
            ])
        );
        assert!(SPEC.parse("other", "name = a", "name", 1, &token).is_err());
        assert!(SPEC.parse("t", "name = b", "name", 1, &token).is_err());
        assert!(SPEC.parse("t", "name = a", "name desc", 1, &token).is_err());
        assert!(SPEC.parse("t", "name = a", "name", 1, "garbage!").is_err());
    }
}
