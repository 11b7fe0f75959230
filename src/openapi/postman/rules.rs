//! What a run of the collection against a fresh tenant needs beyond what the descriptors state.
//!
//! The generator orders requests by the variables they fill and use, and a few generic rules
//! (see `order`). Some requests need a state that no variable shows. A session must not have
//! ended to be transferred, and a recording needs its media before it has a media URL. The
//! signed media link is a whole URL, of which only the last segment is a path variable. Each such
//! need is a rule here, with the reason that the description of the item it adjusts (for
//! [`Rule::Another`], of the copy it adds) starts with. Rules name operations by operation id;
//! a unit test checks that every one still exists.

/// One adjustment of the run.
pub enum Rule {
    /// `request` runs after `after`, besides after the requests that fill its variables.
    After {
        request: &'static str,
        after: &'static str,
    },
    /// The variable `variable` of `request` names a second resource of its kind. A copy of the
    /// request that creates the run's own one makes it just before `request`, and fills
    /// `other_{variable}`, which `request` uses in its place.
    Another {
        request: &'static str,
        variable: &'static str,
    },
    /// The response field `field` of `request` fills `variable`.
    Fills {
        request: &'static str,
        field: &'static str,
        variable: &'static str,
    },
    /// The last path segment of the URL in the response field `field` of `request` fills
    /// `variable`.
    FillsLastSegment {
        request: &'static str,
        field: &'static str,
        variable: &'static str,
    },
    /// `request` uses `variable` for its path variable or body field `field`.
    Takes {
        request: &'static str,
        field: &'static str,
        variable: &'static str,
    },
}

impl Rule {
    /// Returns the operation the rule adjusts.
    pub fn request(&self) -> &'static str {
        match self {
            Rule::After { request, .. }
            | Rule::Another { request, .. }
            | Rule::Fills { request, .. }
            | Rule::FillsLastSegment { request, .. }
            | Rule::Takes { request, .. } => request,
        }
    }
}

/// Returns the variable that a copy made for [`Rule::Another`] fills.
pub fn other(variable: &str) -> String {
    format!("other_{variable}")
}

/// Every rule with its reason.
pub const RULES: &[(Rule, &str)] = &[
    (
        Rule::Another {
            request: "TransferSession",
            variable: "queue_id",
        },
        "Creates a second queue for TransferSession, which moves a session to a queue other than its own.",
    ),
    (
        Rule::After {
            request: "EndSession",
            after: "TransferSession",
        },
        "Runs after TransferSession: an ended session can no longer be transferred.",
    ),
    (
        Rule::After {
            request: "GetRecordingMediaUrl",
            after: "UploadRecordingMedia",
        },
        "Runs after UploadRecordingMedia: only a recording whose media is stored has a media URL.",
    ),
    (
        Rule::FillsLastSegment {
            request: "GetRecordingMediaUrl",
            field: "url",
            variable: "signed_token",
        },
        "Fills `signed_token`, the signed part of the media URL, which DownloadSignedMedia sends without a token.",
    ),
    (
        Rule::Another {
            request: "DeleteEvaluation",
            variable: "evaluation_id",
        },
        "Creates a draft for DeleteEvaluation: the run's own evaluation is submitted, which makes it final.",
    ),
    (
        Rule::Another {
            request: "DeleteScorecard",
            variable: "scorecard_id",
        },
        "Creates a scorecard for DeleteScorecard: the run's submitted evaluation keeps its own scorecard in use.",
    ),
    (
        Rule::Fills {
            request: "GetCurrentTenant",
            field: "id",
            variable: "current_tenant_id",
        },
        "Fills `current_tenant_id`, the tenant whose license the license requests set and read.",
    ),
    (
        Rule::Takes {
            request: "UpdateTenantLicense",
            field: "tenant_id",
            variable: "current_tenant_id",
        },
        "Sets the license of the caller's own tenant (`current_tenant_id`), which GetLicense then reads: a fresh tenant has none.",
    ),
    (
        Rule::Takes {
            request: "GetTenantLicense",
            field: "tenant_id",
            variable: "current_tenant_id",
        },
        "Reads the license of the caller's own tenant (`current_tenant_id`), which UpdateTenantLicense set.",
    ),
    (
        Rule::After {
            request: "GetLicense",
            after: "UpdateTenantLicense",
        },
        "Runs after UpdateTenantLicense, which gives the caller's tenant the license this request reads.",
    ),
];
