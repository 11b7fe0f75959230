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

class QuestionType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    QUESTION_TYPE_UNSPECIFIED: _ClassVar[QuestionType]
    QUESTION_TYPE_YES_NO: _ClassVar[QuestionType]
    QUESTION_TYPE_SCALE: _ClassVar[QuestionType]
    QUESTION_TYPE_SINGLE_CHOICE: _ClassVar[QuestionType]

class ScorecardState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SCORECARD_STATE_UNSPECIFIED: _ClassVar[ScorecardState]
    SCORECARD_STATE_DRAFT: _ClassVar[ScorecardState]
    SCORECARD_STATE_PUBLISHED: _ClassVar[ScorecardState]
QUESTION_TYPE_UNSPECIFIED: QuestionType
QUESTION_TYPE_YES_NO: QuestionType
QUESTION_TYPE_SCALE: QuestionType
QUESTION_TYPE_SINGLE_CHOICE: QuestionType
SCORECARD_STATE_UNSPECIFIED: ScorecardState
SCORECARD_STATE_DRAFT: ScorecardState
SCORECARD_STATE_PUBLISHED: ScorecardState

class Scorecard(_message.Message):
    __slots__ = ("id", "display_name", "description", "sections", "version", "state", "published_version", "publish_time", "create_time", "update_time", "etag")
    ID_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    SECTIONS_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    PUBLISHED_VERSION_FIELD_NUMBER: _ClassVar[int]
    PUBLISH_TIME_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    id: str
    display_name: str
    description: str
    sections: _containers.RepeatedCompositeFieldContainer[ScorecardSection]
    version: int
    state: ScorecardState
    published_version: int
    publish_time: _timestamp_pb2.Timestamp
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    etag: str
    def __init__(self, id: _Optional[str] = ..., display_name: _Optional[str] = ..., description: _Optional[str] = ..., sections: _Optional[_Iterable[_Union[ScorecardSection, _Mapping]]] = ..., version: _Optional[int] = ..., state: _Optional[_Union[ScorecardState, str]] = ..., published_version: _Optional[int] = ..., publish_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., etag: _Optional[str] = ...) -> None: ...

class ScorecardSection(_message.Message):
    __slots__ = ("title", "questions")
    TITLE_FIELD_NUMBER: _ClassVar[int]
    QUESTIONS_FIELD_NUMBER: _ClassVar[int]
    title: str
    questions: _containers.RepeatedCompositeFieldContainer[ScorecardQuestion]
    def __init__(self, title: _Optional[str] = ..., questions: _Optional[_Iterable[_Union[ScorecardQuestion, _Mapping]]] = ...) -> None: ...

class ScorecardQuestion(_message.Message):
    __slots__ = ("id", "text", "type", "weight", "critical", "allow_not_applicable", "scale_min", "scale_max", "options")
    ID_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    WEIGHT_FIELD_NUMBER: _ClassVar[int]
    CRITICAL_FIELD_NUMBER: _ClassVar[int]
    ALLOW_NOT_APPLICABLE_FIELD_NUMBER: _ClassVar[int]
    SCALE_MIN_FIELD_NUMBER: _ClassVar[int]
    SCALE_MAX_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    id: str
    text: str
    type: QuestionType
    weight: int
    critical: bool
    allow_not_applicable: bool
    scale_min: int
    scale_max: int
    options: _containers.RepeatedCompositeFieldContainer[AnswerOption]
    def __init__(self, id: _Optional[str] = ..., text: _Optional[str] = ..., type: _Optional[_Union[QuestionType, str]] = ..., weight: _Optional[int] = ..., critical: _Optional[bool] = ..., allow_not_applicable: _Optional[bool] = ..., scale_min: _Optional[int] = ..., scale_max: _Optional[int] = ..., options: _Optional[_Iterable[_Union[AnswerOption, _Mapping]]] = ...) -> None: ...

class AnswerOption(_message.Message):
    __slots__ = ("id", "label", "points")
    ID_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    POINTS_FIELD_NUMBER: _ClassVar[int]
    id: str
    label: str
    points: int
    def __init__(self, id: _Optional[str] = ..., label: _Optional[str] = ..., points: _Optional[int] = ...) -> None: ...

class CreateScorecardRequest(_message.Message):
    __slots__ = ("scorecard",)
    SCORECARD_FIELD_NUMBER: _ClassVar[int]
    scorecard: Scorecard
    def __init__(self, scorecard: _Optional[_Union[Scorecard, _Mapping]] = ...) -> None: ...

class GetScorecardRequest(_message.Message):
    __slots__ = ("scorecard_id", "version")
    SCORECARD_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    scorecard_id: str
    version: int
    def __init__(self, scorecard_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class ListScorecardsRequest(_message.Message):
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

class ListScorecardsResponse(_message.Message):
    __slots__ = ("scorecards", "next_page_token")
    SCORECARDS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    scorecards: _containers.RepeatedCompositeFieldContainer[Scorecard]
    next_page_token: str
    def __init__(self, scorecards: _Optional[_Iterable[_Union[Scorecard, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateScorecardRequest(_message.Message):
    __slots__ = ("scorecard_id", "scorecard", "update_mask")
    SCORECARD_ID_FIELD_NUMBER: _ClassVar[int]
    SCORECARD_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    scorecard_id: str
    scorecard: Scorecard
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, scorecard_id: _Optional[str] = ..., scorecard: _Optional[_Union[Scorecard, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class DeleteScorecardRequest(_message.Message):
    __slots__ = ("scorecard_id", "etag")
    SCORECARD_ID_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    scorecard_id: str
    etag: str
    def __init__(self, scorecard_id: _Optional[str] = ..., etag: _Optional[str] = ...) -> None: ...

class PublishScorecardRequest(_message.Message):
    __slots__ = ("scorecard_id", "etag")
    SCORECARD_ID_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    scorecard_id: str
    etag: str
    def __init__(self, scorecard_id: _Optional[str] = ..., etag: _Optional[str] = ...) -> None: ...
