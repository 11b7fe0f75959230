//! Table definitions shared by both backends. Column types stay portable: `BigInt`, `Integer`,
//! `Text` (ids, enum names, JSON), `Bool` and `Timestamp` in UTC.

diesel::table! {
    tenants (id) {
        id -> Text,
        display_name -> Text,
        rate_limit_per_minute -> Integer,
        create_time -> Timestamp,
        update_time -> Timestamp,
        revision -> BigInt,
        recording_retention_days -> Integer,
    }
}

diesel::table! {
    queues (tenant_id, id) {
        tenant_id -> Text,
        id -> Text,
        name -> Text,
        skills -> Text,
        priority -> Text,
        max_wait_seconds -> Integer,
        max_queue_size -> Nullable<Integer>,
        overflow_action -> Text,
        overflow_target_queue_id -> Nullable<Text>,
        create_time -> Timestamp,
        update_time -> Timestamp,
        revision -> BigInt,
    }
}

diesel::table! {
    agents (tenant_id, id) {
        tenant_id -> Text,
        id -> Text,
        display_name -> Text,
        email -> Nullable<Text>,
        skills -> Text,
        presence -> Text,
        presence_time -> Timestamp,
        create_time -> Timestamp,
        update_time -> Timestamp,
        revision -> BigInt,
    }
}

diesel::table! {
    queue_members (tenant_id, queue_id, agent_id) {
        tenant_id -> Text,
        queue_id -> Text,
        agent_id -> Text,
        create_time -> Timestamp,
    }
}

diesel::table! {
    clients (id) {
        id -> Text,
        tenant_id -> Nullable<Text>,
        display_name -> Text,
        scopes -> Text,
        disabled -> Bool,
        create_time -> Timestamp,
        update_time -> Timestamp,
        revision -> BigInt,
    }
}

diesel::table! {
    client_secrets (id) {
        id -> Text,
        client_id -> Text,
        secret_hash -> Text,
        create_time -> Timestamp,
        revoke_time -> Nullable<Timestamp>,
    }
}

diesel::table! {
    signing_keys (kid) {
        kid -> Text,
        algorithm -> Text,
        private_key -> Text,
        public_key -> Text,
        create_time -> Timestamp,
    }
}

diesel::table! {
    idempotency_keys (tenant_id, client_id, idempotency_key) {
        tenant_id -> Text,
        client_id -> Text,
        idempotency_key -> Text,
        request_hash -> Text,
        state -> Text,
        response_code -> Nullable<Integer>,
        response_message -> Nullable<Text>,
        response_body -> Nullable<Text>,
        create_time -> Timestamp,
        lease_expire_time -> Timestamp,
        expire_time -> Timestamp,
    }
}

diesel::table! {
    events (id) {
        id -> Text,
        tenant_id -> Text,
        event_type -> Text,
        data -> Text,
        create_time -> Timestamp,
    }
}

diesel::table! {
    sessions (tenant_id, id) {
        tenant_id -> Text,
        id -> Text,
        queue_id -> Text,
        agent_id -> Nullable<Text>,
        channel -> Text,
        customer_ref -> Text,
        priority -> Text,
        priority_rank -> Integer,
        attributes -> Text,
        state -> Text,
        held -> Bool,
        end_reason -> Nullable<Text>,
        enqueue_time -> Timestamp,
        offer_time -> Nullable<Timestamp>,
        connect_time -> Nullable<Timestamp>,
        wrap_up_time -> Nullable<Timestamp>,
        end_time -> Nullable<Timestamp>,
        overflow_time -> Nullable<Timestamp>,
        sequence -> BigInt,
        create_time -> Timestamp,
        update_time -> Timestamp,
        revision -> BigInt,
    }
}

diesel::table! {
    session_transitions (tenant_id, session_id, sequence) {
        tenant_id -> Text,
        session_id -> Text,
        sequence -> BigInt,
        state -> Text,
        queue_id -> Text,
        agent_id -> Nullable<Text>,
        held -> Bool,
        transition_time -> Timestamp,
    }
}

diesel::table! {
    licenses (tenant_id) {
        tenant_id -> Text,
        plan -> Text,
        seats -> Integer,
        expires_at -> Timestamp,
        notified_threshold_days -> Nullable<Integer>,
        expired_recorded -> Bool,
        create_time -> Timestamp,
        update_time -> Timestamp,
        revision -> BigInt,
    }
}

diesel::table! {
    scorecards (tenant_id, id) {
        tenant_id -> Text,
        id -> Text,
        display_name -> Text,
        description -> Text,
        sections -> Text,
        version -> Integer,
        state -> Text,
        published_version -> Integer,
        publish_time -> Nullable<Timestamp>,
        create_time -> Timestamp,
        update_time -> Timestamp,
        revision -> BigInt,
    }
}

diesel::table! {
    scorecard_versions (tenant_id, scorecard_id, version) {
        tenant_id -> Text,
        scorecard_id -> Text,
        version -> Integer,
        display_name -> Text,
        description -> Text,
        sections -> Text,
        publish_time -> Timestamp,
    }
}

diesel::table! {
    evaluations (tenant_id, id) {
        tenant_id -> Text,
        id -> Text,
        scorecard_id -> Text,
        scorecard_version -> Integer,
        session_id -> Text,
        agent_id -> Text,
        queue_id -> Text,
        evaluator_id -> Text,
        answers -> Text,
        comment -> Text,
        score -> Nullable<Integer>,
        raw_score -> Nullable<Integer>,
        auto_fail -> Bool,
        failed_question_ids -> Text,
        state -> Text,
        submit_time -> Nullable<Timestamp>,
        create_time -> Timestamp,
        update_time -> Timestamp,
        revision -> BigInt,
    }
}

diesel::table! {
    webhooks (tenant_id, id) {
        tenant_id -> Text,
        id -> Text,
        url -> Text,
        description -> Text,
        event_types -> Text,
        enabled -> Bool,
        disabled_reason -> Nullable<Text>,
        secret -> Text,
        previous_secret -> Nullable<Text>,
        previous_secret_expire_time -> Nullable<Timestamp>,
        failing_since -> Nullable<Timestamp>,
        create_time -> Timestamp,
        update_time -> Timestamp,
        revision -> BigInt,
    }
}

diesel::table! {
    webhook_deliveries (id) {
        id -> Text,
        tenant_id -> Text,
        event_id -> Text,
        webhook_id -> Text,
        state -> Text,
        attempt_count -> Integer,
        retry_index -> Integer,
        generation -> Integer,
        next_attempt_time -> Timestamp,
        deadline -> Nullable<Timestamp>,
        last_attempt_time -> Nullable<Timestamp>,
        lease_token -> Nullable<Text>,
        lease_expire_time -> Nullable<Timestamp>,
        create_time -> Timestamp,
        update_time -> Timestamp,
    }
}

diesel::table! {
    webhook_attempts (id) {
        id -> Text,
        delivery_id -> Text,
        tenant_id -> Text,
        url -> Text,
        attempt_time -> Timestamp,
        status_code -> Nullable<Integer>,
        succeeded -> Bool,
        error -> Text,
        latency_ms -> Integer,
        response_body -> Text,
    }
}

diesel::table! {
    webhook_replays (tenant_id, id) {
        tenant_id -> Text,
        id -> Text,
        filter -> Text,
        start_time -> Timestamp,
        end_time -> Timestamp,
        webhook_id -> Nullable<Text>,
        delivery_state -> Nullable<Text>,
        state -> Text,
        matched -> Integer,
        done -> Integer,
        cursor_time -> Nullable<Timestamp>,
        cursor_id -> Nullable<Text>,
        create_time -> Timestamp,
        update_time -> Timestamp,
    }
}

diesel::table! {
    recordings (tenant_id, id) {
        tenant_id -> Text,
        id -> Text,
        session_id -> Text,
        state -> Text,
        paused -> Bool,
        pause_intervals -> Text,
        description -> Text,
        attributes -> Text,
        content_type -> Nullable<Text>,
        size_bytes -> Nullable<BigInt>,
        sha256 -> Nullable<Text>,
        media_key -> Nullable<Text>,
        failure_reason -> Nullable<Text>,
        complete_time -> Nullable<Timestamp>,
        available_time -> Nullable<Timestamp>,
        delete_time -> Nullable<Timestamp>,
        create_time -> Timestamp,
        update_time -> Timestamp,
        revision -> BigInt,
    }
}

diesel::table! {
    media_url_keys (kid) {
        kid -> Text,
        secret -> Text,
        create_time -> Timestamp,
    }
}

diesel::table! {
    media_deletions (media_key) {
        media_key -> Text,
        tenant_id -> Text,
        delete_after -> Timestamp,
    }
}

diesel::allow_tables_to_appear_in_same_query!(
    tenants,
    queues,
    agents,
    queue_members,
    clients,
    client_secrets,
    signing_keys,
    idempotency_keys,
    events,
    sessions,
    session_transitions,
    licenses,
    scorecards,
    scorecard_versions,
    evaluations,
    webhooks,
    webhook_deliveries,
    webhook_attempts,
    webhook_replays,
    recordings,
    media_url_keys,
    media_deletions,
);
