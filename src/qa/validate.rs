//! Validation of scorecard templates and of answers against them. Every problem is recorded
//! with the path of its field, such as `scorecard.sections[1].questions[0].weight`, so one
//! response lists them all.

use std::collections::HashMap;

use super::{
    Answer, AnswerValue, DEFAULT_WEIGHT, MAX_WEIGHT, Question, QuestionKind, Section, questions,
};
use crate::{error::Violations, ids};

const MAX_SECTIONS: usize = 50;
const MAX_QUESTIONS_PER_SECTION: usize = 100;
const MAX_QUESTIONS: usize = 200;
const MAX_TITLE_CHARS: usize = 200;
const MAX_QUESTION_CHARS: usize = 1000;
const MAX_LABEL_CHARS: usize = 200;
const MAX_ANSWER_COMMENT_CHARS: usize = 2000;
const MIN_OPTIONS: usize = 2;
const MAX_OPTIONS: usize = 20;
const SCALE_LIMIT: i32 = 100;
const MAX_POINTS: i32 = 1000;

/// Checks a template; `path` names the sections field, such as `scorecard.sections`.
pub fn check_sections(sections: &[Section], path: &str, violations: &mut Violations) {
    if sections.is_empty() {
        violations.missing(path);
        return;
    }
    if sections.len() > MAX_SECTIONS {
        violations.add(
            path,
            format!(
                "has {} sections; the maximum is {MAX_SECTIONS}",
                sections.len()
            ),
        );
    }
    let total = questions(sections).count();
    if total > MAX_QUESTIONS {
        violations.add(
            path,
            format!("has {total} questions in all; the maximum is {MAX_QUESTIONS}"),
        );
    }

    let mut seen: HashMap<&str, String> = HashMap::new();
    for (index, section) in sections.iter().enumerate() {
        let section_path = format!("{path}[{index}]");
        check_text(
            &section.title,
            &format!("{section_path}.title"),
            MAX_TITLE_CHARS,
            violations,
        );
        let questions_path = format!("{section_path}.questions");
        if section.questions.is_empty() {
            violations.missing(&questions_path);
        } else if section.questions.len() > MAX_QUESTIONS_PER_SECTION {
            violations.add(
                &questions_path,
                format!(
                    "has {} questions; a section holds at most {MAX_QUESTIONS_PER_SECTION}",
                    section.questions.len()
                ),
            );
        }
        for (position, question) in section.questions.iter().enumerate() {
            let question_path = format!("{questions_path}[{position}]");
            check_question(question, &question_path, violations);
            if question.id.is_empty() {
                continue;
            }
            match seen.get(question.id.as_str()) {
                Some(first) => violations.add(
                    format!("{question_path}.id"),
                    format!(
                        "{:?} is already the id of {first}; question ids are unique in a scorecard",
                        question.id
                    ),
                ),
                None => {
                    seen.insert(&question.id, question_path);
                }
            }
        }
    }

    let total_weight: i64 = questions(sections)
        .map(|question| i64::from(question.weight.max(0)))
        .sum();
    violations.check(
        total_weight > 0,
        path,
        "the question weights sum to 0; give at least one question a positive weight",
    );
}

fn check_question(question: &Question, path: &str, violations: &mut Violations) {
    check_id(&question.id, &format!("{path}.id"), violations);
    check_text(
        &question.text,
        &format!("{path}.text"),
        MAX_QUESTION_CHARS,
        violations,
    );
    violations.check(
        (0..=MAX_WEIGHT).contains(&question.weight),
        format!("{path}.weight"),
        format!(
            "{} is out of range; use 0 to {MAX_WEIGHT}, or omit it for {DEFAULT_WEIGHT}",
            question.weight
        ),
    );
    match question.kind {
        QuestionKind::Unspecified => violations.add(
            format!("{path}.type"),
            "is not set or not a defined question type; use yes_no, scale or single_choice",
        ),
        QuestionKind::Scale => check_scale(question, path, violations),
        QuestionKind::SingleChoice => check_options(question, path, violations),
        QuestionKind::YesNo => {}
    }
    if question.kind != QuestionKind::Scale {
        for (field, value) in [
            ("scale_min", question.scale_min),
            ("scale_max", question.scale_max),
        ] {
            violations.check(
                value == 0,
                format!("{path}.{field}"),
                format!(
                    "applies only to scale questions, not {}; remove it",
                    question.kind.name()
                ),
            );
        }
    }
    if question.kind != QuestionKind::SingleChoice && !question.options.is_empty() {
        violations.add(
            format!("{path}.options"),
            format!(
                "apply only to single_choice questions, not {}; remove them",
                question.kind.name()
            ),
        );
    }
}

fn check_scale(question: &Question, path: &str, violations: &mut Violations) {
    let (min, max) = (question.scale_min, question.scale_max);
    violations.check(
        (0..SCALE_LIMIT).contains(&min),
        format!("{path}.scale_min"),
        format!("{min} is out of range; use 0 to {}", SCALE_LIMIT - 1),
    );
    if !(1..=SCALE_LIMIT).contains(&max) {
        violations.add(
            format!("{path}.scale_max"),
            format!("{max} is out of range; use 1 to {SCALE_LIMIT}"),
        );
    } else if max <= min {
        violations.add(
            format!("{path}.scale_max"),
            format!("{max} is not above scale_min {min}; a scale needs at least two values"),
        );
    }
}

fn check_options(question: &Question, path: &str, violations: &mut Violations) {
    let options_path = format!("{path}.options");
    let count = question.options.len();
    if !(MIN_OPTIONS..=MAX_OPTIONS).contains(&count) {
        violations.add(
            &options_path,
            format!(
                "has {count} options; a single_choice question needs {MIN_OPTIONS} to {MAX_OPTIONS}"
            ),
        );
    }
    let mut seen: Vec<&str> = Vec::new();
    for (index, option) in question.options.iter().enumerate() {
        let option_path = format!("{options_path}[{index}]");
        check_id(&option.id, &format!("{option_path}.id"), violations);
        if seen.contains(&option.id.as_str()) {
            violations.add(
                format!("{option_path}.id"),
                format!(
                    "{:?} is the id of an earlier option; option ids are unique in a question",
                    option.id
                ),
            );
        }
        seen.push(&option.id);
        check_text(
            &option.label,
            &format!("{option_path}.label"),
            MAX_LABEL_CHARS,
            violations,
        );
        violations.check(
            (0..=MAX_POINTS).contains(&option.points),
            format!("{option_path}.points"),
            format!("{} is out of range; use 0 to {MAX_POINTS}", option.points),
        );
    }
    if count > 0 && question.options.iter().all(|option| option.points <= 0) {
        violations.add(
            &options_path,
            "no option is worth more than 0 points; give the best answer positive points",
        );
    }
}

/// Checks answers against the template they answer; `path` names the answers field, such as
/// `evaluation.answers`. Unanswered questions are allowed here; submitting checks for them.
pub fn check_answers(
    sections: &[Section],
    answers: &[Answer],
    path: &str,
    violations: &mut Violations,
) {
    let by_id: HashMap<&str, &Question> = questions(sections)
        .map(|question| (question.id.as_str(), question))
        .collect();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (index, answer) in answers.iter().enumerate() {
        let answer_path = format!("{path}[{index}]");
        let id_path = format!("{answer_path}.question_id");
        if answer.question_id.is_empty() {
            violations.missing(id_path);
            continue;
        }
        if let Some(first) = seen.insert(&answer.question_id, index) {
            violations.add(
                id_path,
                format!(
                    "{:?} is answered already by {path}[{first}]; send one answer per question",
                    answer.question_id
                ),
            );
            continue;
        }
        let Some(question) = by_id.get(answer.question_id.as_str()) else {
            violations.add(
                id_path,
                format!(
                    "{:?} is not a question of this scorecard version; use one of {}",
                    answer.question_id,
                    questions(sections)
                        .map(|question| question.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
            continue;
        };
        check_value(question, &answer.value, &answer_path, violations);
        let comment_chars = answer.comment.chars().count();
        violations.check(
            comment_chars <= MAX_ANSWER_COMMENT_CHARS,
            format!("{answer_path}.comment"),
            format!(
                "is {comment_chars} characters long; the maximum is {MAX_ANSWER_COMMENT_CHARS}"
            ),
        );
    }
}

fn check_value(question: &Question, value: &AnswerValue, path: &str, violations: &mut Violations) {
    let expected = match question.kind {
        QuestionKind::YesNo => "yes_no",
        QuestionKind::Scale => "scale_value",
        QuestionKind::SingleChoice => "option_id",
        QuestionKind::Unspecified => return,
    };
    let given = match value {
        AnswerValue::YesNo(_) => "yes_no",
        AnswerValue::Scale(_) => "scale_value",
        AnswerValue::Option(_) => "option_id",
        AnswerValue::NotApplicable => "not_applicable",
        AnswerValue::Missing => {
            violations.add(
                path,
                format!(
                    "has no value; set {expected}, or not_applicable to true where the question allows it"
                ),
            );
            return;
        }
    };
    match value {
        AnswerValue::NotApplicable => violations.check(
            question.allow_not_applicable,
            format!("{path}.not_applicable"),
            format!(
                "question {:?} does not allow not_applicable; answer it with {expected}",
                question.id
            ),
        ),
        _ if given != expected => violations.add(
            format!("{path}.{given}"),
            format!(
                "question {:?} is a {} question; answer it with {expected}",
                question.id,
                question.kind.name()
            ),
        ),
        AnswerValue::Scale(number) => violations.check(
            (question.scale_min..=question.scale_max).contains(number),
            format!("{path}.scale_value"),
            format!(
                "{number} is outside the scale of question {:?}; use {} to {}",
                question.id, question.scale_min, question.scale_max
            ),
        ),
        AnswerValue::Option(option_id) => violations.check(
            question
                .options
                .iter()
                .any(|option| &option.id == option_id),
            format!("{path}.option_id"),
            format!(
                "{option_id:?} is not an option of question {:?}; use one of {}",
                question.id,
                question
                    .options
                    .iter()
                    .map(|option| option.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ),
        _ => {}
    }
}

fn check_id(value: &str, path: &str, violations: &mut Violations) {
    if value.is_empty() {
        violations.missing(path);
    } else {
        violations.check(
            ids::is_valid_client_id(value),
            path,
            format!(
                "{value:?} is not a valid id; use 1 to 64 characters of A-Z, a-z, 0-9, _ and -"
            ),
        );
    }
}

/// Checks a required display text: not blank, at most `max` characters, no control characters.
fn check_text(value: &str, path: &str, max: usize, violations: &mut Violations) {
    let length = value.chars().count();
    if value.trim().is_empty() {
        violations.missing(path);
    } else if length > max {
        violations.add(
            path,
            format!("is {length} characters long; the maximum is {max}"),
        );
    } else if value.chars().any(char::is_control) {
        violations.add(path, "contains control characters; remove them");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{error::ApiError, qa::AnswerOption};

    fn fields(violations: Violations) -> Vec<String> {
        match violations.finish() {
            Ok(()) => Vec::new(),
            Err(ApiError::InvalidArgument(list)) => list.into_iter().map(|v| v.field).collect(),
            Err(other) => panic!("unexpected {other:?}"),
        }
    }

    fn yes_no(id: &str) -> Question {
        Question {
            id: id.into(),
            text: format!("Did the agent {id}?"),
            kind: QuestionKind::YesNo,
            weight: 1,
            critical: false,
            allow_not_applicable: false,
            scale_min: 0,
            scale_max: 0,
            options: Vec::new(),
        }
    }

    #[test]
    fn valid_template_passes() {
        let sections = vec![Section {
            title: "Opening".into(),
            questions: vec![
                yes_no("greet"),
                Question {
                    kind: QuestionKind::Scale,
                    scale_min: 1,
                    scale_max: 5,
                    ..yes_no("tone")
                },
            ],
        }];
        let mut violations = Violations::default();
        check_sections(&sections, "scorecard.sections", &mut violations);
        assert_eq!(fields(violations), Vec::<String>::new());
    }

    #[test]
    fn each_problem_names_its_field() {
        let sections = vec![
            Section {
                title: "Opening".into(),
                questions: vec![Question {
                    weight: 0,
                    ..yes_no("greet")
                }],
            },
            Section {
                title: " ".into(),
                questions: vec![
                    Question {
                        weight: -1,
                        ..yes_no("greet")
                    },
                    Question {
                        kind: QuestionKind::Scale,
                        scale_min: 5,
                        scale_max: 5,
                        ..yes_no("tone")
                    },
                    Question {
                        kind: QuestionKind::SingleChoice,
                        options: vec![AnswerOption {
                            id: "only".into(),
                            label: "Only".into(),
                            points: 0,
                        }],
                        ..yes_no("outcome")
                    },
                    Question {
                        kind: QuestionKind::Unspecified,
                        ..yes_no("bad/id")
                    },
                ],
            },
        ];
        let mut violations = Violations::default();
        check_sections(&sections, "scorecard.sections", &mut violations);
        assert_eq!(
            fields(violations),
            vec![
                "scorecard.sections[1].title",
                "scorecard.sections[1].questions[0].weight",
                "scorecard.sections[1].questions[0].id",
                "scorecard.sections[1].questions[1].scale_max",
                "scorecard.sections[1].questions[2].options",
                "scorecard.sections[1].questions[2].options",
                "scorecard.sections[1].questions[3].id",
                "scorecard.sections[1].questions[3].type",
            ]
        );
    }

    #[test]
    fn weights_need_a_positive_total() {
        let sections = vec![Section {
            title: "Opening".into(),
            questions: vec![Question {
                weight: 0,
                ..yes_no("greet")
            }],
        }];
        let mut violations = Violations::default();
        check_sections(&sections, "scorecard.sections", &mut violations);
        assert_eq!(fields(violations), vec!["scorecard.sections"]);
    }

    #[test]
    fn answers_must_fit_their_questions() {
        let sections = vec![Section {
            title: "Opening".into(),
            questions: vec![
                yes_no("greet"),
                Question {
                    kind: QuestionKind::Scale,
                    scale_min: 1,
                    scale_max: 5,
                    ..yes_no("tone")
                },
            ],
        }];
        let answer = |question_id: &str, value| Answer {
            question_id: question_id.into(),
            value,
            comment: String::new(),
        };
        let answers = vec![
            answer("greet", AnswerValue::Scale(3)),
            answer("tone", AnswerValue::Scale(6)),
            answer("tone", AnswerValue::Scale(2)),
            answer("close", AnswerValue::YesNo(true)),
            answer("", AnswerValue::YesNo(true)),
        ];
        let mut violations = Violations::default();
        check_answers(&sections, &answers, "evaluation.answers", &mut violations);
        assert_eq!(
            fields(violations),
            vec![
                "evaluation.answers[0].scale_value",
                "evaluation.answers[1].scale_value",
                "evaluation.answers[2].question_id",
                "evaluation.answers[3].question_id",
                "evaluation.answers[4].question_id",
            ]
        );

        let mut violations = Violations::default();
        check_answers(
            &sections,
            &[
                answer("greet", AnswerValue::NotApplicable),
                answer("tone", AnswerValue::Missing),
            ],
            "evaluation.answers",
            &mut violations,
        );
        assert_eq!(
            fields(violations),
            vec![
                "evaluation.answers[0].not_applicable",
                "evaluation.answers[1]",
            ]
        );
    }
}
