-- OAuth clients, their hashed secrets, and the JWT signing keys every replica shares.
-- A client without a tenant is a platform administration client.
CREATE TABLE clients (
    id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    tenant_id TEXT COLLATE "C" REFERENCES tenants (id) ON DELETE CASCADE,
    display_name TEXT COLLATE "C" NOT NULL,
    scopes TEXT COLLATE "C" NOT NULL,
    disabled BOOLEAN NOT NULL DEFAULT FALSE,
    create_time TIMESTAMP NOT NULL,
    update_time TIMESTAMP NOT NULL,
    revision BIGINT NOT NULL DEFAULT 1
);

CREATE INDEX clients_by_tenant ON clients (tenant_id, id);

CREATE TABLE client_secrets (
    id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    client_id TEXT COLLATE "C" NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    secret_hash TEXT COLLATE "C" NOT NULL,
    create_time TIMESTAMP NOT NULL,
    revoke_time TIMESTAMP
);

CREATE INDEX client_secrets_by_client ON client_secrets (client_id);

CREATE TABLE signing_keys (
    kid TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    algorithm TEXT COLLATE "C" NOT NULL,
    private_key TEXT COLLATE "C" NOT NULL,
    public_key TEXT COLLATE "C" NOT NULL,
    create_time TIMESTAMP NOT NULL
);
