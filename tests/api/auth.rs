use std::time::Duration;

use base64::{
    Engine as _,
    engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD},
};
use ed25519_dalek::{SigningKey, pkcs8::EncodePrivateKey as _};
use globemeet::proto::globemeet::v1::{
    AddQueueMemberRequest, Agent, Client, CreateAgentRequest, CreateClientRequest,
    CreateQueueRequest, CreateTenantClientRequest, CreateTenantRequest, DeleteQueueRequest,
    GetAgentRequest, GetCurrentTenantRequest, GetQueueRequest, ListQueuesRequest,
    ListTenantsRequest, Queue, RevokeClientSecretRequest, RotateClientSecretRequest, Tenant,
    UpdateClientRequest, UpdateTenantRequest, agent_service_client::AgentServiceClient,
    client_service_client::ClientServiceClient, queue_service_client::QueueServiceClient,
};
use prost_types::FieldMask;
use reqwest::{StatusCode, header};
use serde_json::{Value, json};
use tonic::Code;

use crate::{
    backend_test,
    support::{Backend, CLIENT, TENANT, TestServer, error_reason},
};

async fn token_response(
    server: &TestServer,
    request: reqwest::RequestBuilder,
) -> (StatusCode, header::HeaderMap, Value) {
    let _ = server;
    let response = request.send().await.expect("token request");
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.json().await.expect("JSON body");
    (status, headers, body)
}

fn token_url(server: &TestServer) -> String {
    server.url("/v1/oauth/token")
}

backend_test!(token_by_form_basic_and_json);
async fn token_by_form_basic_and_json(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let credentials = server.bootstrap(Some(TENANT), "second").await;
    let (id, secret) = (
        credentials.client_id.as_str(),
        credentials.client_secret.as_str(),
    );
    let http = reqwest::Client::new();

    let requests = [
        ("form", http.post(token_url(&server)).form(&[("grant_type", "client_credentials"), ("client_id", id), ("client_secret", secret)])),
        ("basic", http.post(token_url(&server)).basic_auth(id, Some(secret)).form(&[("grant_type", "client_credentials")])),
        ("json", http.post(token_url(&server)).json(&json!({"client_id": id, "client_secret": secret, "grant_type": "client_credentials"}))),
    ];
    for (method, request) in requests {
        let (status, headers, body) = token_response(&server, request).await;
        assert_eq!(status, 200, "{method}: {body}");
        assert_eq!(headers[header::CACHE_CONTROL], "no-store", "{method}");
        assert_eq!(body["token_type"], "Bearer", "{method}");
        assert_eq!(body["expires_in"], 3600, "{method}");
        assert!(
            body.get("refresh_token").is_none(),
            "{method}: no refresh token"
        );
        let token = body["access_token"].as_str().expect("access_token");

        let claims = payload(token);
        assert_eq!(claims["aud"], "globemeet-api");
        assert_eq!(claims["iss"], "globemeet");
        assert_eq!(claims["sub"], "second");
        assert_eq!(claims["tenant_id"], TENANT);
        assert!(claims["scope"].as_str().unwrap().contains("queues:write"));
        assert!(
            claims["jti"].is_string() && claims["iat"].is_number() && claims["exp"].is_number()
        );

        let mut queues = QueueServiceClient::new(server.authed(token).await);
        queues
            .list_queues(ListQueuesRequest::default())
            .await
            .expect("the token works over gRPC");
    }

    let narrowed = http.post(token_url(&server)).form(&[
        ("grant_type", "client_credentials"),
        ("client_id", id),
        ("client_secret", secret),
        ("scope", "queues:read"),
    ]);
    let (status, _, body) = token_response(&server, narrowed).await;
    assert_eq!(status, 200);
    assert_eq!(body["scope"], "queues:read");

    let too_wide = http.post(token_url(&server)).form(&[
        ("grant_type", "client_credentials"),
        ("client_id", id),
        ("client_secret", secret),
        ("scope", "platform:admin"),
    ]);
    let (status, _, body) = token_response(&server, too_wide).await;
    assert_eq!(status, 400);
    assert_eq!(body["error"], "invalid_scope");

    server.stop().await;
}

fn payload(token: &str) -> Value {
    let part = token.split('.').nth(1).expect("three parts");
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(part).expect("base64url")).expect("JSON claims")
}

backend_test!(token_errors_follow_rfc_6749);
async fn token_errors_follow_rfc_6749(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let credentials = server.bootstrap(Some(TENANT), "second").await;
    let (id, secret) = (
        credentials.client_id.as_str(),
        credentials.client_secret.as_str(),
    );
    let http = reqwest::Client::new();

    let wrong_basic = http
        .post(token_url(&server))
        .basic_auth(id, Some("wrong"))
        .form(&[("grant_type", "client_credentials")]);
    let (status, headers, wrong_secret_body) = token_response(&server, wrong_basic).await;
    assert_eq!(status, 401);
    assert_eq!(wrong_secret_body["error"], "invalid_client");
    assert!(
        headers[header::WWW_AUTHENTICATE]
            .to_str()
            .unwrap()
            .starts_with("Basic realm="),
        "{headers:?}"
    );

    let unknown_basic = http
        .post(token_url(&server))
        .basic_auth("nobody", Some("wrong"))
        .form(&[("grant_type", "client_credentials")]);
    let (status, _, unknown_body) = token_response(&server, unknown_basic).await;
    assert_eq!(status, 401);
    assert_eq!(
        unknown_body, wrong_secret_body,
        "unknown client and wrong secret answer alike"
    );

    let wrong_body = http.post(token_url(&server)).form(&[
        ("grant_type", "client_credentials"),
        ("client_id", id),
        ("client_secret", "wrong"),
    ]);
    let (status, headers, body) = token_response(&server, wrong_body).await;
    assert_eq!(status, 401);
    assert_eq!(body["error"], "invalid_client");
    assert!(
        headers.get(header::WWW_AUTHENTICATE).is_none(),
        "no challenge without Basic"
    );

    let password_grant = http
        .post(token_url(&server))
        .basic_auth(id, Some(secret))
        .form(&[("grant_type", "password")]);
    let (status, _, body) = token_response(&server, password_grant).await;
    assert_eq!(status, 400);
    assert_eq!(body["error"], "unsupported_grant_type");

    let both = http
        .post(token_url(&server))
        .basic_auth(id, Some(secret))
        .form(&[
            ("grant_type", "client_credentials"),
            ("client_secret", secret),
        ]);
    let (status, _, body) = token_response(&server, both).await;
    assert_eq!(status, 400);
    assert_eq!(body["error"], "invalid_request");

    let in_query = http
        .post(format!(
            "{}?client_id={id}&client_secret={secret}",
            token_url(&server)
        ))
        .form(&[("grant_type", "client_credentials")]);
    let (status, _, body) = token_response(&server, in_query).await;
    assert_eq!(status, 400);
    assert_eq!(body["error"], "invalid_request");

    let repeated = http
        .post(token_url(&server))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(format!("grant_type=client_credentials&grant_type=client_credentials&client_id={id}&client_secret={secret}"));
    let (status, _, body) = token_response(&server, repeated).await;
    assert_eq!(status, 400);
    assert_eq!(body["error"], "invalid_request");

    let missing_grant = http
        .post(token_url(&server))
        .basic_auth(id, Some(secret))
        .form(&[("scope", "queues:read")]);
    let (status, _, body) = token_response(&server, missing_grant).await;
    assert_eq!(status, 400);
    assert_eq!(body["error"], "invalid_request");

    server.stop().await;
}

/// Signs `claims` with the Ed25519 `seed` under `kid`.
fn sign(claims: &Value, kid: &str, seed: &[u8; 32]) -> String {
    let der = SigningKey::from_bytes(seed).to_pkcs8_der().expect("PKCS#8");
    let key = jsonwebtoken::EncodingKey::from_ed_der(der.as_bytes());
    let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::EdDSA);
    header.kid = Some(kid.to_owned());
    jsonwebtoken::encode(&header, claims, &key).expect("sign")
}

fn valid_claims() -> Value {
    let now = chrono::Utc::now().timestamp();
    json!({
        "iss": "globemeet", "aud": "globemeet-api", "sub": CLIENT, "tenant_id": TENANT,
        "scope": "queues:read queues:write", "iat": now, "exp": now + 600, "jti": "test",
    })
}

backend_test!(forged_and_stale_tokens_are_unauthenticated);
async fn forged_and_stale_tokens_are_unauthenticated(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let key = globemeet::db::signing_keys::all(&server.db)
        .await
        .expect("keys")
        .remove(0);
    let seed: [u8; 32] = STANDARD
        .decode(&key.private_key)
        .expect("base64")
        .try_into()
        .expect("32 bytes");

    let control = sign(&valid_claims(), &key.kid, &seed);
    let mut queues = QueueServiceClient::new(server.authed(&control).await);
    queues
        .list_queues(ListQueuesRequest::default())
        .await
        .expect("a correctly signed token works");

    let now = chrono::Utc::now().timestamp();
    let mut expired = valid_claims();
    expired["exp"] = json!(now - 120);
    let mut wrong_audience = valid_claims();
    wrong_audience["aud"] = json!("another-api");
    let mut missing_audience = valid_claims();
    missing_audience.as_object_mut().unwrap().remove("aud");
    let mut wrong_issuer = valid_claims();
    wrong_issuer["iss"] = json!("someone-else");

    let unsigned_header =
        URL_SAFE_NO_PAD.encode(json!({"alg": "none", "typ": "JWT", "kid": key.kid}).to_string());
    let unsigned_payload = URL_SAFE_NO_PAD.encode(valid_claims().to_string());
    let alg_none = format!("{unsigned_header}.{unsigned_payload}.");

    let other_key = sign(&valid_claims(), &key.kid, &[7u8; 32]);

    let mut widened = valid_claims();
    widened["scope"] = json!("queues:read queues:write agents:write");
    let parts: Vec<&str> = control.split('.').collect();
    let tampered = format!(
        "{}.{}.{}",
        parts[0],
        URL_SAFE_NO_PAD.encode(widened.to_string()),
        parts[2]
    );

    let cases = [
        ("expired beyond the leeway", sign(&expired, &key.kid, &seed)),
        ("wrong audience", sign(&wrong_audience, &key.kid, &seed)),
        ("missing audience", sign(&missing_audience, &key.kid, &seed)),
        ("wrong issuer", sign(&wrong_issuer, &key.kid, &seed)),
        ("alg none", alg_none),
        ("signed by another key", other_key),
        ("tampered payload", tampered),
        ("unknown kid", sign(&valid_claims(), "key_unknown", &seed)),
        ("garbage", "not.a.jwt".to_owned()),
    ];
    for (case, token) in cases {
        let mut queues = QueueServiceClient::new(server.authed(&token).await);
        let status = queues
            .list_queues(ListQueuesRequest::default())
            .await
            .unwrap_err();
        assert_eq!(status.code(), Code::Unauthenticated, "{case}: {status:?}");
    }

    let mut anonymous = QueueServiceClient::new(server.channel().await);
    let status = anonymous
        .list_queues(ListQueuesRequest::default())
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::Unauthenticated);
    assert_eq!(error_reason(&status).as_deref(), Some("TOKEN_MISSING"));

    server.stop().await;
}

backend_test!(missing_scope_is_permission_denied);
async fn missing_scope_is_permission_denied(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let mut clients = server.clients().await;
    let reader = clients
        .create_client(CreateClientRequest {
            client: Some(Client {
                id: "reader".into(),
                display_name: "Reader".into(),
                scopes: vec!["queues:read".into()],
                ..Client::default()
            }),
        })
        .await
        .expect("create client")
        .into_inner();
    assert_eq!(reader.tenant_id, TENANT);
    assert_eq!(reader.secrets.len(), 1);
    assert!(
        !reader.client_secret.is_empty(),
        "the secret is shown on create"
    );

    let fetched = clients
        .get_client(globemeet::proto::globemeet::v1::GetClientRequest {
            client_id: "reader".into(),
        })
        .await
        .expect("get client")
        .into_inner();
    assert!(
        fetched.client_secret.is_empty(),
        "the secret is never shown again"
    );

    let token = server.token_for("reader", &reader.client_secret).await;
    let mut queues = QueueServiceClient::new(server.authed(&token).await);
    queues
        .list_queues(ListQueuesRequest::default())
        .await
        .expect("queues:read suffices to list");
    let denied = queues
        .create_queue(CreateQueueRequest {
            queue: Some(Queue {
                name: "Nope".into(),
                ..Queue::default()
            }),
        })
        .await
        .unwrap_err();
    assert_eq!(denied.code(), Code::PermissionDenied);
    assert_eq!(error_reason(&denied).as_deref(), Some("SCOPE_MISSING"));
    assert!(
        denied.message().contains("queues:write"),
        "{}",
        denied.message()
    );

    let mut agents = AgentServiceClient::new(server.authed(&token).await);
    let denied = agents
        .get_agent(GetAgentRequest {
            agent_id: "x".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(denied.code(), Code::PermissionDenied);

    let escalation = clients
        .create_client(CreateClientRequest {
            client: Some(Client {
                display_name: "Admin".into(),
                scopes: vec!["platform:admin".into()],
                ..Client::default()
            }),
        })
        .await
        .unwrap_err();
    assert_eq!(
        escalation.code(),
        Code::InvalidArgument,
        "tenant clients cannot grant platform:admin"
    );

    server.stop().await;
}

backend_test!(secret_rotation_has_no_downtime);
async fn secret_rotation_has_no_downtime(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let mut clients = server.clients().await;
    let created = clients
        .create_client(CreateClientRequest {
            client: Some(Client {
                id: "rotating".into(),
                display_name: "Rotating".into(),
                ..Client::default()
            }),
        })
        .await
        .expect("create")
        .into_inner();
    let old_secret = created.client_secret.clone();
    let old_token = server.token_for("rotating", &old_secret).await;

    let rotated = clients
        .rotate_client_secret(RotateClientSecretRequest {
            client_id: "rotating".into(),
        })
        .await
        .expect("rotate")
        .into_inner();
    let new_secret = rotated.client_secret.clone();
    assert_ne!(new_secret, old_secret);
    assert_eq!(rotated.secrets.len(), 2);
    server.token_for("rotating", &old_secret).await;
    server.token_for("rotating", &new_secret).await;

    let third = clients
        .rotate_client_secret(RotateClientSecretRequest {
            client_id: "rotating".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(
        third.code(),
        Code::FailedPrecondition,
        "at most two active secrets"
    );

    let old_secret_id = created.secrets[0].id.clone();
    let revoked = clients
        .revoke_client_secret(RevokeClientSecretRequest {
            client_id: "rotating".into(),
            secret_id: old_secret_id,
        })
        .await
        .expect("revoke")
        .into_inner();
    assert_eq!(revoked.secrets.len(), 1);

    let response = reqwest::Client::new()
        .post(token_url(&server))
        .basic_auth("rotating", Some(&old_secret))
        .form(&[("grant_type", "client_credentials")])
        .send()
        .await
        .expect("token request");
    assert_eq!(response.status(), 401, "the revoked secret gets no token");
    server.token_for("rotating", &new_secret).await;

    let mut queues = QueueServiceClient::new(server.authed(&old_token).await);
    queues
        .list_queues(ListQueuesRequest::default())
        .await
        .expect("tokens issued before the revocation keep working");

    server.stop().await;
}

backend_test!(disabled_client_loses_access);
async fn disabled_client_loses_access(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let mut clients = server.clients().await;
    let created = clients
        .create_client(CreateClientRequest {
            client: Some(Client {
                id: "temp".into(),
                display_name: "Temp".into(),
                ..Client::default()
            }),
        })
        .await
        .expect("create")
        .into_inner();
    let token = server.token_for("temp", &created.client_secret).await;
    let mut queues = QueueServiceClient::new(server.authed(&token).await);
    queues
        .list_queues(ListQueuesRequest::default())
        .await
        .expect("works before disabling");

    clients
        .update_client(UpdateClientRequest {
            client_id: "temp".into(),
            client: Some(Client {
                disabled: true,
                ..Client::default()
            }),
            update_mask: Some(FieldMask {
                paths: vec!["disabled".into()],
            }),
        })
        .await
        .expect("disable");

    let refused = reqwest::Client::new()
        .post(token_url(&server))
        .basic_auth("temp", Some(&created.client_secret))
        .form(&[("grant_type", "client_credentials")])
        .send()
        .await
        .expect("token request");
    assert_eq!(refused.status(), 401, "a disabled client gets no new token");

    // The test server caches client states for one second instead of thirty.
    tokio::time::sleep(Duration::from_millis(1_100)).await;
    let status = queues
        .list_queues(ListQueuesRequest::default())
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::Unauthenticated);
    assert_eq!(error_reason(&status).as_deref(), Some("CLIENT_DISABLED"));

    server.stop().await;
}

backend_test!(signing_key_rotation_keeps_old_tokens);
async fn signing_key_rotation_keeps_old_tokens(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let old_token = server.token.clone();

    let kid = globemeet::admin::rotate_signing_key(&server.db)
        .await
        .expect("rotate");
    let new_key = globemeet::db::signing_keys::all(&server.db)
        .await
        .expect("keys")
        .remove(0);
    assert_eq!(new_key.kid, kid, "the new key is the newest");
    let seed: [u8; 32] = STANDARD
        .decode(&new_key.private_key)
        .expect("base64")
        .try_into()
        .expect("32 bytes");
    let new_token = sign(&valid_claims(), &kid, &seed);

    for (case, token) in [("new key", new_token), ("old key", old_token)] {
        let mut queues = QueueServiceClient::new(server.authed(&token).await);
        queues
            .list_queues(ListQueuesRequest::default())
            .await
            .unwrap_or_else(|status| panic!("{case}: {status:?}"));
    }

    let jwks: Value = reqwest::get(server.url("/v1/oauth/jwks"))
        .await
        .expect("jwks")
        .json()
        .await
        .expect("JSON");
    let kids: Vec<&str> = jwks["keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|key| key["kid"].as_str().unwrap())
        .collect();
    assert_eq!(kids.len(), 2, "{jwks}");
    assert!(kids.contains(&kid.as_str()));
    assert_eq!(jwks["keys"][0]["kty"], "OKP");
    assert_eq!(jwks["keys"][0]["alg"], "EdDSA");

    server.stop().await;
}

backend_test!(tenants_are_isolated);
async fn tenants_are_isolated(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let mut queues_a = server.queues().await;
    let mut agents_a = server.agents().await;
    let queue = queues_a
        .create_queue(CreateQueueRequest {
            queue: Some(Queue {
                id: "SHARED_NAME".into(),
                name: "A".into(),
                ..Queue::default()
            }),
        })
        .await
        .expect("create in A")
        .into_inner();
    agents_a
        .create_agent(CreateAgentRequest {
            agent: Some(Agent {
                id: "AGENT_A".into(),
                display_name: "A".into(),
                ..Agent::default()
            }),
        })
        .await
        .expect("agent in A");

    let token_b = server.other_tenant("tenant_b").await;
    let mut queues_b = QueueServiceClient::new(server.authed(&token_b).await);
    let mut agents_b = AgentServiceClient::new(server.authed(&token_b).await);

    let get = queues_b
        .get_queue(GetQueueRequest {
            queue_id: queue.id.clone(),
        })
        .await
        .unwrap_err();
    assert_eq!(get.code(), Code::NotFound);
    let list = queues_b
        .list_queues(ListQueuesRequest::default())
        .await
        .expect("list in B")
        .into_inner();
    assert!(list.queues.is_empty());
    let delete = queues_b
        .delete_queue(DeleteQueueRequest {
            queue_id: queue.id.clone(),
            etag: String::new(),
        })
        .await
        .unwrap_err();
    assert_eq!(delete.code(), Code::NotFound);
    let agent = agents_b
        .get_agent(GetAgentRequest {
            agent_id: "AGENT_A".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(agent.code(), Code::NotFound);

    queues_b
        .create_queue(CreateQueueRequest {
            queue: Some(Queue {
                id: "SHARED_NAME".into(),
                name: "B".into(),
                ..Queue::default()
            }),
        })
        .await
        .expect("the same id is free in another tenant");
    let member = queues_b
        .add_queue_member(AddQueueMemberRequest {
            queue_id: "SHARED_NAME".into(),
            agent_id: "AGENT_A".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(
        member.code(),
        Code::NotFound,
        "another tenant's agent cannot join"
    );

    let still_a = queues_a
        .get_queue(GetQueueRequest {
            queue_id: "SHARED_NAME".into(),
        })
        .await
        .expect("A's queue")
        .into_inner();
    assert_eq!(still_a.name, "A");

    server.stop().await;
}

backend_test!(platform_admin_manages_tenants);
async fn platform_admin_manages_tenants(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let admin = server.bootstrap(None, "root").await;
    assert_eq!(admin.tenant_id, None);
    let admin_token = server.token_for("root", &admin.client_secret).await;
    let mut tenants = server.tenants_with(&admin_token).await;

    let created = tenants
        .create_tenant(CreateTenantRequest {
            tenant: Some(Tenant {
                id: "globex".into(),
                display_name: "Globex".into(),
                ..Tenant::default()
            }),
        })
        .await
        .expect("create tenant")
        .into_inner();
    assert_eq!(created.rate_limit_per_minute, 600);

    let raised = tenants
        .update_tenant(UpdateTenantRequest {
            tenant_id: "globex".into(),
            tenant: Some(Tenant {
                rate_limit_per_minute: 6000,
                ..Tenant::default()
            }),
            update_mask: Some(FieldMask {
                paths: vec!["rate_limit_per_minute".into()],
            }),
        })
        .await
        .expect("raise the limit")
        .into_inner();
    assert_eq!(raised.rate_limit_per_minute, 6000);

    let client = tenants
        .create_tenant_client(CreateTenantClientRequest {
            tenant_id: "globex".into(),
            client: Some(Client {
                id: "globex-app".into(),
                display_name: "Globex app".into(),
                ..Client::default()
            }),
        })
        .await
        .expect("create tenant client")
        .into_inner();
    assert_eq!(client.tenant_id, "globex");
    let globex_token = server.token_for("globex-app", &client.client_secret).await;
    let own = server
        .tenants_with(&globex_token)
        .await
        .get_current_tenant(GetCurrentTenantRequest {})
        .await
        .expect("own tenant")
        .into_inner();
    assert_eq!(own.id, "globex");
    assert_eq!(own.rate_limit_per_minute, 6000);

    let listed = tenants
        .list_tenants(ListTenantsRequest::default())
        .await
        .expect("list")
        .into_inner();
    let ids: Vec<_> = listed
        .tenants
        .iter()
        .map(|tenant| tenant.id.as_str())
        .collect();
    assert_eq!(ids, vec!["globex", TENANT]);

    let mut as_tenant = server.tenants_with(&server.token).await;
    let denied = as_tenant
        .list_tenants(ListTenantsRequest::default())
        .await
        .unwrap_err();
    assert_eq!(denied.code(), Code::PermissionDenied);
    let denied = as_tenant
        .create_tenant(CreateTenantRequest {
            tenant: Some(Tenant {
                display_name: "Evil".into(),
                ..Tenant::default()
            }),
        })
        .await
        .unwrap_err();
    assert_eq!(denied.code(), Code::PermissionDenied);

    let mut admin_queues = QueueServiceClient::new(server.authed(&admin_token).await);
    let denied = admin_queues
        .list_queues(ListQueuesRequest::default())
        .await
        .unwrap_err();
    assert_eq!(
        denied.code(),
        Code::PermissionDenied,
        "platform tokens act on tenants only"
    );

    let mut platform_clients = ClientServiceClient::new(server.authed(&admin_token).await);
    let denied = platform_clients
        .list_clients(globemeet::proto::globemeet::v1::ListClientsRequest::default())
        .await
        .unwrap_err();
    assert_eq!(denied.code(), Code::PermissionDenied);

    server.stop().await;
}

backend_test!(token_requests_are_rate_limited_per_client);
async fn token_requests_are_rate_limited_per_client(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let credentials = server.bootstrap(Some(TENANT), "busy").await;
    let http = reqwest::Client::new();
    let mut limited = None;
    // Tokens replenish at 2 a second, so a slow machine may need more than 121 requests to run
    // out; the first refusal still comes after at least the full burst.
    for attempt in 0..4 * globemeet::auth::TOKEN_REQUESTS_PER_MINUTE {
        let response = http
            .post(token_url(&server))
            .basic_auth("busy", Some(&credentials.client_secret))
            .form(&[("grant_type", "client_credentials")])
            .send()
            .await
            .expect("token request");
        if response.status() == 429 {
            limited = Some((
                attempt,
                response.headers()[header::RETRY_AFTER]
                    .to_str()
                    .unwrap()
                    .to_owned(),
            ));
            break;
        }
        assert_eq!(response.status(), 200);
    }
    let (attempt, retry_after) = limited.expect("the request past the limit is refused");
    assert!(
        attempt >= globemeet::auth::TOKEN_REQUESTS_PER_MINUTE,
        "refused after {attempt} requests, before the burst of {} was used",
        globemeet::auth::TOKEN_REQUESTS_PER_MINUTE
    );
    assert!(retry_after.parse::<u64>().unwrap() >= 1);

    server
        .token_for(
            CLIENT,
            &server.bootstrap(Some(TENANT), CLIENT).await.client_secret,
        )
        .await;

    server.stop().await;
}
