DROP TABLE signing_keys;
DROP TABLE client_secrets;
DROP TABLE clients;
