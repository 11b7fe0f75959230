//! Compiles `proto/` with protox (pure Rust, no system protoc) and generates the tonic services.
//!
//! The encoded descriptor set is written with its imports and source info, so the
//! `google.api.http` and `google.api.field_behavior` options and the proto comments survive for
//! the REST transcoder, the OpenAPI generator and server reflection. The binary embeds it.

use std::{env, fs, path::PathBuf};

use prost::Message;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo:rerun-if-changed=proto");

    let mut protos = proto_files("proto/globemeet/v1")?;
    // The error model's messages are not imported by any service, but the REST transcoder and
    // the OpenAPI generator read them from the same pool.
    protos.push("google/rpc/status.proto".into());
    protos.push("google/rpc/error_details.proto".into());
    let mut compiler = protox::Compiler::new(["proto"])?;
    compiler.include_imports(true).include_source_info(true);
    compiler.open_files(&protos)?;

    let encoded = compiler.encode_file_descriptor_set();
    let out_dir = PathBuf::from(env::var("OUT_DIR")?);
    fs::write(out_dir.join("globemeet_descriptor.bin"), &encoded)?;

    let descriptor_set = prost_types::FileDescriptorSet::decode(encoded.as_slice())?;
    tonic_prost_build::configure()
        .build_server(true)
        .build_client(true)
        .compile_fds(descriptor_set)?;
    Ok(())
}

/// Lists the `.proto` files of one package folder, sorted so builds are reproducible.
fn proto_files(dir: &str) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|ext| ext == "proto") {
            files.push(
                path.strip_prefix("proto")
                    .expect("path under proto/")
                    .to_path_buf(),
            );
        }
    }
    files.sort();
    Ok(files)
}
