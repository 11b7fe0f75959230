use std::process::Command;

fn globemeet() -> Command {
    Command::new(env!("CARGO_BIN_EXE_globemeet"))
}

#[test]
fn migrate_creates_the_schema_and_prints_nothing() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("cli.db");
    let output = globemeet()
        .arg("migrate")
        .env(
            "GLOBEMEET_DATABASE_URL",
            format!("sqlite://{}", path.display()),
        )
        .env("RUST_LOG", "info")
        .output()
        .expect("run globemeet migrate");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.stdout.is_empty(),
        "stdout carries only command output"
    );
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("applied"),
        "logs go to stderr"
    );
    assert!(path.exists());

    let again = globemeet()
        .arg("migrate")
        .env(
            "GLOBEMEET_DATABASE_URL",
            format!("sqlite://{}", path.display()),
        )
        .output()
        .expect("run globemeet migrate again");
    assert!(
        again.status.success(),
        "migrating a current database succeeds"
    );
}

#[test]
fn invalid_setting_names_the_variable() {
    let output = globemeet()
        .arg("serve")
        .env("GLOBEMEET_MAX_BODY_BYTES", "lots")
        .output()
        .expect("run globemeet serve");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("GLOBEMEET_MAX_BODY_BYTES"), "{stderr}");
}

#[test]
fn misspelled_variable_gets_a_warning() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let output = globemeet()
        .arg("migrate")
        .env(
            "GLOBEMEET_DATABASE_URL",
            format!("sqlite://{}", dir.path().join("cli.db").display()),
        )
        .env("GLOBEMEET_LISTN", "127.0.0.1:9001")
        .env("RUST_LOG", "warn")
        .output()
        .expect("run globemeet migrate");

    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("GLOBEMEET_LISTN"), "{stderr}");
    assert!(stderr.contains("GLOBEMEET_LISTEN"), "{stderr}");
}

#[test]
fn config_file_sets_values_and_rejects_unknown_keys() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let file = dir.path().join("globemeet.toml");
    std::fs::write(&file, "listen_address = \"127.0.0.1:1\"\n").expect("write config");
    let output = globemeet()
        .args(["--config", file.to_str().unwrap(), "migrate"])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("listen_address"), "{stderr}");

    let db = dir.path().join("from-file.db");
    std::fs::write(
        &file,
        format!("database_url = \"sqlite://{}\"\n", db.display()),
    )
    .expect("write config");
    let output = globemeet()
        .args(["migrate", "--config", file.to_str().unwrap()])
        .output()
        .expect("run");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(db.exists(), "the database named in the file was created");
}
