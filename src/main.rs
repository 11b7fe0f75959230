use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    globemeet::cli::run().await
}
