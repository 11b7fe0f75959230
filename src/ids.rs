//! Resource ids: a type prefix and a ULID in lowercase Crockford base32 (`q_01jf…`), so ids
//! sort by creation time. Clients may choose their own ids on create instead.

use std::sync::Mutex;

use rand::Rng;

const CROCKFORD: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

/// The longest id a client may choose.
pub const MAX_CLIENT_ID_LEN: usize = 64;

/// The last value generated in this process, so ids made in the same millisecond still
/// increase: the next one adds 1 to the random part instead of drawing a new one.
static LAST: Mutex<u128> = Mutex::new(0);

/// Generates a new id with the given prefix, such as `q` or `agt`. Ids from one process
/// increase strictly, so events sort in the order they were recorded.
pub fn generate(prefix: &str) -> String {
    let millis = chrono::Utc::now().timestamp_millis().max(0) as u128;
    let random: u128 = rand::rng().random::<u128>() & ((1u128 << 79) - 1);
    let value = {
        let mut last = LAST.lock().expect("not poisoned");
        let fresh = (millis << 80) | random;
        *last = if fresh > *last { fresh } else { *last + 1 };
        *last
    };

    let mut id = String::with_capacity(prefix.len() + 27);
    id.push_str(prefix);
    id.push('_');
    for index in (0..26).rev() {
        let digit = ((value >> (index * 5)) & 0x1f) as usize;
        id.push(CROCKFORD[digit] as char);
    }
    id
}

/// Checks a client-chosen id: 1 to 64 characters of `[A-Za-z0-9_-]`.
pub fn is_valid_client_id(id: &str) -> bool {
    (1..=MAX_CLIENT_ID_LEN).contains(&id.len())
        && id
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_ids_have_prefix_and_length() {
        let id = generate("q");
        assert!(id.starts_with("q_"), "{id}");
        assert_eq!(id.len(), 28);
        assert!(is_valid_client_id(&id));
    }

    #[test]
    fn ids_of_one_millisecond_increase() {
        let ids: Vec<String> = (0..1000).map(|_| generate("evt")).collect();
        assert!(ids.windows(2).all(|pair| pair[0] < pair[1]));
    }

    #[test]
    fn generated_ids_sort_by_time() {
        let first = generate("agt");
        std::thread::sleep(std::time::Duration::from_millis(2));
        let second = generate("agt");
        assert!(first < second, "{first} !< {second}");
    }

    #[test]
    fn client_ids_are_checked() {
        assert!(is_valid_client_id("AGENT_42"));
        assert!(is_valid_client_id("a-b_c"));
        assert!(!is_valid_client_id(""));
        assert!(!is_valid_client_id("a/b"));
        assert!(!is_valid_client_id("a:b"));
        assert!(!is_valid_client_id(&"x".repeat(65)));
    }
}
