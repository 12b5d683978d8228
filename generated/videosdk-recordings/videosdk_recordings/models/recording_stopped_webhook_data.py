# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingStoppedWebhookData")


@_attrs_define
class RecordingStoppedWebhookData:
    """The room, session and file of a stopped recording.

    Attributes:
        meeting_id (str): Id of the room (meeting).
        session_id (str): Id of the session.
        file_path (str | Unset): Path of the file on VideoSDK's storage.
        file_url (str | Unset): URL of the recorded file.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    meeting_id: str
    session_id: str
    file_path: str | Unset = UNSET
    file_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meeting_id = self.meeting_id

        session_id = self.session_id

        file_path = self.file_path

        file_url = self.file_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meetingId": meeting_id,
                "sessionId": session_id,
            }
        )
        if file_path is not UNSET:
            field_dict["filePath"] = file_path
        if file_url is not UNSET:
            field_dict["fileUrl"] = file_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            meeting_id = d.pop("meetingId")

            session_id = d.pop("sessionId")

            file_path = d.pop("filePath", UNSET)

            file_url = d.pop("fileUrl", UNSET)

            if not (
                meeting_id.__class__ is str
                and session_id.__class__ is str
                and (file_path.__class__ is str or file_path is UNSET)
                and (file_url.__class__ is str or file_url is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            recording_stopped_webhook_data = cls(
                meeting_id,
                session_id,
                file_path,
                file_url,
            )

            recording_stopped_webhook_data.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return recording_stopped_webhook_data

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


RecordingStoppedWebhookData.__shape__ = (
    ("meetingId", True, "str", False),
    ("sessionId", True, "str", False),
    ("filePath", False, "str", False),
    ("fileUrl", False, "str", False),
)
