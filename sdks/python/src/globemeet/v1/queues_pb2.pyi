import datetime

from globemeet.v1 import common_pb2 as _common_pb2
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

class OverflowAction(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    OVERFLOW_ACTION_UNSPECIFIED: _ClassVar[OverflowAction]
    OVERFLOW_ACTION_QUEUE: _ClassVar[OverflowAction]
    OVERFLOW_ACTION_VOICEMAIL: _ClassVar[OverflowAction]
    OVERFLOW_ACTION_CALLBACK: _ClassVar[OverflowAction]
    OVERFLOW_ACTION_DISCONNECT: _ClassVar[OverflowAction]
OVERFLOW_ACTION_UNSPECIFIED: OverflowAction
OVERFLOW_ACTION_QUEUE: OverflowAction
OVERFLOW_ACTION_VOICEMAIL: OverflowAction
OVERFLOW_ACTION_CALLBACK: OverflowAction
OVERFLOW_ACTION_DISCONNECT: OverflowAction

class Queue(_message.Message):
    __slots__ = ("id", "name", "skills", "priority", "max_wait_seconds", "max_queue_size", "overflow", "create_time", "update_time", "etag")
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    SKILLS_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    MAX_WAIT_SECONDS_FIELD_NUMBER: _ClassVar[int]
    MAX_QUEUE_SIZE_FIELD_NUMBER: _ClassVar[int]
    OVERFLOW_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    id: str
    name: str
    skills: _containers.RepeatedScalarFieldContainer[str]
    priority: _common_pb2.Priority
    max_wait_seconds: int
    max_queue_size: int
    overflow: Overflow
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    etag: str
    def __init__(self, id: _Optional[str] = ..., name: _Optional[str] = ..., skills: _Optional[_Iterable[str]] = ..., priority: _Optional[_Union[_common_pb2.Priority, str]] = ..., max_wait_seconds: _Optional[int] = ..., max_queue_size: _Optional[int] = ..., overflow: _Optional[_Union[Overflow, _Mapping]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., etag: _Optional[str] = ...) -> None: ...

class Overflow(_message.Message):
    __slots__ = ("action", "target_queue_id")
    ACTION_FIELD_NUMBER: _ClassVar[int]
    TARGET_QUEUE_ID_FIELD_NUMBER: _ClassVar[int]
    action: OverflowAction
    target_queue_id: str
    def __init__(self, action: _Optional[_Union[OverflowAction, str]] = ..., target_queue_id: _Optional[str] = ...) -> None: ...

class QueueMember(_message.Message):
    __slots__ = ("queue_id", "agent_id", "create_time")
    QUEUE_ID_FIELD_NUMBER: _ClassVar[int]
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    queue_id: str
    agent_id: str
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, queue_id: _Optional[str] = ..., agent_id: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class QueueStats(_message.Message):
    __slots__ = ("queue_id", "sessions_waiting", "longest_wait_seconds", "members_available", "members_total", "service_level_percent", "compute_time")
    QUEUE_ID_FIELD_NUMBER: _ClassVar[int]
    SESSIONS_WAITING_FIELD_NUMBER: _ClassVar[int]
    LONGEST_WAIT_SECONDS_FIELD_NUMBER: _ClassVar[int]
    MEMBERS_AVAILABLE_FIELD_NUMBER: _ClassVar[int]
    MEMBERS_TOTAL_FIELD_NUMBER: _ClassVar[int]
    SERVICE_LEVEL_PERCENT_FIELD_NUMBER: _ClassVar[int]
    COMPUTE_TIME_FIELD_NUMBER: _ClassVar[int]
    queue_id: str
    sessions_waiting: int
    longest_wait_seconds: int
    members_available: int
    members_total: int
    service_level_percent: int
    compute_time: _timestamp_pb2.Timestamp
    def __init__(self, queue_id: _Optional[str] = ..., sessions_waiting: _Optional[int] = ..., longest_wait_seconds: _Optional[int] = ..., members_available: _Optional[int] = ..., members_total: _Optional[int] = ..., service_level_percent: _Optional[int] = ..., compute_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CreateQueueRequest(_message.Message):
    __slots__ = ("queue",)
    QUEUE_FIELD_NUMBER: _ClassVar[int]
    queue: Queue
    def __init__(self, queue: _Optional[_Union[Queue, _Mapping]] = ...) -> None: ...

class GetQueueRequest(_message.Message):
    __slots__ = ("queue_id",)
    QUEUE_ID_FIELD_NUMBER: _ClassVar[int]
    queue_id: str
    def __init__(self, queue_id: _Optional[str] = ...) -> None: ...

class ListQueuesRequest(_message.Message):
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

class ListQueuesResponse(_message.Message):
    __slots__ = ("queues", "next_page_token")
    QUEUES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    queues: _containers.RepeatedCompositeFieldContainer[Queue]
    next_page_token: str
    def __init__(self, queues: _Optional[_Iterable[_Union[Queue, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateQueueRequest(_message.Message):
    __slots__ = ("queue_id", "queue", "update_mask")
    QUEUE_ID_FIELD_NUMBER: _ClassVar[int]
    QUEUE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    queue_id: str
    queue: Queue
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, queue_id: _Optional[str] = ..., queue: _Optional[_Union[Queue, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class DeleteQueueRequest(_message.Message):
    __slots__ = ("queue_id", "etag")
    QUEUE_ID_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    queue_id: str
    etag: str
    def __init__(self, queue_id: _Optional[str] = ..., etag: _Optional[str] = ...) -> None: ...

class AddQueueMemberRequest(_message.Message):
    __slots__ = ("queue_id", "agent_id")
    QUEUE_ID_FIELD_NUMBER: _ClassVar[int]
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    queue_id: str
    agent_id: str
    def __init__(self, queue_id: _Optional[str] = ..., agent_id: _Optional[str] = ...) -> None: ...

class ListQueueMembersRequest(_message.Message):
    __slots__ = ("queue_id", "page_size", "page_token", "filter", "order_by")
    QUEUE_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    queue_id: str
    page_size: int
    page_token: str
    filter: str
    order_by: str
    def __init__(self, queue_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ...) -> None: ...

class ListQueueMembersResponse(_message.Message):
    __slots__ = ("members", "next_page_token")
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    members: _containers.RepeatedCompositeFieldContainer[QueueMember]
    next_page_token: str
    def __init__(self, members: _Optional[_Iterable[_Union[QueueMember, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class RemoveQueueMemberRequest(_message.Message):
    __slots__ = ("queue_id", "agent_id")
    QUEUE_ID_FIELD_NUMBER: _ClassVar[int]
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    queue_id: str
    agent_id: str
    def __init__(self, queue_id: _Optional[str] = ..., agent_id: _Optional[str] = ...) -> None: ...

class BatchAddQueueMembersRequest(_message.Message):
    __slots__ = ("queue_id", "agent_ids")
    QUEUE_ID_FIELD_NUMBER: _ClassVar[int]
    AGENT_IDS_FIELD_NUMBER: _ClassVar[int]
    queue_id: str
    agent_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, queue_id: _Optional[str] = ..., agent_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class BatchAddQueueMembersResponse(_message.Message):
    __slots__ = ("members",)
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    members: _containers.RepeatedCompositeFieldContainer[QueueMember]
    def __init__(self, members: _Optional[_Iterable[_Union[QueueMember, _Mapping]]] = ...) -> None: ...

class GetQueueStatsRequest(_message.Message):
    __slots__ = ("queue_id",)
    QUEUE_ID_FIELD_NUMBER: _ClassVar[int]
    queue_id: str
    def __init__(self, queue_id: _Optional[str] = ...) -> None: ...
