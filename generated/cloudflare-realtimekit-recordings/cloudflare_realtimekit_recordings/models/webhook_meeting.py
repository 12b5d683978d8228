# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookMeeting")


@_attrs_define
class WebhookMeeting:
    """The meeting of a webhook event.

    Attributes:
        id (str | Unset): ID of the meeting.
        session_id (str | Unset): ID of the session.
        title (str | Unset): Title of the meeting.
        room_name (str | Unset): Room name.
        status (str | Unset): Meeting status (e.g. `LIVE`).
        created_at (str | Unset): When the meeting was created.
        started_at (None | str | Unset): When the session started.
        ended_at (None | str | Unset): When the session ended.
        organized_by (WebhookMeetingOrganizedBy | Unset): Who organized the meeting.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    id: str | Unset = UNSET
    session_id: str | Unset = UNSET
    title: str | Unset = UNSET
    room_name: str | Unset = UNSET
    status: str | Unset = UNSET
    created_at: str | Unset = UNSET
    started_at: None | str | Unset = UNSET
    ended_at: None | str | Unset = UNSET
    organized_by: WebhookMeetingOrganizedBy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        session_id = self.session_id

        title = self.title

        room_name = self.room_name

        status = self.status

        created_at = self.created_at

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at

        ended_at: None | str | Unset
        if isinstance(self.ended_at, Unset):
            ended_at = UNSET
        else:
            ended_at = self.ended_at

        organized_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organized_by, Unset):
            organized_by = self.organized_by.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if title is not UNSET:
            field_dict["title"] = title
        if room_name is not UNSET:
            field_dict["roomName"] = room_name
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if ended_at is not UNSET:
            field_dict["endedAt"] = ended_at
        if organized_by is not UNSET:
            field_dict["organizedBy"] = organized_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            id = d.pop("id", UNSET)

            session_id = d.pop("sessionId", UNSET)

            title = d.pop("title", UNSET)

            room_name = d.pop("roomName", UNSET)

            status = d.pop("status", UNSET)

            created_at = d.pop("createdAt", UNSET)

            started_at = d.pop("startedAt", UNSET)

            ended_at = d.pop("endedAt", UNSET)

            _organized_by = d.pop("organizedBy", UNSET)
            organized_by: WebhookMeetingOrganizedBy | Unset
            if isinstance(_organized_by, Unset):
                organized_by = UNSET
            else:
                organized_by = WebhookMeetingOrganizedBy.from_dict(_organized_by)

            if not (
                (id.__class__ is str or id is UNSET)
                and (session_id.__class__ is str or session_id is UNSET)
                and (title.__class__ is str or title is UNSET)
                and (room_name.__class__ is str or room_name is UNSET)
                and (status.__class__ is str or status is UNSET)
                and (created_at.__class__ is str or created_at is UNSET)
                and ((started_at.__class__ is str or started_at is None) or started_at is UNSET)
                and ((ended_at.__class__ is str or ended_at is None) or ended_at is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            webhook_meeting = cls(
                id,
                session_id,
                title,
                room_name,
                status,
                created_at,
                started_at,
                ended_at,
                organized_by,
            )

            webhook_meeting.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return webhook_meeting

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
                "access_key",
                "password",
                "private_key",
                "secret",
            ),
        )


# Imported after the class so that models referring to each other (in either direction) import cleanly;
# at module level, not inside from_dict/to_dict, so that parsing a page does not run an import per item.
from ..models.webhook_meeting_organized_by import WebhookMeetingOrganizedBy  # noqa: E402

WebhookMeeting.__shape__ = (
    ("id", False, "str", False),
    ("sessionId", False, "str", False),
    ("title", False, "str", False),
    ("roomName", False, "str", False),
    ("status", False, "str", False),
    ("createdAt", False, "str", False),
    ("startedAt", False, ("union", "str", "null"), False),
    ("endedAt", False, ("union", "str", "null"), False),
    ("organizedBy", False, WebhookMeetingOrganizedBy, False),
)
