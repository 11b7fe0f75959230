//! HTTP `Range` requests on media (RFC 9110 §14): one byte range per request. A request for
//! several ranges, in another unit, or with a syntax error gets the whole media, because the RFC
//! allows a server to send that instead of a part. A range that starts past the end gets 416.

use std::ops::Range;

use http::HeaderMap;

/// The response to a request's `Range` and `If-Range` headers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// 200 with the whole media.
    Full,
    /// 206 with these bytes.
    Partial(Range<u64>),
    /// 416: the range starts at or past the end of the media.
    Unsatisfiable,
}

/// Evaluates the `Range` header against media of `size` bytes whose strong entity tag is
/// `etag` (quoted). `If-Range` with any other validator, a date included, means the client's
/// copy is stale, so the whole media is sent.
pub fn select(headers: &HeaderMap, size: u64, etag: &str) -> Selection {
    let Some(range) = headers.get(http::header::RANGE) else {
        return Selection::Full;
    };
    if let Some(if_range) = headers.get(http::header::IF_RANGE)
        && if_range.as_bytes() != etag.as_bytes()
    {
        return Selection::Full;
    }
    match range.to_str() {
        Ok(value) => parse(value, size),
        Err(_) => Selection::Full,
    }
}

/// Evaluates one `Range` header value against media of `size` bytes.
pub fn parse(value: &str, size: u64) -> Selection {
    let Some((unit, set)) = value.split_once('=') else {
        return Selection::Full;
    };
    if !unit.trim().eq_ignore_ascii_case("bytes") {
        return Selection::Full;
    }
    let mut specs = set
        .split(',')
        .map(str::trim)
        .filter(|spec| !spec.is_empty());
    let (Some(spec), None) = (specs.next(), specs.next()) else {
        return Selection::Full;
    };
    let Some((first, last)) = spec.split_once('-') else {
        return Selection::Full;
    };
    match (first, last) {
        ("", suffix) => match position(suffix) {
            None => Selection::Full,
            Some(0) => Selection::Unsatisfiable,
            Some(_) if size == 0 => Selection::Unsatisfiable,
            Some(length) => Selection::Partial(size.saturating_sub(length)..size),
        },
        (first, "") => match position(first) {
            None => Selection::Full,
            Some(start) if start >= size => Selection::Unsatisfiable,
            Some(start) => Selection::Partial(start..size),
        },
        (first, last) => match (position(first), position(last)) {
            (Some(start), Some(end)) if end < start => Selection::Full,
            (Some(start), Some(_)) if start >= size => Selection::Unsatisfiable,
            (Some(start), Some(end)) => Selection::Partial(start..end.saturating_add(1).min(size)),
            _ => Selection::Full,
        },
    }
}

/// Formats the `Content-Range` value of a partial response.
pub fn content_range(range: &Range<u64>, size: u64) -> String {
    format!("bytes {}-{}/{size}", range.start, range.end - 1)
}

/// Formats the `Content-Range` value of a 416 response.
pub fn unsatisfied_range(size: u64) -> String {
    format!("bytes */{size}")
}

fn is_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|byte| byte.is_ascii_digit())
}

/// Parses a byte position of only digits. One too large for `u64` lies past any media, so it
/// counts as the largest position.
fn position(text: &str) -> Option<u64> {
    if !is_digits(text) {
        return None;
    }
    Some(text.parse().unwrap_or(u64::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_ranges_select_bytes() {
        assert_eq!(parse("bytes=0-9", 100), Selection::Partial(0..10));
        assert_eq!(parse("bytes=90-", 100), Selection::Partial(90..100));
        assert_eq!(parse("bytes=-10", 100), Selection::Partial(90..100));
        assert_eq!(parse("bytes=-1000", 100), Selection::Partial(0..100));
        assert_eq!(parse("bytes=50-1000", 100), Selection::Partial(50..100));
        assert_eq!(parse("BYTES = 5-5", 100), Selection::Partial(5..6));
        assert_eq!(parse("bytes=99-99", 100), Selection::Partial(99..100));
    }

    #[test]
    fn ranges_past_the_end_are_unsatisfiable() {
        assert_eq!(parse("bytes=100-", 100), Selection::Unsatisfiable);
        assert_eq!(parse("bytes=100-200", 100), Selection::Unsatisfiable);
        assert_eq!(parse("bytes=-0", 100), Selection::Unsatisfiable);
        assert_eq!(parse("bytes=0-", 0), Selection::Unsatisfiable);
        assert_eq!(parse("bytes=-5", 0), Selection::Unsatisfiable);
        assert_eq!(
            parse("bytes=99999999999999999999999-", 100),
            Selection::Unsatisfiable
        );
    }

    #[test]
    fn other_requests_get_everything() {
        for value in [
            "bytes=0-1,5-6",
            "items=0-1",
            "bytes=5-1",
            "bytes=a-b",
            "bytes=-",
            "bytes=",
            "0-1",
            "bytes=1",
            "bytes=--1",
            "bytes=+1-2",
        ] {
            assert_eq!(parse(value, 100), Selection::Full, "{value}");
        }
    }

    #[test]
    fn if_range_must_match_the_etag() {
        let mut headers = HeaderMap::new();
        headers.insert(http::header::RANGE, "bytes=0-0".parse().unwrap());
        assert_eq!(select(&headers, 10, "\"abc\""), Selection::Partial(0..1));
        headers.insert(http::header::IF_RANGE, "\"abc\"".parse().unwrap());
        assert_eq!(select(&headers, 10, "\"abc\""), Selection::Partial(0..1));
        headers.insert(http::header::IF_RANGE, "\"old\"".parse().unwrap());
        assert_eq!(select(&headers, 10, "\"abc\""), Selection::Full);
    }

    #[test]
    fn content_range_values() {
        assert_eq!(content_range(&(0..10), 100), "bytes 0-9/100");
        assert_eq!(unsatisfied_range(100), "bytes */100");
    }
}
