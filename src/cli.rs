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
}

/// The work a `serve` process does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Role {
    All,
    Api,
    Worker,
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

    let outcome = match cli.command {
        Command::Serve { role } => serve(config, role).await,
        Command::Migrate => migrate(config).await,
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
