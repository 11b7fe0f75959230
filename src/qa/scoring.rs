//! Scoring an evaluation's answers against its scorecard version.
//!
//! Each answered question (an answer other than `not_applicable`) earns a fraction of its
//! weight: all of it for `yes`, none for `no`; `(value - min) / (max - min)` on a scale; the
//! chosen option's points over the highest points of the question's options. With `possible`
//! the sum of the answered questions' weights and `earned` the sum of what they earned, each
//! term taken in millionths and rounded down, the raw score is `100 × earned / possible`
//! rounded half up. Integer arithmetic only, so every client can reproduce it exactly.

use std::collections::HashMap;

use super::{Answer, AnswerValue, Question, QuestionKind, Section, questions};

/// Earned weight is counted in millionths of a weight unit.
const MICROS: i64 = 1_000_000;

/// The scores of an evaluation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// `raw_score`, or 0 when a critical question failed.
    pub score: Option<i32>,
    /// The weighted percentage; `None` when no answered question carries weight.
    pub raw_score: Option<i32>,
    pub auto_fail: bool,
    /// The critical questions whose answer earned nothing, in scorecard order.
    pub failed_question_ids: Vec<String>,
}

/// Scores `answers`, which must have passed [`super::check_answers`] against `sections`.
/// Questions without an answer count like `not_applicable` ones.
pub fn score(sections: &[Section], answers: &[Answer]) -> Outcome {
    let by_question: HashMap<&str, &AnswerValue> = answers
        .iter()
        .map(|answer| (answer.question_id.as_str(), &answer.value))
        .collect();
    let mut possible: i64 = 0;
    let mut earned_micros: i64 = 0;
    let mut failed_question_ids = Vec::new();
    for question in questions(sections) {
        let Some(value) = by_question.get(question.id.as_str()) else {
            continue;
        };
        let Some((numerator, denominator)) = fraction(question, value) else {
            continue;
        };
        let weight = i64::from(question.weight);
        possible += weight;
        earned_micros += weight * numerator * MICROS / denominator;
        if question.critical && numerator == 0 {
            failed_question_ids.push(question.id.clone());
        }
    }
    let raw_score = (possible > 0).then(|| {
        let scale = possible * MICROS;
        ((200 * earned_micros + scale) / (2 * scale)) as i32
    });
    let auto_fail = !failed_question_ids.is_empty();
    Outcome {
        score: if auto_fail { Some(0) } else { raw_score },
        raw_score,
        auto_fail,
        failed_question_ids,
    }
}

/// Returns the share of its weight an answer earns, as numerator and positive denominator, or
/// `None` for `not_applicable` and for values the question does not take.
fn fraction(question: &Question, value: &AnswerValue) -> Option<(i64, i64)> {
    match (question.kind, value) {
        (QuestionKind::YesNo, AnswerValue::YesNo(yes)) => Some((i64::from(*yes), 1)),
        (QuestionKind::Scale, AnswerValue::Scale(value)) => {
            let range = i64::from(question.scale_max) - i64::from(question.scale_min);
            (range > 0).then(|| (i64::from(*value) - i64::from(question.scale_min), range))
        }
        (QuestionKind::SingleChoice, AnswerValue::Option(option_id)) => {
            let best = question.options.iter().map(|option| option.points).max()?;
            let chosen = question
                .options
                .iter()
                .find(|option| &option.id == option_id)?;
            (best > 0).then(|| (i64::from(chosen.points), i64::from(best)))
        }
        _ => None,
    }
}

/// Returns the ids of the questions `answers` leaves unanswered, in scorecard order.
pub fn unanswered(sections: &[Section], answers: &[Answer]) -> Vec<String> {
    questions(sections)
        .filter(|question| {
            !answers
                .iter()
                .any(|answer| answer.question_id == question.id)
        })
        .map(|question| question.id.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::qa::AnswerOption;

    fn question(id: &str, kind: QuestionKind, weight: i32) -> Question {
        Question {
            id: id.into(),
            text: id.into(),
            kind,
            weight,
            critical: false,
            allow_not_applicable: true,
            scale_min: 0,
            scale_max: 0,
            options: Vec::new(),
        }
    }

    fn template() -> Vec<Section> {
        let greeting = question("greeting", QuestionKind::YesNo, 1);
        let empathy = Question {
            scale_min: 1,
            scale_max: 5,
            ..question("empathy", QuestionKind::Scale, 2)
        };
        let resolution = Question {
            options: vec![
                AnswerOption {
                    id: "full".into(),
                    label: "Full".into(),
                    points: 10,
                },
                AnswerOption {
                    id: "partial".into(),
                    label: "Partial".into(),
                    points: 5,
                },
                AnswerOption {
                    id: "none".into(),
                    label: "None".into(),
                    points: 0,
                },
            ],
            ..question("resolution", QuestionKind::SingleChoice, 3)
        };
        let verification = Question {
            critical: true,
            ..question("verification", QuestionKind::YesNo, 0)
        };
        vec![Section {
            title: "Call".into(),
            questions: vec![greeting, empathy, resolution, verification],
        }]
    }

    fn answer(question_id: &str, value: AnswerValue) -> Answer {
        Answer {
            question_id: question_id.into(),
            value,
            comment: String::new(),
        }
    }

    #[test]
    fn weights_apply_to_each_fraction() {
        // greeting 1 × 1, empathy 2 × 3/4, resolution 3 × 1/2: 4 of 6 is 66.67 %.
        let outcome = score(
            &template(),
            &[
                answer("greeting", AnswerValue::YesNo(true)),
                answer("empathy", AnswerValue::Scale(4)),
                answer("resolution", AnswerValue::Option("partial".into())),
                answer("verification", AnswerValue::YesNo(true)),
            ],
        );
        assert_eq!(outcome.raw_score, Some(67));
        assert_eq!(outcome.score, Some(67));
        assert!(!outcome.auto_fail);
    }

    #[test]
    fn not_applicable_leaves_both_sides() {
        // Without resolution: greeting 0 of 1, empathy 2 of 2: 2 of 3 is 66.67 %.
        let outcome = score(
            &template(),
            &[
                answer("greeting", AnswerValue::YesNo(false)),
                answer("empathy", AnswerValue::Scale(5)),
                answer("resolution", AnswerValue::NotApplicable),
            ],
        );
        assert_eq!(outcome.raw_score, Some(67));
    }

    #[test]
    fn halves_round_up() {
        // greeting 1 of 1 and empathy 2 × 1/4: 1.5 of 3 is exactly 50 %.
        let outcome = score(
            &template(),
            &[
                answer("greeting", AnswerValue::YesNo(true)),
                answer("empathy", AnswerValue::Scale(2)),
            ],
        );
        assert_eq!(outcome.raw_score, Some(50));
        let sections = vec![Section {
            title: "s".into(),
            questions: vec![
                question("a", QuestionKind::YesNo, 1),
                question("b", QuestionKind::YesNo, 1),
                question("c", QuestionKind::YesNo, 1),
                question("d", QuestionKind::YesNo, 5),
                question("e", QuestionKind::YesNo, 192),
            ],
        }];
        // 1 of 200 is 0.5 %, which rounds up to 1.
        let outcome = score(
            &sections,
            &[
                answer("a", AnswerValue::YesNo(true)),
                answer("b", AnswerValue::YesNo(false)),
                answer("c", AnswerValue::YesNo(false)),
                answer("d", AnswerValue::YesNo(false)),
                answer("e", AnswerValue::YesNo(false)),
            ],
        );
        assert_eq!(outcome.raw_score, Some(1));
    }

    #[test]
    fn critical_failure_forces_zero() {
        let outcome = score(
            &template(),
            &[
                answer("greeting", AnswerValue::YesNo(true)),
                answer("empathy", AnswerValue::Scale(5)),
                answer("resolution", AnswerValue::Option("full".into())),
                answer("verification", AnswerValue::YesNo(false)),
            ],
        );
        assert_eq!(outcome.raw_score, Some(100));
        assert_eq!(outcome.score, Some(0));
        assert!(outcome.auto_fail);
        assert_eq!(outcome.failed_question_ids, vec!["verification"]);
    }

    #[test]
    fn nothing_scorable_leaves_the_score_unset() {
        let outcome = score(
            &template(),
            &[
                answer("greeting", AnswerValue::NotApplicable),
                answer("empathy", AnswerValue::NotApplicable),
                answer("resolution", AnswerValue::NotApplicable),
                answer("verification", AnswerValue::NotApplicable),
            ],
        );
        assert_eq!(outcome.raw_score, None);
        assert_eq!(outcome.score, None);
        assert!(!outcome.auto_fail);
        let outcome = score(
            &template(),
            &[answer("verification", AnswerValue::YesNo(false))],
        );
        assert_eq!(
            (outcome.raw_score, outcome.score, outcome.auto_fail),
            (None, Some(0), true)
        );
    }

    #[test]
    fn unanswered_lists_questions_in_order() {
        let missing = unanswered(&template(), &[answer("empathy", AnswerValue::Scale(1))]);
        assert_eq!(missing, vec!["greeting", "resolution", "verification"]);
    }
}
