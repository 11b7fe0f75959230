//! Checks of the collection's run order, variables and rules.

use std::{collections::BTreeSet, sync::LazyLock};

use serde_json::Value;

use super::rules::{RULES, Rule};
use crate::openapi::{Documents, documents};

static DOCUMENTS: LazyLock<Documents> = LazyLock::new(|| documents().expect("documents build"));

/// The variables a person sets, and the ones the token requests and the collection's own
/// script set.
const SET_OUTSIDE: &[&str] = &[
    "baseUrl",
    "clientId",
    "clientSecret",
    "adminClientId",
    "adminClientSecret",
    "accessToken",
    "adminAccessToken",
    "idempotencyKey",
    "webhookUrl",
    "$guid",
];

/// Returns every item of the collection in run order.
fn items() -> Vec<&'static Value> {
    DOCUMENTS.postman["item"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|folder| folder["item"].as_array().unwrap())
        .collect()
}

fn operation_id(item: &Value) -> &str {
    item["name"].as_str().unwrap().split(' ').next().unwrap()
}

/// Returns the first item of an operation; copies that rules add come with `(for …)`.
fn find(operation: &str) -> &'static Value {
    items()
        .into_iter()
        .find(|item| {
            operation_id(item) == operation && !item["name"].as_str().unwrap().contains(" (for ")
        })
        .unwrap_or_else(|| panic!("{operation} is in the collection"))
}

fn position(name_start: &str) -> usize {
    items()
        .iter()
        .position(|item| item["name"].as_str().unwrap().starts_with(name_start))
        .unwrap_or_else(|| panic!("an item starts with {name_start:?}"))
}

/// Lists the `{{variable}}` references of a text.
fn references(text: &str) -> Vec<String> {
    text.split("{{")
        .skip(1)
        .filter_map(|rest| rest.split_once("}}"))
        .map(|(name, _)| name.to_owned())
        .collect()
}

fn script_text(item: &Value, listen: &str) -> String {
    item["event"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|event| event["listen"] == listen)
        .map(|event| event["script"]["exec"].to_string())
        .collect()
}

fn operation_ids() -> BTreeSet<String> {
    DOCUMENTS.openapi["paths"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|item| item.as_object().unwrap().values())
        .map(|operation| operation["operationId"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn every_rpc_is_in_the_collection() {
    let names: BTreeSet<&str> = items().into_iter().map(operation_id).collect();
    for item in DOCUMENTS.openapi["paths"].as_object().unwrap().values() {
        for operation in item.as_object().unwrap().values() {
            if operation.get("x-grpc-method").is_some() {
                let id = operation["operationId"].as_str().unwrap();
                assert!(names.contains(id), "{id} is in the collection");
            }
        }
    }
}

#[test]
fn variables_are_filled_before_use() {
    let mut filled: BTreeSet<String> = SET_OUTSIDE.iter().map(|name| (*name).to_owned()).collect();
    for item in items() {
        let request = &item["request"];
        let sent = format!(
            "{} {}",
            request["url"]["raw"].as_str().unwrap(),
            request["body"]["raw"].as_str().unwrap_or_default()
        );
        for variable in references(&sent) {
            assert!(
                filled.contains(&variable),
                "{} uses {variable} before a response fills it",
                item["name"]
            );
        }
        let tests = script_text(item, "test");
        for part in tests.split("pm.collectionVariables.set(\\\"").skip(1) {
            filled.insert(part.split("\\\"").next().unwrap().to_owned());
        }
    }
}

#[test]
fn deletes_run_last_dependants_first() {
    let folders = DOCUMENTS.postman["item"].as_array().unwrap();
    let clean_up = folders.last().unwrap();
    assert_eq!(clean_up["name"], "Clean-up");
    for folder in &folders[..folders.len() - 1] {
        for item in folder["item"].as_array().unwrap() {
            assert_ne!(item["request"]["method"], "DELETE", "{}", item["name"]);
        }
    }
    assert!(position("RemoveQueueMember") < position("DeleteQueue"));
    assert!(position("RemoveQueueMember") < position("DeleteAgent"));
    assert!(position("DeleteEvaluation") < position("DeleteAgent"));
    assert!(
        position("CreateEvaluation — Creates a draft evaluation (for DeleteEvaluation)")
            < position("DeleteEvaluation")
    );
}

#[test]
fn rules_shape_the_run() {
    let transfer = find("TransferSession");
    assert!(
        transfer["request"]["body"]["raw"]
            .as_str()
            .unwrap()
            .contains("{{other_queue_id}}")
    );
    assert!(
        position("CreateQueue — Creates a queue (for TransferSession)")
            < position("TransferSession")
    );
    assert!(position("TransferSession") < position("EndSession"));
    assert!(position("UploadRecordingMedia") < position("GetRecordingMediaUrl"));
    assert!(position("UploadRecordingMedia") < position("DownloadRecordingMedia"));
    assert!(position("CompleteRecording") < position("GetRecordingMediaUrl"));

    for (operation, path) in [
        (
            "UpdateTenantLicense",
            "{{baseUrl}}/v1/tenants/{{current_tenant_id}}/license",
        ),
        (
            "GetTenantLicense",
            "{{baseUrl}}/v1/tenants/{{current_tenant_id}}/license",
        ),
        (
            "DeleteEvaluation",
            "{{baseUrl}}/v1/evaluations/{{other_evaluation_id}}",
        ),
        (
            "DeleteScorecard",
            "{{baseUrl}}/v1/scorecards/{{other_scorecard_id}}",
        ),
    ] {
        assert_eq!(
            find(operation)["request"]["url"]["raw"],
            path,
            "{operation}"
        );
    }
    assert!(position("UpdateTenantLicense") < position("GetTenantLicense"));
    assert!(position("UpdateTenantLicense") < position("GetLicense"));
}

#[test]
fn missing_inputs_skip_what_needs_them() {
    let skipped_without = |operation: &str, input: &str| {
        script_text(find(operation), "prerequest")
            .contains(&format!("pm.variables.get(\\\"{input}\\\")"))
    };
    // Needs the administrator itself, or a license that only the administrator sets.
    assert!(skipped_without("CreateTenant", "adminClientId"));
    assert!(skipped_without("GetLicense", "adminClientId"));
    assert!(!skipped_without("GetCurrentTenant", "adminClientId"));
    // Sends the URL, or uses the webhook or event that only such a request makes.
    assert!(skipped_without("CreateWebhook", "webhookUrl"));
    assert!(skipped_without("GetWebhook", "webhookUrl"));
    assert!(skipped_without("ReplayWebhookEvent", "webhookUrl"));
    assert!(!skipped_without("ListWebhooks", "webhookUrl"));
    assert!(!skipped_without("ReplayWebhookEvents", "webhookUrl"));
    assert!(!skipped_without("CreateQueue", "webhookUrl"));
}

#[test]
fn rules_name_existing_operations() {
    let ids = operation_ids();
    for (rule, reason) in RULES {
        assert!(ids.contains(rule.request()), "{reason}");
        if let Rule::After { after, .. } = rule {
            assert!(ids.contains(*after), "{reason}");
        }
    }
}

#[test]
fn signed_media_link_is_fetched_without_a_token() {
    let link = find("GetRecordingMediaUrl");
    let download = find("DownloadSignedMedia");

    assert!(position("GetRecordingMediaUrl") < position("DownloadSignedMedia"));
    assert!(script_text(link, "test").contains("signed_token"));
    assert_eq!(
        download["request"]["url"]["raw"],
        "{{baseUrl}}/v1/media/{{signed_token}}"
    );
    assert_eq!(download["request"]["auth"]["type"], "noauth");
}
