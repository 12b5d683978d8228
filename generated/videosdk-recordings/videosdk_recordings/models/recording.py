# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

_fromisoformat = datetime.datetime.fromisoformat
T = TypeVar("T", bound="Recording")


@_attrs_define
class Recording:
    """A room recording. Only `id` is guaranteed: the docs sample (2022 data) and the 2026 server SDK model
    disagree on which other fields exist, so all others are optional and unknown fields are kept. There is no
    status field; the lifecycle is reported through webhooks.

        Example:
            {'userId': '5f7edbb14c938bcd42944527', 'roomId': 'abc-xyzw-lmno', 'sessionId': '61d6e823783d6b03a026ac05',
                'createdAt': '2022-01-06T13:01:40.814Z', 'updatedAt': '2022-01-06T13:02:42.935Z', 'fileId':
                '61d6e871d1617e097b41699b', 'file': {'meta': {'resolution': {'width': 1920, 'height': 1080}, 'format':
                'mov,mp4,m4a,3gp,3g2,mj2', 'duration': 55.055}, 'filePath': 'uploads/videos/61d6e871d1617e097b41699b.mp4',
                'size': 17023255, 'type': 'video', 'userStorage': None, 'createdAt': '2022-01-06T13:02:42.816Z', 'updatedAt':
                '2022-01-28T10:48:57.573Z', 'ratio': {'1080': 309204.5227499773}, 'fileUrl':
                'https://cdn.videosdk.live/uploads/videos/61d6e871d1617e097b41699b.mp4', 'id': '61d6e871d1617e097b41699b'},
                'id': '61d6e834e1326304a9e73dac'}

        Attributes:
            id (str): Recording id (used in paths). Example: 61d6e834e1326304a9e73dac.
            user_id (str | Unset): Id of the account user that owns the recording. Example: 5f7edbb14c938bcd42944527.
            room_id (str | Unset): Room (meeting) id. Example: abc-xyzw-lmno.
            session_id (str | Unset): Session of the room that was recorded. Example: 61d6e823783d6b03a026ac05.
            start (datetime.datetime | Unset): When the recording started. Example: 2022-01-06T13:01:40.814Z.
            end (datetime.datetime | None | Unset): When the recording ended; null while it is running. Example:
                2022-01-06T13:02:35.869Z.
            file_id (str | Unset): Id of the recorded file (same as `file.id`). Example: 61d6e871d1617e097b41699b.
            file (RecordingFile | Unset): A stored recording file. Example: {'meta': {'resolution': {'width': 1920,
                'height': 1080}, 'format': 'mov,mp4,m4a,3gp,3g2,mj2', 'duration': 55.055}, 'filePath':
                'uploads/videos/61d6e871d1617e097b41699b.mp4', 'size': 17023255, 'type': 'video', 'userStorage': None,
                'createdAt': '2022-01-06T13:02:42.816Z', 'updatedAt': '2022-01-28T10:48:57.573Z', 'ratio': {'1080':
                309204.5227499773}, 'fileUrl': 'https://cdn.videosdk.live/uploads/videos/61d6e871d1617e097b41699b.mp4', 'id':
                '61d6e871d1617e097b41699b'}.
            webhook (WebhookDeliverySummary | Unset): How the recording's webhooks were delivered. Example: {'totalCount':
                2, 'successCount': 2, 'data': [{'type': 'recording-started', 'success': True}, {'type': 'recording-stopped',
                'success': True}]}.
            links (ResourceLinks | Unset): Related links (name → URL). Example: {'self':
                'https://api.videosdk.live/v2/recordings/61d6e834e1326304a9e73dac'}.
            created_at (datetime.datetime | Unset): When the record was created. Example: 2022-01-06T13:01:40.814Z.
            updated_at (datetime.datetime | Unset): When the record was last updated. Example: 2022-01-06T13:02:42.935Z.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    id: str
    user_id: str | Unset = UNSET
    room_id: str | Unset = UNSET
    session_id: str | Unset = UNSET
    start: datetime.datetime | Unset = UNSET
    end: datetime.datetime | None | Unset = UNSET
    file_id: str | Unset = UNSET
    file: RecordingFile | Unset = UNSET
    webhook: WebhookDeliverySummary | Unset = UNSET
    links: ResourceLinks | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        room_id = self.room_id

        session_id = self.session_id

        start: str | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.isoformat()

        end: None | str | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        elif isinstance(self.end, datetime.datetime):
            end = self.end.isoformat()
        else:
            end = self.end

        file_id = self.file_id

        file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_dict()

        webhook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook, Unset):
            webhook = self.webhook.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if room_id is not UNSET:
            field_dict["roomId"] = room_id
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if file_id is not UNSET:
            field_dict["fileId"] = file_id
        if file is not UNSET:
            field_dict["file"] = file
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if links is not UNSET:
            field_dict["links"] = links
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            id = d.pop("id")

            user_id = d.pop("userId", UNSET)

            room_id = d.pop("roomId", UNSET)

            session_id = d.pop("sessionId", UNSET)

            _start = d.pop("start", UNSET)
            start: datetime.datetime | Unset
            if isinstance(_start, Unset):
                start = UNSET
            else:
                start = _fromisoformat(_start)

            _end = d.pop("end", UNSET)
            end: datetime.datetime | None | Unset
            if _end is None or _end is UNSET:
                end = _end
            else:
                end_type_0 = _fromisoformat(_end)

                end = end_type_0

            file_id = d.pop("fileId", UNSET)

            _file = d.pop("file", UNSET)
            file: RecordingFile | Unset
            if isinstance(_file, Unset):
                file = UNSET
            else:
                file = RecordingFile.from_dict(_file)

            _webhook = d.pop("webhook", UNSET)
            webhook: WebhookDeliverySummary | Unset
            if isinstance(_webhook, Unset):
                webhook = UNSET
            else:
                webhook = WebhookDeliverySummary.from_dict(_webhook)

            _links = d.pop("links", UNSET)
            links: ResourceLinks | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = ResourceLinks.from_dict(_links)

            _created_at = d.pop("createdAt", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = _fromisoformat(_created_at)

            _updated_at = d.pop("updatedAt", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = _fromisoformat(_updated_at)

            if not (
                id.__class__ is str
                and (user_id.__class__ is str or user_id is UNSET)
                and (room_id.__class__ is str or room_id is UNSET)
                and (session_id.__class__ is str or session_id is UNSET)
                and (file_id.__class__ is str or file_id is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            recording = cls(
                id,
                user_id,
                room_id,
                session_id,
                start,
                end,
                file_id,
                file,
                webhook,
                links,
                created_at,
                updated_at,
            )

            recording.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return recording

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        """Like the attrs repr, but credentials never print: presigned-URL signatures."""
        return redacted_repr(
            self,
            [a.name for a in self.__attrs_attrs__],
            (),
            (
                "preSignedURL",
                "preSignedUrl",
            ),
        )


# Imported after the class so that models referring to each other (in either direction) import cleanly;
# at module level, not inside from_dict/to_dict, so that parsing a page does not run an import per item.
from ..models.recording_file import RecordingFile  # noqa: E402
from ..models.resource_links import ResourceLinks  # noqa: E402
from ..models.webhook_delivery_summary import WebhookDeliverySummary  # noqa: E402

Recording.__shape__ = (
    ("id", True, "str", False),
    ("userId", False, "str", False),
    ("roomId", False, "str", False),
    ("sessionId", False, "str", False),
    ("start", False, "date-time", False),
    ("end", False, ("union", "date-time", "null"), False),
    ("fileId", False, "str", False),
    ("file", False, RecordingFile, False),
    ("webhook", False, WebhookDeliverySummary, False),
    ("links", False, ResourceLinks, False),
    ("createdAt", False, "date-time", False),
    ("updatedAt", False, "date-time", False),
)
