//! Generated protobuf types, the embedded descriptor set, and the JSON form of messages.

pub mod json;

use std::sync::LazyLock;

use prost_reflect::DescriptorPool;

#[allow(clippy::all, missing_docs)]
pub mod globemeet {
    pub mod v1 {
        tonic::include_proto!("globemeet.v1");
    }
}

#[allow(clippy::all, missing_docs)]
pub mod google {
    pub mod api {
        tonic::include_proto!("google.api");
    }
    pub mod rpc {
        tonic::include_proto!("google.rpc");
    }
}

/// The encoded `FileDescriptorSet` of every proto file, imports and source info included.
pub const FILE_DESCRIPTOR_SET: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/globemeet_descriptor.bin"));

/// The descriptor pool decoded from [`FILE_DESCRIPTOR_SET`], with its extensions kept.
pub static DESCRIPTOR_POOL: LazyLock<DescriptorPool> = LazyLock::new(|| {
    DescriptorPool::decode(FILE_DESCRIPTOR_SET).expect("the embedded descriptor set is valid")
});

/// The fully qualified names of the GlobeMeet gRPC services.
pub fn service_names() -> impl Iterator<Item = String> {
    DESCRIPTOR_POOL
        .services()
        .filter(|service| service.package_name() == "globemeet.v1")
        .map(|service| service.full_name().to_owned())
}
