# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

_fromisoformat = datetime.datetime.fromisoformat
T = TypeVar("T", bound="CompositeRecording")


@_attrs_define
class CompositeRecording:
    """A composite recording.

    Example:
        {'id': '68bec210ec765e266517c8f4', 'meetingId': 's87z-lvsj-riwb', 'sessionId': '68beb682f3d6c8895ed25299',
            'participants': [], 'fileFormat': 'webm', 'start': '2025-09-08T11:46:26.599Z', 'end':
            '2025-09-08T11:47:40.274Z', 'fileId': '68bec25cf3d6c8895e14d9fd', 'file': {'meta': {'resolution': {'width': 800,
            'height': 600}, 'format': 'WebM', 'duration': 73}, 'filePath': 'individual-
            recordings/68beb682f3d6c8895ed25299/composite_recording_1757331986657.webm', 'type': 'video', 'size': 708352}}

    Attributes:
        id (str): Recording id (used in paths). Example: 68af636ba82f1564485f9e3c.
        meeting_id (str | Unset): Room (meeting) id. Example: abcd-efgh-ijkl.
        room_id (str | Unset): Room (meeting) id. Example: abcd-efgh-ijkl.
        session_id (str | Unset): Session that was recorded. Example: 68af6340a82f1564485f9e31.
        participants (list[Any] | Unset): Participants included (shape not published).
        file_format (str | Unset): Container of the output file. Example: mp4.
        start (datetime.datetime | Unset): When the recording started. Example: 2025-08-27T19:59:07.120Z.
        end (datetime.datetime | None | Unset): When the recording ended; null while it is running. Example:
            2025-08-27T20:09:41.500Z.
        file_id (str | Unset): Id of the output file (same as `file.id`). Example: 68af6643a82f1564485f9e40.
        file (RecordingFile | Unset): A stored recording file. Example: {'meta': {'resolution': {'width': 1920,
            'height': 1080}, 'format': 'mov,mp4,m4a,3gp,3g2,mj2', 'duration': 55.055}, 'filePath':
            'uploads/videos/61d6e871d1617e097b41699b.mp4', 'size': 17023255, 'type': 'video', 'userStorage': None,
            'createdAt': '2022-01-06T13:02:42.816Z', 'updatedAt': '2022-01-28T10:48:57.573Z', 'ratio': {'1080':
            309204.5227499773}, 'fileUrl': 'https://cdn.videosdk.live/uploads/videos/61d6e871d1617e097b41699b.mp4', 'id':
            '61d6e871d1617e097b41699b'}.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    id: str
    meeting_id: str | Unset = UNSET
    room_id: str | Unset = UNSET
    session_id: str | Unset = UNSET
    participants: list[Any] | Unset = UNSET
    file_format: str | Unset = UNSET
    start: datetime.datetime | Unset = UNSET
    end: datetime.datetime | None | Unset = UNSET
    file_id: str | Unset = UNSET
    file: RecordingFile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        meeting_id = self.meeting_id

        room_id = self.room_id

        session_id = self.session_id

        participants: list[Any] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = self.participants

        file_format = self.file_format

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if meeting_id is not UNSET:
            field_dict["meetingId"] = meeting_id
        if room_id is not UNSET:
            field_dict["roomId"] = room_id
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if participants is not UNSET:
            field_dict["participants"] = participants
        if file_format is not UNSET:
            field_dict["fileFormat"] = file_format
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if file_id is not UNSET:
            field_dict["fileId"] = file_id
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            id = d.pop("id")

            meeting_id = d.pop("meetingId", UNSET)

            room_id = d.pop("roomId", UNSET)

            session_id = d.pop("sessionId", UNSET)

            participants = cast(list[Any], d.pop("participants", UNSET))

            file_format = d.pop("fileFormat", UNSET)

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

            if not (
                id.__class__ is str
                and (meeting_id.__class__ is str or meeting_id is UNSET)
                and (room_id.__class__ is str or room_id is UNSET)
                and (session_id.__class__ is str or session_id is UNSET)
                and (file_format.__class__ is str or file_format is UNSET)
                and (file_id.__class__ is str or file_id is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            composite_recording = cls(
                id,
                meeting_id,
                room_id,
                session_id,
                participants,
                file_format,
                start,
                end,
                file_id,
                file,
            )

            composite_recording.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return composite_recording

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

CompositeRecording.__shape__ = (
    ("id", True, "str", False),
    ("meetingId", False, "str", False),
    ("roomId", False, "str", False),
    ("sessionId", False, "str", False),
    ("participants", False, ("list", "any"), False),
    ("fileFormat", False, "str", False),
    ("start", False, "date-time", False),
    ("end", False, ("union", "date-time", "null"), False),
    ("fileId", False, "str", False),
    ("file", False, RecordingFile, False),
)
