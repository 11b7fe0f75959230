//! The `globemeet` command line.

use std::{path::PathBuf, process::ExitCode};

use clap::{Parser, Subcommand, ValueEnum};

use crate::{config::Config, db, server, telemetry};

/// GlobeMeet API server.
#[derive(Debug, Parser)]
#[command(name = "globemeet", version, about)]
pub struct Cli {
    /// TOML file with settings; GLOBEMEET_* variables override its values.
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Apply pending migrations, then serve gRPC and REST on one listener.
    Serve {
        /// The work this process does: `api` serves requests, `worker` runs background jobs,
        /// `all` does both.
        #[arg(long, value_enum, default_value_t = Role::All)]
        role: Role,
    },

    /// Apply pending database migrations and exit.
    Migrate,

    /// Print the OpenAPI 3.1 document of the REST surface (or, with --postman, the Postman
    /// collection made from it) and exit.
    Openapi {
        /// Print the Postman collection (v2.1) instead of the OpenAPI document.
        #[arg(long)]
        postman: bool,
    },

    /// Administration tasks run against the database directly.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
}

#[derive(Debug, Subcommand)]
enum AdminCommand {
    /// Create a tenant and a client with every tenant scope when missing (or, with
    /// --platform-admin, a client with platform:admin), give the client a new secret and print
    /// one JSON line with the credentials.
    Bootstrap {
        /// The tenant id to create or reuse.
        #[arg(
            long,
            required_unless_present = "platform_admin",
            conflicts_with = "platform_admin"
        )]
        tenant: Option<String>,

        /// Create a platform administration client instead of a tenant client.
        #[arg(long)]
        platform_admin: bool,

        /// The client id to create or reuse; client ids are unique across tenants.
        #[arg(long)]
        client_id: String,
    },

    /// Add a new JWT signing key; tokens signed by older keys keep verifying until they expire.
    RotateSigningKey,
}

/// The work a `serve` process does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Role {
    All,
    Api,
    Worker,
}

/// Logs each `GLOBEMEET_` variable that sets nothing, as a misspelled one would, with the
/// setting it most likely meant.
fn warn_unknown_variables() {
    let names = std::env::vars_os().filter_map(|(name, _)| name.into_string().ok());
    for (variable, closest) in crate::config::unknown_variables(names) {
        tracing::warn!(
            variable,
            did_you_mean = closest.as_deref(),
            "unknown GLOBEMEET_ variable ignored; the README's Configuration table lists the settings"
        );
    }
}

/// Parses the command line, runs the command and maps its outcome to an exit code.
pub async fn run() -> ExitCode {
    let cli = Cli::parse();
    let config = match Config::load(cli.config.as_deref()) {
        Ok(config) => config,
        Err(error) => {
            eprintln!("globemeet: {error}");
            return ExitCode::from(2);
        }
    };
    telemetry::init(config.log_format);
    warn_unknown_variables();

    let outcome = match cli.command {
        Command::Serve { role } => serve(config, role).await,
        Command::Migrate => migrate(config).await,
        Command::Openapi { postman } => print_documents(postman),
        Command::Admin { command } => admin(config, command).await,
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!(error = format!("{error:#}"), "command failed");
            ExitCode::FAILURE
        }
    }
}

async fn serve(config: Config, role: Role) -> anyhow::Result<()> {
    let mut running = server::start(config, role).await?;
    tokio::select! {
        _ = shutdown_signal() => tracing::info!("shutdown requested"),
        result = running.stopped() => return result,
    }
    running.shutdown().await
}

async fn migrate(config: Config) -> anyhow::Result<()> {
    let applied = db::migrate::run(&config.database_url).await?;
    tracing::info!(applied, "migrations applied");
    Ok(())
}

fn print_documents(postman: bool) -> anyhow::Result<()> {
    let documents = crate::openapi::documents()?;
    let document = if postman {
        &documents.postman
    } else {
        &documents.openapi
    };
    print!("{}", crate::openapi::to_text(document));
    Ok(())
}

async fn admin(config: Config, command: AdminCommand) -> anyhow::Result<()> {
    db::migrate::run(&config.database_url).await?;
    let db = db::Db::connect(&config.database_url, 2, config.database_pool_timeout)?;
    let output = match command {
        AdminCommand::Bootstrap {
            tenant,
            platform_admin: _,
            client_id,
        } => {
            let output = crate::admin::bootstrap(&db, tenant.as_deref(), &client_id).await?;
            serde_json::to_string(&output)?
        }
        AdminCommand::RotateSigningKey => {
            let kid = crate::admin::rotate_signing_key(&db).await?;
            serde_json::json!({ "kid": kid }).to_string()
        }
    };
    println!("{output}");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut terminate =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
                .expect("SIGTERM handler can be installed");
        tokio::select! {
            _ = ctrl_c => {}
            _ = terminate.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
}
