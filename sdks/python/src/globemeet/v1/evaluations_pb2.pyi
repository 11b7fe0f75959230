import datetime

from google.api import annotations_pb2 as _annotations_pb2
from google.api import field_behavior_pb2 as _field_behavior_pb2
from google.protobuf import empty_pb2 as _empty_pb2
from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class EvaluationState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    EVALUATION_STATE_UNSPECIFIED: _ClassVar[EvaluationState]
    EVALUATION_STATE_DRAFT: _ClassVar[EvaluationState]
    EVALUATION_STATE_SUBMITTED: _ClassVar[EvaluationState]
EVALUATION_STATE_UNSPECIFIED: EvaluationState
EVALUATION_STATE_DRAFT: EvaluationState
EVALUATION_STATE_SUBMITTED: EvaluationState

class Evaluation(_message.Message):
    __slots__ = ("id", "scorecard_id", "scorecard_version", "session_id", "agent_id", "queue_id", "evaluator_id", "answers", "comment", "score", "raw_score", "auto_fail", "failed_question_ids", "state", "submit_time", "create_time", "update_time", "etag")
    ID_FIELD_NUMBER: _ClassVar[int]
    SCORECARD_ID_FIELD_NUMBER: _ClassVar[int]
    SCORECARD_VERSION_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    QUEUE_ID_FIELD_NUMBER: _ClassVar[int]
    EVALUATOR_ID_FIELD_NUMBER: _ClassVar[int]
    ANSWERS_FIELD_NUMBER: _ClassVar[int]
    COMMENT_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    RAW_SCORE_FIELD_NUMBER: _ClassVar[int]
    AUTO_FAIL_FIELD_NUMBER: _ClassVar[int]
    FAILED_QUESTION_IDS_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    SUBMIT_TIME_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    id: str
    scorecard_id: str
    scorecard_version: int
    session_id: str
    agent_id: str
    queue_id: str
    evaluator_id: str
    answers: _containers.RepeatedCompositeFieldContainer[EvaluationAnswer]
    comment: str
    score: int
    raw_score: int
    auto_fail: bool
    failed_question_ids: _containers.RepeatedScalarFieldContainer[str]
    state: EvaluationState
    submit_time: _timestamp_pb2.Timestamp
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    etag: str
    def __init__(self, id: _Optional[str] = ..., scorecard_id: _Optional[str] = ..., scorecard_version: _Optional[int] = ..., session_id: _Optional[str] = ..., agent_id: _Optional[str] = ..., queue_id: _Optional[str] = ..., evaluator_id: _Optional[str] = ..., answers: _Optional[_Iterable[_Union[EvaluationAnswer, _Mapping]]] = ..., comment: _Optional[str] = ..., score: _Optional[int] = ..., raw_score: _Optional[int] = ..., auto_fail: _Optional[bool] = ..., failed_question_ids: _Optional[_Iterable[str]] = ..., state: _Optional[_Union[EvaluationState, str]] = ..., submit_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., etag: _Optional[str] = ...) -> None: ...

class EvaluationAnswer(_message.Message):
    __slots__ = ("question_id", "yes_no", "scale_value", "option_id", "not_applicable", "comment")
    QUESTION_ID_FIELD_NUMBER: _ClassVar[int]
    YES_NO_FIELD_NUMBER: _ClassVar[int]
    SCALE_VALUE_FIELD_NUMBER: _ClassVar[int]
    OPTION_ID_FIELD_NUMBER: _ClassVar[int]
    NOT_APPLICABLE_FIELD_NUMBER: _ClassVar[int]
    COMMENT_FIELD_NUMBER: _ClassVar[int]
    question_id: str
    yes_no: bool
    scale_value: int
    option_id: str
    not_applicable: bool
    comment: str
    def __init__(self, question_id: _Optional[str] = ..., yes_no: _Optional[bool] = ..., scale_value: _Optional[int] = ..., option_id: _Optional[str] = ..., not_applicable: _Optional[bool] = ..., comment: _Optional[str] = ...) -> None: ...

class CreateEvaluationRequest(_message.Message):
    __slots__ = ("evaluation",)
    EVALUATION_FIELD_NUMBER: _ClassVar[int]
    evaluation: Evaluation
    def __init__(self, evaluation: _Optional[_Union[Evaluation, _Mapping]] = ...) -> None: ...

class GetEvaluationRequest(_message.Message):
    __slots__ = ("evaluation_id",)
    EVALUATION_ID_FIELD_NUMBER: _ClassVar[int]
    evaluation_id: str
    def __init__(self, evaluation_id: _Optional[str] = ...) -> None: ...

class ListEvaluationsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ...) -> None: ...

class ListEvaluationsResponse(_message.Message):
    __slots__ = ("evaluations", "next_page_token")
    EVALUATIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    evaluations: _containers.RepeatedCompositeFieldContainer[Evaluation]
    next_page_token: str
    def __init__(self, evaluations: _Optional[_Iterable[_Union[Evaluation, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateEvaluationRequest(_message.Message):
    __slots__ = ("evaluation_id", "evaluation", "update_mask")
    EVALUATION_ID_FIELD_NUMBER: _ClassVar[int]
    EVALUATION_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    evaluation_id: str
    evaluation: Evaluation
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, evaluation_id: _Optional[str] = ..., evaluation: _Optional[_Union[Evaluation, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class DeleteEvaluationRequest(_message.Message):
    __slots__ = ("evaluation_id", "etag")
    EVALUATION_ID_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    evaluation_id: str
    etag: str
    def __init__(self, evaluation_id: _Optional[str] = ..., etag: _Optional[str] = ...) -> None: ...

class SubmitEvaluationRequest(_message.Message):
    __slots__ = ("evaluation_id", "etag")
    EVALUATION_ID_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    evaluation_id: str
    etag: str
    def __init__(self, evaluation_id: _Optional[str] = ..., etag: _Optional[str] = ...) -> None: ...
