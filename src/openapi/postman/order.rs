//! The order of the run: folders, the requests of each folder, and the clean-up.
//!
//! Each request follows what it depends on: the requests that fill its variables, the ones a
//! rule names, and, for a GET of a singleton, the PUT or PATCH of the same path, which may
//! create what it reads (a tenant's license, a recording's media). Ties keep the document's
//! order.

use std::collections::BTreeSet;

use super::Request;

/// Groups the requests of the main run by folder and orders the folders, then the requests of
/// each folder, so that every request follows what it depends on.
pub fn folders(
    requests: &[Request],
    main: Vec<usize>,
    tag_order: &[String],
) -> Vec<(String, Vec<usize>)> {
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    for index in main {
        let folder = &requests[index].folder;
        match groups.iter_mut().find(|(name, _)| name == folder) {
            Some((_, members)) => members.push(index),
            None => groups.push((folder.clone(), vec![index])),
        }
    }
    groups.sort_by_key(|(folder, _)| {
        tag_order
            .iter()
            .position(|name| name == folder)
            .unwrap_or(usize::MAX)
    });

    let owner_of = |request: usize| {
        groups
            .iter()
            .position(|(_, members)| members.contains(&request))
    };
    let dependencies: Vec<BTreeSet<usize>> = groups
        .iter()
        .enumerate()
        .map(|(index, (_, members))| {
            outside_dependencies(requests, members)
                .into_iter()
                .filter_map(owner_of)
                .filter(|&owner| owner != index)
                .collect()
        })
        .collect();
    stable_topological(&dependencies)
        .into_iter()
        .map(|index| {
            let (folder, members) = &groups[index];
            (folder.clone(), within(requests, members))
        })
        .collect()
}

/// Lists what the members of a folder depend on, except the requests that fill a variable the
/// folder fills itself: `RevokeClientSecret` takes a `secret_id` from ClientService, not from
/// the clients TenantService creates in another tenant.
fn outside_dependencies(requests: &[Request], members: &[usize]) -> BTreeSet<usize> {
    let own: BTreeSet<&String> = members
        .iter()
        .flat_map(|&member| &requests[member].captures)
        .map(|capture| &capture.variable)
        .collect();
    let mut dependencies = BTreeSet::new();
    for &member in members {
        let request = &requests[member];
        dependencies.extend(request.after.iter().copied());
        for variable in request
            .uses
            .iter()
            .filter(|variable| !own.contains(variable))
        {
            dependencies.extend(
                request
                    .depends_on
                    .iter()
                    .copied()
                    .filter(|&dependency| requests[dependency].fills(variable)),
            );
        }
    }
    dependencies
}

/// Orders the members of one folder so each follows what it depends on among them.
pub fn within(requests: &[Request], members: &[usize]) -> Vec<usize> {
    let dependencies: Vec<BTreeSet<usize>> = members
        .iter()
        .map(|&member| {
            requests[member]
                .depends_on
                .iter()
                .filter_map(|dependency| members.iter().position(|other| other == dependency))
                .collect()
        })
        .collect();
    stable_topological(&dependencies)
        .into_iter()
        .map(|position| members[position])
        .collect()
}

/// Orders the clean-up: deletes of nested resources first (more path variables), then in the
/// reverse of the document's order, with two constraints on top. A delete runs after the
/// clean-up requests that use the variable it deletes, and after the deletes of resources
/// whose creates used that variable (an evaluation before its agent), so dependants go
/// before what they depend on. A request a rule adds to the clean-up stays before its delete.
pub fn clean_up(requests: &mut [Request], members: Vec<usize>) -> Vec<usize> {
    let mut deletes: Vec<usize> = members
        .iter()
        .copied()
        .filter(|&index| requests[index].method == "delete")
        .collect();
    deletes.reverse();
    deletes.sort_by_key(|&index| std::cmp::Reverse(path_variables(requests[index].path)));
    let mut initial = Vec::new();
    for delete in deletes {
        initial.extend(
            members
                .iter()
                .copied()
                .filter(|&index| requests[index].before == Some(delete)),
        );
        initial.push(delete);
    }

    let deleted = |index: usize| -> Option<String> {
        let request = &requests[index];
        (request.method == "delete")
            .then(|| request.resource_variable())
            .flatten()
    };
    let creates_use = |variable: &str| -> BTreeSet<String> {
        requests
            .iter()
            .filter(|request| {
                request
                    .captures
                    .iter()
                    .any(|capture| capture.variable == variable)
            })
            .flat_map(|request| request.uses.iter().cloned())
            .collect()
    };
    let mut added: Vec<(usize, usize)> = Vec::new();
    for &delete in &initial {
        let Some(variable) = deleted(delete) else {
            continue;
        };
        for &other in &initial {
            if other == delete {
                continue;
            }
            let uses_it = requests[other].uses.contains(&variable)
                && deleted(other).as_deref() != Some(variable.as_str());
            let created_with_it = deleted(other)
                .is_some_and(|other_variable| creates_use(&other_variable).contains(&variable));
            if uses_it || created_with_it {
                added.push((delete, other));
            }
        }
    }
    for (delete, other) in added {
        requests[delete].depends_on.insert(other);
    }
    within(requests, &initial)
}

fn path_variables(path: &str) -> usize {
    path.matches('{').count()
}

/// Orders items so each follows its dependencies, keeping the given order where it can; on a
/// cycle the earliest remaining item goes next.
pub fn stable_topological(dependencies: &[BTreeSet<usize>]) -> Vec<usize> {
    let mut placed = vec![false; dependencies.len()];
    let mut order = Vec::with_capacity(dependencies.len());
    while order.len() < dependencies.len() {
        let next = (0..dependencies.len())
            .find(|&index| !placed[index] && dependencies[index].iter().all(|&dep| placed[dep]))
            .or_else(|| (0..dependencies.len()).find(|&index| !placed[index]))
            .expect("an item is left");
        placed[next] = true;
        order.push(next);
    }
    order
}
