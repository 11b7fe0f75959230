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

class RecordingState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RECORDING_STATE_UNSPECIFIED: _ClassVar[RecordingState]
    RECORDING_STATE_IN_PROGRESS: _ClassVar[RecordingState]
    RECORDING_STATE_PROCESSING: _ClassVar[RecordingState]
    RECORDING_STATE_AVAILABLE: _ClassVar[RecordingState]
    RECORDING_STATE_FAILED: _ClassVar[RecordingState]
    RECORDING_STATE_DELETED: _ClassVar[RecordingState]
RECORDING_STATE_UNSPECIFIED: RecordingState
RECORDING_STATE_IN_PROGRESS: RecordingState
RECORDING_STATE_PROCESSING: RecordingState
RECORDING_STATE_AVAILABLE: RecordingState
RECORDING_STATE_FAILED: RecordingState
RECORDING_STATE_DELETED: RecordingState

class Recording(_message.Message):
    __slots__ = ("id", "session_id", "state", "paused", "pause_intervals", "description", "attributes", "content_type", "size_bytes", "sha256", "recorded_seconds", "failure_reason", "complete_time", "available_time", "delete_time", "create_time", "update_time", "etag")
    class AttributesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    PAUSED_FIELD_NUMBER: _ClassVar[int]
    PAUSE_INTERVALS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    SHA256_FIELD_NUMBER: _ClassVar[int]
    RECORDED_SECONDS_FIELD_NUMBER: _ClassVar[int]
    FAILURE_REASON_FIELD_NUMBER: _ClassVar[int]
    COMPLETE_TIME_FIELD_NUMBER: _ClassVar[int]
    AVAILABLE_TIME_FIELD_NUMBER: _ClassVar[int]
    DELETE_TIME_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    id: str
    session_id: str
    state: RecordingState
    paused: bool
    pause_intervals: _containers.RepeatedCompositeFieldContainer[PauseInterval]
    description: str
    attributes: _containers.ScalarMap[str, str]
    content_type: str
    size_bytes: int
    sha256: str
    recorded_seconds: int
    failure_reason: str
    complete_time: _timestamp_pb2.Timestamp
    available_time: _timestamp_pb2.Timestamp
    delete_time: _timestamp_pb2.Timestamp
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    etag: str
    def __init__(self, id: _Optional[str] = ..., session_id: _Optional[str] = ..., state: _Optional[_Union[RecordingState, str]] = ..., paused: _Optional[bool] = ..., pause_intervals: _Optional[_Iterable[_Union[PauseInterval, _Mapping]]] = ..., description: _Optional[str] = ..., attributes: _Optional[_Mapping[str, str]] = ..., content_type: _Optional[str] = ..., size_bytes: _Optional[int] = ..., sha256: _Optional[str] = ..., recorded_seconds: _Optional[int] = ..., failure_reason: _Optional[str] = ..., complete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., available_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., delete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., etag: _Optional[str] = ...) -> None: ...

class PauseInterval(_message.Message):
    __slots__ = ("start_time", "end_time")
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    def __init__(self, start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CreateRecordingRequest(_message.Message):
    __slots__ = ("recording",)
    RECORDING_FIELD_NUMBER: _ClassVar[int]
    recording: Recording
    def __init__(self, recording: _Optional[_Union[Recording, _Mapping]] = ...) -> None: ...

class GetRecordingRequest(_message.Message):
    __slots__ = ("recording_id",)
    RECORDING_ID_FIELD_NUMBER: _ClassVar[int]
    recording_id: str
    def __init__(self, recording_id: _Optional[str] = ...) -> None: ...

class ListRecordingsRequest(_message.Message):
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

class ListRecordingsResponse(_message.Message):
    __slots__ = ("recordings", "next_page_token")
    RECORDINGS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    recordings: _containers.RepeatedCompositeFieldContainer[Recording]
    next_page_token: str
    def __init__(self, recordings: _Optional[_Iterable[_Union[Recording, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateRecordingRequest(_message.Message):
    __slots__ = ("recording_id", "recording", "update_mask")
    RECORDING_ID_FIELD_NUMBER: _ClassVar[int]
    RECORDING_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    recording_id: str
    recording: Recording
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, recording_id: _Optional[str] = ..., recording: _Optional[_Union[Recording, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class DeleteRecordingRequest(_message.Message):
    __slots__ = ("recording_id", "etag")
    RECORDING_ID_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    recording_id: str
    etag: str
    def __init__(self, recording_id: _Optional[str] = ..., etag: _Optional[str] = ...) -> None: ...

class PauseRecordingRequest(_message.Message):
    __slots__ = ("recording_id", "etag")
    RECORDING_ID_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    recording_id: str
    etag: str
    def __init__(self, recording_id: _Optional[str] = ..., etag: _Optional[str] = ...) -> None: ...

class ResumeRecordingRequest(_message.Message):
    __slots__ = ("recording_id", "etag")
    RECORDING_ID_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    recording_id: str
    etag: str
    def __init__(self, recording_id: _Optional[str] = ..., etag: _Optional[str] = ...) -> None: ...

class CompleteRecordingRequest(_message.Message):
    __slots__ = ("recording_id", "etag")
    RECORDING_ID_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    recording_id: str
    etag: str
    def __init__(self, recording_id: _Optional[str] = ..., etag: _Optional[str] = ...) -> None: ...

class GetRecordingMediaUrlRequest(_message.Message):
    __slots__ = ("recording_id", "ttl_seconds")
    RECORDING_ID_FIELD_NUMBER: _ClassVar[int]
    TTL_SECONDS_FIELD_NUMBER: _ClassVar[int]
    recording_id: str
    ttl_seconds: int
    def __init__(self, recording_id: _Optional[str] = ..., ttl_seconds: _Optional[int] = ...) -> None: ...

class RecordingMediaUrl(_message.Message):
    __slots__ = ("url", "expire_time")
    URL_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIME_FIELD_NUMBER: _ClassVar[int]
    url: str
    expire_time: _timestamp_pb2.Timestamp
    def __init__(self, url: _Optional[str] = ..., expire_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class UploadRecordingMediaRequest(_message.Message):
    __slots__ = ("recording_id", "content_type", "data")
    RECORDING_ID_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    recording_id: str
    content_type: str
    data: bytes
    def __init__(self, recording_id: _Optional[str] = ..., content_type: _Optional[str] = ..., data: _Optional[bytes] = ...) -> None: ...

class DownloadRecordingMediaRequest(_message.Message):
    __slots__ = ("recording_id", "read_offset", "read_limit")
    RECORDING_ID_FIELD_NUMBER: _ClassVar[int]
    READ_OFFSET_FIELD_NUMBER: _ClassVar[int]
    READ_LIMIT_FIELD_NUMBER: _ClassVar[int]
    recording_id: str
    read_offset: int
    read_limit: int
    def __init__(self, recording_id: _Optional[str] = ..., read_offset: _Optional[int] = ..., read_limit: _Optional[int] = ...) -> None: ...

class DownloadRecordingMediaResponse(_message.Message):
    __slots__ = ("content_type", "size_bytes", "data")
    CONTENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    content_type: str
    size_bytes: int
    data: bytes
    def __init__(self, content_type: _Optional[str] = ..., size_bytes: _Optional[int] = ..., data: _Optional[bytes] = ...) -> None: ...
