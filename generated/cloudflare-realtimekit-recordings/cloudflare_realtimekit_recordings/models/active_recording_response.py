# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr

T = TypeVar("T", bound="ActiveRecordingResponse")


@_attrs_define
class ActiveRecordingResponse:
    """`{success, data}` envelope of get_active_recording; `data` is required here.

    Example:
        {'success': True, 'data': {'id': '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e', 'status': 'RECORDING',
            'output_file_name': 'weekly-sync_2025-06-12_09-30.mp4', 'invoked_time': '2025-06-12T09:30:00.000Z',
            'started_time': '2025-06-12T09:30:04.512Z', 'stopped_time': None, 'recording_duration': 0, 'session_id':
            '3f2c9a1e-7b4d-4c8e-9f60-2a1b5c7d8e90', 'download_url': None, 'audio_download_url': None, 'download_url_expiry':
            None, 'file_size': None}}

    Attributes:
        success (bool): Success status of the operation. Default: True.
        data (Recording): A recording of a meeting. Every key marked required is always present, but many are `null`
            until the recording reaches the state that fills them (timestamps, session, download URLs, size). Example:
            {'id': '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e', 'status': 'UPLOADED', 'output_file_name': 'weekly-
            sync_2025-06-12_09-30.mp4', 'invoked_time': '2025-06-12T09:30:00.000Z', 'started_time':
            '2025-06-12T09:30:04.512Z', 'stopped_time': '2025-06-12T10:15:04.870Z', 'recording_duration': 2700,
            'session_id': '3f2c9a1e-7b4d-4c8e-9f60-2a1b5c7d8e90', 'download_url':
            'https://recordings.example.com/182bd5e5/weekly-sync_2025-06-12_09-30.mp4', 'audio_download_url':
            'https://recordings.example.com/182bd5e5/weekly-sync_2025-06-12_09-30.aac', 'download_url_expiry':
            '2025-06-19T10:20:00.000Z', 'file_size': 187654321}.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    data: Recording
    success: bool = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            success = d.pop("success")

            data = Recording.from_dict(d.pop("data"))

            if not (success.__class__ is bool):
                raise ModelParseError(cls, src_dict)
            active_recording_response = cls(
                data,
                success,
            )

            active_recording_response.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return active_recording_response

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
from ..models.recording import Recording  # noqa: E402

ActiveRecordingResponse.__shape__ = (
    ("success", True, "bool", False),
    ("data", True, Recording, False),
)
