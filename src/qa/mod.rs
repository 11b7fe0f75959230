//! QA scorecards and evaluations as domain rules, free of protobuf and database types: the
//! template model as it is stored, its validation, and how answers are checked and scored.

mod scoring;
mod validate;

use serde::{Deserialize, Serialize};

pub use scoring::{Outcome, score, unanswered};
pub use validate::{check_answers, check_sections};

/// The most weight one question may carry.
pub const MAX_WEIGHT: i32 = 1000;
/// The weight of a question that does not set one.
pub const DEFAULT_WEIGHT: i32 = 1;

/// A titled group of questions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    pub title: String,
    pub questions: Vec<Question>,
}

/// One question of a scorecard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub text: String,
    pub kind: QuestionKind,
    pub weight: i32,
    pub critical: bool,
    pub allow_not_applicable: bool,
    /// Bounds of a `scale` question; 0 for other kinds.
    pub scale_min: i32,
    pub scale_max: i32,
    /// Options of a `single_choice` question; empty for other kinds.
    pub options: Vec<AnswerOption>,
}

/// The answer type of a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    YesNo,
    Scale,
    SingleChoice,
    /// Not set or not a defined kind in the request; validation rejects it, so it is never
    /// stored.
    #[serde(skip)]
    Unspecified,
}

/// One option of a `single_choice` question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerOption {
    pub id: String,
    pub label: String,
    pub points: i32,
}

/// The answer to one question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub question_id: String,
    pub value: AnswerValue,
    pub comment: String,
}

/// The value of an answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerValue {
    YesNo(bool),
    Scale(i32),
    Option(String),
    NotApplicable,
    /// No value in the request; validation rejects it, so it is never stored.
    #[serde(skip)]
    Missing,
}

impl QuestionKind {
    /// Returns the short name used in JSON and messages.
    pub fn name(self) -> &'static str {
        match self {
            QuestionKind::YesNo => "yes_no",
            QuestionKind::Scale => "scale",
            QuestionKind::SingleChoice => "single_choice",
            QuestionKind::Unspecified => "unspecified",
        }
    }
}

/// Iterates over the questions of a template in scorecard order.
pub fn questions(sections: &[Section]) -> impl Iterator<Item = &Question> {
    sections.iter().flat_map(|section| section.questions.iter())
}
